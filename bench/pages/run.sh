#!/usr/bin/env bash
# Server time of every page on the sample data: builds the jar, starts it on an empty data folder with an access
# log, times every kind of page reachable from the home page (as a visitor and as the signed-in administrator)
# ROUNDS times one request after another (after WARMUP untimed passes), prints p50/p95/max of the server's own
# time and the CPU time per request, and stops the server.
# Usage: bench/pages/run.sh [ROUNDS] [WARMUP]   (SKIP_BUILD=1 reuses target/traguardo.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-50}
warmup=${2:-10}
port=${PORT:-18091}
work=$PWD/target/bench-pages
JAR=$PWD/target/traguardo.jar
. bench/server.sh
[ "${SKIP_BUILD:-}" = 1 ] || build_jar
trap stop_server EXIT
rm -rf "$work/access"
echo "carico medio prima: $(cut -d' ' -f1-3 /proc/loadavg)"
start_server "$port" "$work" \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work/access" \
  --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern=$'%{X-Bench-Page}i\t%D'
java bench/pages/PageTimes.java "http://localhost:$port" admin "$BENCH_ADMIN_PASSWORD" "$rounds" "$work/access" \
  "$SERVER_PID" "$work/data" "$warmup"
echo "carico medio dopo: $(cut -d' ' -f1-3 /proc/loadavg)"
