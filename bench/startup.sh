#!/usr/bin/env bash
# Time from `java -jar target/traguardo.jar` to a healthy server (GET /actuator/health answers 200),
# on a fresh embedded database (first start: initdb, migrations, sample load) and on a restart of it.
# Usage: bench/startup.sh [runs]   (needs target/traguardo.jar: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18099
jar=$PWD/target/traguardo.jar
work=$(mktemp -d)
trap 'pkill -f "traguardo.jar --server.port=$port" || true; rm -rf "$work"' EXIT

time_to_healthy() {
  local start end
  start=$(date +%s%N)
  (cd "$work" && TRAGUARDO_ADMIN_PASSWORD=bench exec java -jar "$jar" --server.port=$port >"$work/log" 2>&1) &
  until curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
  pkill -f "traguardo.jar --server.port=$port"
  while pgrep -f "traguardo.jar --server.port=$port" >/dev/null; do sleep 0.1; done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  rm -rf "$work/data"
  first=$(time_to_healthy)
  restart=$(time_to_healthy)
  echo "run $i: first start ${first} ms, restart ${restart} ms"
done
