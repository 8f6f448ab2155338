#!/usr/bin/env bash
# Load test of the pages with Gatling: builds the jar, starts it on an empty data folder (the sample ente Cedrasco
# loads by itself), warms it up (every page, WARMUP times), runs CedrascoSimulation (50 users: readers of the plan,
# objective and transparency pages, and signed-in users opening the values pages), prints the times of each kind of
# request, and stops the server. Gatling runs on the same machine and takes CPU from the server.
# Usage: bench/gatling/run.sh [-Dusers=50 -Dmembers=10 -Dseconds=120 -DrampSeconds=20 -DminPauseMillis=1000 ...]
#        (SKIP_BUILD=1 reuses target/traguardo.jar; WARMUP=10 passes). The HTML report is under
#        bench/gatling/target/gatling/. The exit status is Gatling's: not 0 when an assertion (no failed request,
#        plan page p95 under 100 ms) does not hold.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18092}
work=$PWD/target/bench-gatling
JAR=$PWD/target/traguardo.jar
. bench/server.sh
[ "${SKIP_BUILD:-}" = 1 ] || build_jar
mvn -q -B -o -f bench/gatling/pom.xml test-compile
trap stop_server EXIT
start_server "$port" "$work"
java bench/pages/PageTimes.java "http://localhost:$port" admin "$BENCH_ADMIN_PASSWORD" 0 "$work" "$SERVER_PID" \
  "$work/data" "${WARMUP:-10}"
echo "carico medio prima: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
mvn -B -o -f bench/gatling/pom.xml gatling:test -DbaseUrl="http://localhost:$port" -Dusername=admin \
  -Dpassword="$BENCH_ADMIN_PASSWORD" "$@" >"$work/gatling.log" 2>&1 || status=$?
echo "carico medio dopo: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "percentile|count of failed|Please open|ERROR" "$work/gatling.log" | grep -v "^> response time" || true
report=$(ls -td bench/gatling/target/gatling/*/ 2>/dev/null | head -1)
if [ -n "$report" ]; then
  # the statistics table of the HTML report: name, then one cell per column (col-2 count, col-4 KO, col-8 p50,
  # col-10 p95, col-11 p99, col-12 max, col-14 the last)
  awk -F'[<>]' '
    BEGIN { printf "%-22s %7s %5s %8s %8s %8s %8s\n", "richiesta", "n", "KO", "p50 ms", "p95 ms", "p99 ms", "max ms" }
    /class="ellipsed-name"/ { name = $3 }
    /class="value [a-z]+ col-[0-9]+"/ {
      match($2, /col-[0-9]+/); column = substr($2, RSTART + 4, RLENGTH - 4); cell[column] = $3
      if (column == 14) printf "%-22s %7s %5s %8s %8s %8s %8s\n", name, cell[2], cell[4], cell[8], cell[10], cell[11], cell[12]
    }' "$report/index.html"
fi
exit "$status"
