#!/usr/bin/env bash
# End-to-end batch benchmark: N synthetic records through `farvel batch --jobs 2`, as PDF + DOCX + EML, each N run
# twice in a row: as `./farvel` starts the JVM (class-data archive, compiler setting) and with FARVEL_LAUNCH=plain
# (the JVM's defaults, as before the archive) as the baseline measured on the same machine at the same time.
#
#   samples/bench/batch.sh                N = 1000, 3000 and 10000
#   samples/bench/batch.sh 1000 100000    other sizes (100,000 takes a quarter of an hour or more on two cores)
#
# Prints per N and launch: wall time, letters per second, peak memory (GNU time's maximum resident set size) and the
# time from start to the first finished letter, then tuned/plain ratios; and the cold start of one `farvel render`
# beside `farvel --version`. On a machine shared with other work the absolute numbers swing by half from one run to
# the next; the ratios, measured back to back, are the figures to read. Work files go to $FARVEL_BENCH_DIR (default:
# a fresh temporary folder), which is kept so the letters can be looked at.
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
  sizes=(1000 3000 10000)
fi

"$farvel" --version >/dev/null   # builds the jar and its class-data archive first, so no run below pays for them

field() {   # field FILE LABEL: the value GNU time -v printed for LABEL
  sed -n "s/^[[:space:]]*$2: //p" "$1"
}

seconds() {   # h:mm:ss.ss or m:ss.ss to seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

ratio() {   # ratio A B: A / B to two decimals
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'
}

now() {
  date +%s.%N
}

# batch LAUNCH N: runs the batch and sets wall, rate, rss_mb and first (seconds to the first letter.pdf on disk).
batch() {
  local launch="$1" n="$2" input="$work/clients-$2.jsonl" out="$work/out-$2-$1" log="$work/time-$2-$1.txt"
  rm -rf "$out"
  local start
  start="$(now)"
  FARVEL_LAUNCH="$launch" "$gnutime" -v -o "$log" "$farvel" batch "$input" --out "$out" --jobs "$jobs" \
      >"$work/batch-$n-$launch.txt" 2>&1 &
  local pid=$! first_at=""
  while kill -0 "$pid" 2>/dev/null && [ -z "$first_at" ]; do
    # The letters are renamed into place whole, so a letter.pdf that exists is finished.
    if [ -n "$(find "$out" -mindepth 2 -maxdepth 2 -name letter.pdf -print -quit 2>/dev/null)" ]; then
      first_at="$(now)"
    else
      sleep 0.05
    fi
  done
  wait "$pid"
  wall="$(seconds "$(field "$log" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")"
  rss_mb="$(( $(field "$log" 'Maximum resident set size (kbytes)') / 1024 ))"
  rate="$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.1f", n / w }')"
  first="$(awk -v a="$start" -v b="${first_at:-$start}" 'BEGIN { printf "%.2f", b - a }')"
  printf '%8s  %-6s  %9s  %9s  %12s  %14s  %s\n' "$n" "$launch" "$wall" "$rate" "$rss_mb" "$first" \
      "$(grep -E '^[0-9]+ done' "$work/batch-$n-$launch.txt" | cut -d';' -f1)"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), jobs $jobs;" \
    "files in $work"
printf '%8s  %-6s  %9s  %9s  %12s  %14s  %s\n' N launch "wall (s)" letters/s "peak RSS MB" "first letter s" \
    "farvel's own summary"
ratios=()
for n in "${sizes[@]}"; do
  [ -f "$work/clients-$n.jsonl" ] || "$farvel" sample --count "$n" --seed 42 --out "$work/clients-$n.jsonl" >/dev/null
  batch plain "$n"
  plain_rate="$rate" plain_rss="$rss_mb" plain_first="$first"
  batch tuned "$n"
  ratios+=("$(printf '%8s  letters/s %s×, peak RSS %s×, first letter %s×' "$n" "$(ratio "$rate" "$plain_rate")" \
      "$(ratio "$rss_mb" "$plain_rss")" "$(ratio "$first" "$plain_first")")")
done
echo "tuned / plain, back to back:"
printf '%s\n' "${ratios[@]}"

# Cold start: one letter, the jar already built, against `farvel --version` (launcher and JVM start-up, no letter)
# measured the same way.
example="$root/samples/data/one-client.json"
cold() {   # cold LAUNCH CMD...: the median wall time of five runs, in seconds
  local launch="$1"
  shift
  for _ in 1 2 3 4 5; do
    FARVEL_LAUNCH="$launch" "$gnutime" -f %e "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p
}
for launch in plain tuned; do
  render_s="$(cold "$launch" "$farvel" render "$example" --out "$work/cold")"
  version_s="$(cold "$launch" "$farvel" --version)"
  echo "$launch: cold ./farvel render of one letter ${render_s} s (median of 5); ./farvel --version ${version_s} s"
  [ "$launch" = plain ] && plain_render="$render_s"
done
echo "cold render tuned / plain: $(ratio "$render_s" "$plain_render")×"
