#!/usr/bin/env bash
# Times the PIAO PDF of the seed plan: openhtmltopdf warm in one JVM (median of RUNS), against LibreOffice
# converting our own DOCX of the same plan to PDF (median of LO_RUNS whole conversions, as a publisher would run it).
# Usage: bench/documents/run.sh [RUNS] [LO_RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-20}"
LO_RUNS="${2:-5}"
OUT="target/bench-documents"
mkdir -p "$OUT"

mvn -q -B -o compile
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt"
CP="target/classes:$(cat "$OUT/classpath.txt")"

java -cp "$CP" bench/documents/PiaoPdfBench.java \
  src/main/resources/sample/piao-2024-2026-cedrasco-performance.txt "$OUT" "$RUNS" | tee "$OUT/openhtmltopdf.txt"
OURS=$(sed -n 's/^MEDIAN_MS=//p' "$OUT/openhtmltopdf.txt")

if ! command -v libreoffice >/dev/null 2>&1; then
  echo "LibreOffice non installato (apt-get install -y libreoffice-writer-nogui): confronto saltato."
  exit 0
fi
PROFILE="file://$PWD/$OUT/lo-profile"
LO_DIR="$OUT/libreoffice"
mkdir -p "$LO_DIR"
convert() {
  libreoffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$LO_DIR" "$OUT/piao.docx" >/dev/null 2>&1
}
convert # first start creates the profile: not counted
TIMES=()
for _ in $(seq "$LO_RUNS"); do
  START=$(date +%s%N)
  convert
  TIMES+=($(( ($(date +%s%N) - START) / 1000000 )))
done
LO=$(printf '%s\n' "${TIMES[@]}" | sort -n | sed -n "$(( (LO_RUNS + 1) / 2 ))p")
echo "LibreOffice DOCX → PDF: median ${LO} ms over ${LO_RUNS} runs (${TIMES[*]} ms)"
awk -v lo="$LO" -v ours="$OURS" 'BEGIN { printf "openhtmltopdf è %.1f volte più veloce (%d ms contro %d ms)\n", lo / ours, ours, lo }'
