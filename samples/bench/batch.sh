#!/usr/bin/env bash
# End-to-end batch benchmark: N synthetic records through `farvel batch --jobs 2`, as PDF + DOCX + EML.
#
#   samples/bench/batch.sh            N = 1000 and 10000
#   samples/bench/batch.sh 500 5000   other sizes
#
# Prints wall time, letters per second and peak memory (GNU time's maximum resident set size) per N, and the cold
# start of one `farvel render` beside `java -version` measured in the same run. Work files go to
# $FARVEL_BENCH_DIR (default: a fresh temporary folder), which is kept so the letters can be looked at.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
farvel="$root/farvel"
jobs="${FARVEL_BENCH_JOBS:-2}"
work="${FARVEL_BENCH_DIR:-$(mktemp -d -t farvel-bench.XXXXXX)}"
mkdir -p "$work"
gnutime=/usr/bin/time
if ! "$gnutime" -v true >/dev/null 2>&1; then
  echo "batch.sh: GNU time is needed for peak memory: apt-get install time" >&2
  exit 2
fi
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi

"$farvel" --version >/dev/null   # builds the jar first, so no run below pays for Maven

field() {   # field FILE LABEL: the value GNU time -v printed for LABEL
  sed -n "s/^[[:space:]]*$2: //p" "$1"
}

seconds() {   # h:mm:ss.ss or m:ss.ss to seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), jobs $jobs; files in $work"
printf '%8s  %9s  %9s  %12s  %s\n' N "wall (s)" letters/s "peak RSS MB" "farvel's own summary"
for n in "${sizes[@]}"; do
  input="$work/clients-$n.jsonl"
  out="$work/out-$n"
  [ -f "$input" ] || "$farvel" sample --count "$n" --seed 42 --out "$input" >/dev/null
  rm -rf "$out"
  "$gnutime" -v -o "$work/time-$n.txt" "$farvel" batch "$input" --out "$out" --jobs "$jobs" \
      >"$work/batch-$n.txt" 2>&1
  wall="$(seconds "$(field "$work/time-$n.txt" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")"
  rss_kb="$(field "$work/time-$n.txt" 'Maximum resident set size (kbytes)')"
  summary="$(grep -E '^[0-9]+ done' "$work/batch-$n.txt" | cut -d';' -f1)"
  printf '%8s  %9s  %9s  %12s  %s\n' "$n" "$wall" "$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')" \
      "$(( rss_kb / 1024 ))" "$summary"
done

# Cold start: one letter, the jar already built, against `farvel --version` (launcher and JVM start-up, no letter)
# measured the same way.
example="$root/samples/data/one-client.json"
cold() {   # cold CMD...: the median wall time of five runs, in seconds
  for _ in 1 2 3 4 5; do
    "$gnutime" -f %e "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p
}
render_s="$(cold "$farvel" render "$example" --out "$work/cold")"
version_s="$(cold "$farvel" --version)"
echo "cold ./farvel render of one letter: ${render_s} s (median of 5); ./farvel --version: ${version_s} s;" \
    "ratio $(awk -v a="$render_s" -v b="$version_s" 'BEGIN { printf "%.1f", a / b }')x"
