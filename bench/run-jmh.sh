#!/usr/bin/env bash
# Runs the JMH benchmarks of bench/jmh/src. Arguments go to JMH, e.g.:
#   bench/run-jmh.sh -f 1 -wi 2 -i 3 -w 2s -r 2s ParseAndScore
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" org.openjdk.jmh.Main "$@"
