# Sourced by the page benchmarks: starts target/traguardo.jar on an empty data folder (the sample ente Cedrasco
# loads by itself on the first start) and stops it again, by the process id it started.
#   start_server PORT WORK_DIR [application arguments...]   sets SERVER_PID; the log is WORK_DIR/server.log
#   stop_server
# BENCH_ADMIN_PASSWORD is the administrator's password (the login of the benchmarks); JAVA_OPTS go to the JVM.
BENCH_ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-admin-password}

build_jar() {
  mvn -q -B -o -DskipTests package
}

start_server() {
  local port=$1 work=$2
  shift 2
  rm -rf "$work/data"
  mkdir -p "$work"
  # shellcheck disable=SC2086
  (cd "$work" && TRAGUARDO_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" exec java ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port="$port" --traguardo.database.embedded.data-dir="$work/data" "$@" >"$work/server.log" 2>&1) &
  SERVER_PID=$!
  local waited=0
  until curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "il server non si è avviato: $work/server.log" >&2
      tail -20 "$work/server.log" >&2
      return 1
    fi
    if [ "$waited" -ge 1800 ]; then
      echo "il server non risponde dopo 180 s: $work/server.log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
