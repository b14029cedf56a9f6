#!/usr/bin/env bash
# Builds the benchmarks jar and runs the JMH benchmarks of samples/bench, then prints milliseconds per letter and
# how far Farvel's PDF and DOCX are from the same letter written by hand with OpenPDF and POI.
# Extra arguments go to JMH, e.g.:  samples/bench/run-jmh.sh 'pdf|handWrittenPdf' -prof jfr
# Works from any directory; the results are in samples/bench/target/jmh.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

# package, never install: the bench module and its Farvel modules stay out of ~/.m2.
mvn -B -q -pl samples/bench -am package -DskipTests

results=samples/bench/target/jmh.json
java -jar samples/bench/target/benchmarks.jar -rf json -rff "$results" "$@"

python3 - "$results" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    runs = json.load(f)
scores = {}
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[-1]
    metric = run["primaryMetric"]
    scores[name] = (metric["score"], metric["scoreError"], metric["scoreUnit"])

print()
print(f"{'benchmark':<18} {'ms/letter':>10} {'± error':>9}")
for name, (score, error, unit) in scores.items():
    note = "" if unit == "ms/op" else f"  ({unit})"
    print(f"{name:<18} {score:>10.3f} {error:>9.3f}{note}")

# The targets of issue 8: Farvel within 1.5x of hand-written OpenPDF and 1.3x of hand-written POI.
for farvel, floor, target in (("pdf", "handWrittenPdf", 1.5), ("docx", "handWrittenDocx", 1.3)):
    if farvel in scores and floor in scores:
        ratio = scores[farvel][0] / scores[floor][0]
        verdict = "within" if ratio <= target else "OVER"
        print(f"{farvel}/{floor}: {ratio:.2f}x ({verdict} the target of {target}x)")
EOF
