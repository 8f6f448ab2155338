#!/bin/sh
# Generates 1,000,000 register rows (once) and times 5 runs of reading + all indicators.
# Plain javac/java, offline: needs `mvn compile` first and the Maven repository in ~/.m2.
set -eu
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
out=target/bench-payments
mkdir -p "$out/classes"
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath"
cp="target/classes:$(cat "$out/classpath")"
javac -d "$out/classes" -cp "$cp" bench/jmh/src/it/traguardo/bench/payments/*.java
java -cp "$out/classes:$cp" it.traguardo.bench.payments.RegisterIndicatorsTimer "$out/register-$rows.csv" "$rows"
