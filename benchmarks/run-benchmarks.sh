#!/bin/bash
# The benchmark runs of BENCHMARKS.md ("The machine of the last run"), on an idle machine.
# Usage (from the repository root): ./mvnw -B -ntp -DskipTests package && benchmarks/run-benchmarks.sh [OUT_DIR]
set -u
J=benchmarks/target/benchmarks.jar
T=cli/target/treem.jar
O=${1:-benchmark-results}
mkdir -p "$O"
java -jar $J e2e --children 1000000 --threads 2 --repeats 5 --warmup 1 > "$O/e2e-1m.txt" 2>&1
java -jar $J e2e --children 4000000 --threads 2 --repeats 3 --warmup 1 > "$O/e2e-4m.txt" 2>&1
java -jar $J e2e --children 10000000 --threads 2 --repeats 3 --warmup 1 > "$O/e2e-10m.txt" 2>&1
java -Xmx64m -jar $J e2e --children 10000000 --only c --repeats 1 --warmup 0 > "$O/e2e-10m-xmx64m.txt" 2>&1
for i in 1 2 3 4 5 6; do
  /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar $T report > /dev/null 2>> "$O/startup.txt"
done
java -jar $J 'CsvRowBenchmark|ValidationBenchmark|AccumulatorBenchmark|WhoGrowthBenchmark|IdIndexBenchmark|JsonLinesBenchmark' \
    -f 1 -wi 3 -w 2s -i 5 -r 2s > "$O/jmh.txt" 2>&1
