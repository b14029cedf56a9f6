#!/bin/sh
# Makes the case-file pictures in README.md: the first page of the English example's decision memo, and the bokmål
# example's follow-up calendar imported into khal (Debian's terminal calendar: apt-get install khal), listed by khal
# itself and photographed from a page that shows its output as a terminal would. Needs pdftoppm, khal and chromium.
set -e
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
examples=../shared/examples
[ -d "$examples" ] || examples=templates-module/src/main/resources/no/farvel/templates/samples

./farvel case "$examples/en-scope.json" --out "$work/out" >/dev/null
./farvel case "$examples/nb-sen-betaling.json" --out "$work/out" >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/out/harbour-analytics-2026/case/memo.pdf" docs/images/case-memo-en

# khal reads and stores the events itself (one .ics per event in its own folder); importing twice must leave 7.
mkdir -p "$work/khal/calendar"
cat > "$work/khal/config" <<EOF
[calendars]
[[farvel]]
path = $work/khal/calendar
type = calendar
[locale]
timeformat = %H:%M
dateformat = %d.%m.%Y
longdateformat = %d.%m.%Y
datetimeformat = %d.%m.%Y %H:%M
longdatetimeformat = %d.%m.%Y %H:%M
local_timezone = Europe/Oslo
default_timezone = Europe/Oslo
[default]
default_calendar = farvel
EOF
ics="$work/out/fjordkraft-demo-2026/case/follow-up.ics"
khal -c "$work/khal/config" import --batch -a farvel "$ics"
khal -c "$work/khal/config" import --batch -a farvel "$ics"
{
  echo "\$ khal --version"
  khal --version
  echo "\$ khal import --batch -a farvel follow-up.ics    # twice: the UIDs are stable"
  echo "\$ ls calendar/ | wc -l"
  ls "$work/khal/calendar" | wc -l
  echo "\$ khal list --format '{start-date}  {title}' 01.11.2026 200d"
  khal -c "$work/khal/config" list --format '{start-date}  {title}' 01.11.2026 200d
  echo "\$ khal list --format '{title}{nl}{description}' 31.01.2027 1d"
  khal -c "$work/khal/config" list --format '{title}{nl}{description}' 31.01.2027 1d | fold -s -w 92
} > "$work/khal.txt"

python3 - "$work/khal.txt" "$work/khal.html" <<'EOF'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
page = ("<!DOCTYPE html><meta charset='utf-8'><body style='margin:0;background:#1e1e1e'>"
        "<pre style='margin:0;padding:10px;color:#e0e0e0;font:13px DejaVu Sans Mono,monospace'>"
        + html.escape(text) + "</pre>")
open(sys.argv[2], "w", encoding="utf-8").write(page)
EOF
lines=$(wc -l < "$work/khal.txt")
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
    --window-size=720,$((lines * 16 + 24)) --screenshot="$PWD/docs/images/case-calendar-khal.png" \
    "file://$work/khal.html" 2>/dev/null
echo "Wrote docs/images/case-memo-en.png and docs/images/case-calendar-khal.png"
