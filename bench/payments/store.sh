#!/bin/sh
# Times the import of a generated register (default 200,000 rows) into the embedded PostgreSQL: reading + storing
# in one transaction with COPY. One warm-up run, then RUNS measured runs, each into a new ente.
# Plain javac/java, offline: needs `mvn compile` first and the Maven repository in ~/.m2.
# Usage: bench/payments/store.sh [ROWS] [RUNS]
set -eu
cd "$(dirname "$0")/../.."
rows=${1:-200000}
runs=${2:-3}
out=target/bench-payments
mkdir -p "$out/store-classes"
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath"
cp="target/classes:$(cat "$out/classpath")"
javac -d "$out/store-classes" -cp "$cp" bench/jmh/src/it/traguardo/bench/payments/RegisterGenerator.java \
  bench/payments/RegisterStoreBench.java
[ -f "$out/register-$rows.csv" ] || java -cp "$out/store-classes:$cp" it.traguardo.bench.payments.RegisterGenerator \
  "$rows" "$out/register-$rows.csv"
java -cp "$out/store-classes:$cp" it.traguardo.payments.store.RegisterStoreBench "$out/register-$rows.csv" \
  "$out/store-data" "$runs"
