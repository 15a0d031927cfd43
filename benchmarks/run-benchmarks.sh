#!/bin/bash
# Reproduces the tables of BENCHMARKS.md in one command (run it on an idle machine; the load
# average is recorded beside every figure, and every figure is a ratio of runs taken in
# alternation, so a busy machine shows in the spread rather than silently in the figure).
#
# Usage (from the repository root):
#   benchmarks/run-benchmarks.sh [OUT_DIR]            builds the CLI and benchmarks jars first
#   SKIP_BUILD=1 benchmarks/run-benchmarks.sh [OUT]   uses the jars already built
#   QUICK=1 ...                                       1 M rows, 2 rounds, a 70-file province: a smoke run
#
# What it runs (see BENCHMARKS.md, "The process path"):
#   1. process: treem report --register FILE --format json (1 and 2 threads, -Xmx64m, JSON Lines)
#      against a raw FastCSV process over the same file, 1 M and 10 M rows, alternating rounds
#   2. process: the province, 700 commune files of 2,500 children, treem report on the folder
#   3. JMH: ReportPipelineBenchmark, the same work in one JVM (1 M rows, CSV and JSON Lines, 1 and 2 threads)
#   4. JMH: CsvTokenizeBenchmark (tokenising alone: FastCSV, Jackson CSV, treem's tokeniser)
set -euo pipefail
cd "$(dirname "$0")/.."
O=${1:-benchmark-results}
mkdir -p "$O"
J=benchmarks/target/benchmarks.jar
T=cli/target/treem.jar
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -pl cli,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    > "$O/build.log" 2>&1
fi
if [ -n "${QUICK:-}" ]; then
  SIZES=1000000; ROUNDS=2; PROVINCE=70x2500; JMH="-wi 1 -i 2"
else
  SIZES=1000000,10000000; ROUNDS=5; PROVINCE=700x2500; JMH="-wi 2 -i 5"
fi
log() { echo "== $(date -u +%FT%TZ) $(uptime | sed 's/.*load/load/') :: $*" | tee -a "$O/runs.txt"; }
{
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) processors; $(java -version 2>&1 | head -1)"
  grep -m1 'model name' /proc/cpuinfo || true
} > "$O/machine.txt"

log "process: 1 thread, 2 threads, -Xmx64m, JSON Lines against raw FastCSV ($SIZES rows)"
java -jar $J process --sizes $SIZES --kinds raw,report,report2,report64,jsonl --rounds $ROUNDS --warmup 1 \
  --treem $T 2>&1 | tee "$O/process.txt"
log "process: province $PROVINCE"
java -jar $J process --province $PROVINCE --kinds raw,report,report2 --rounds $ROUNDS --warmup 1 \
  --treem $T 2>&1 | tee "$O/province.txt"
log "JMH ReportPipelineBenchmark"
java -jar $J ReportPipelineBenchmark -p children=1000000 $JMH 2>&1 | tee "$O/jmh-pipeline.txt"
log "JMH CsvTokenizeBenchmark"
java -jar $J CsvTokenizeBenchmark -f 1 $JMH -w 1 -r 1 2>&1 | tee "$O/jmh-tokenize.txt"
log "done"
echo
grep -h -E 'load average|rows:|files x|median|raw/|time /|scale|byte-identical|DIFFERS' "$O/process.txt" "$O/province.txt"
grep -h -E '^Benchmark|ReportPipelineBenchmark.report|CsvTokenizeBenchmark\.' "$O/jmh-pipeline.txt" "$O/jmh-tokenize.txt"
