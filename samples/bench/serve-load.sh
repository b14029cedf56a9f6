#!/usr/bin/env bash
# Load test of farvel serve: 8 clients render letters over HTTP on loopback for a minute, against the command line
# doing the same work in the same run.
#
#   samples/bench/serve-load.sh               8 clients, 60 s measured after 15 s warm-up, PDF
#   samples/bench/serve-load.sh 8 60 15 pdf   clients, seconds, warm-up seconds, format
#
# Prints the server's throughput, latency percentiles and peak RSS (VmHWM of the server's JVM), then the letters per
# second of `farvel batch --formats FORMAT --jobs 2` on sample records as the command line's figure. Work files go to
# $FARVEL_BENCH_DIR (default: a fresh temporary folder).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
farvel="$root/farvel"
clients="${1:-8}"
seconds="${2:-60}"
warmup="${3:-15}"
format="${4:-pdf}"
work="${FARVEL_BENCH_DIR:-$(mktemp -d -t farvel-serve-load.XXXXXX)}"
mkdir -p "$work"
"$farvel" --version >/dev/null   # builds the jar first

"$farvel" serve --port 0 --work "$work/serve" --access-log off 2>"$work/serve.err" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's/^farvel serve: listening on \([^ ]*\) .*/\1/p' "$work/serve.err")"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "serve-load.sh: the server did not start" >&2; exit 1; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); server $url; files in $work"
java "$root/samples/bench/ServeLoad.java" "$url" "$root/samples/data/one-client.json" "$clients" "$seconds" \
    "$warmup" "$format"
echo "server peak RSS: $(( $(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server/status") / 1024 )) MB"
kill -TERM "$server"
wait "$server" 2>/dev/null || true
trap - EXIT

# The command line on the same kind of work: sample records through farvel batch, two at a time.
count=2000
"$farvel" sample --count "$count" --seed 42 --out "$work/clients.jsonl" >/dev/null
start=$(date +%s.%N)
"$farvel" batch "$work/clients.jsonl" --out "$work/batch" --formats "$format" --jobs 2 >"$work/batch.txt" 2>&1 || true
end=$(date +%s.%N)
echo "farvel batch --formats $format --jobs 2, $count records: $(awk -v n="$count" -v s="$start" -v e="$end" \
    'BEGIN { printf "%.1f letters/s in %.1f s", n / (e - s), e - s }') ($(grep -E '^[0-9]+ done' "$work/batch.txt" \
    | cut -d';' -f1))"
