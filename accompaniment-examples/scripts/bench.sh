#!/usr/bin/env sh
# Runs the JMH benchmarks of accompaniment-examples (test sources, package be.accompaniment.examples.bench).
#
#   accompaniment-examples/scripts/bench.sh AdviseAll -prof gc          # adviseAll, households/second and B/op
#   accompaniment-examples/scripts/bench.sh RuleEvaluation              # rulebook vs hand-written ifs
#   accompaniment-examples/scripts/bench.sh AdviseAll -f 1 -wi 1 -i 1 -w 2s -r 2s   # a quick smoke run
#
# Every argument goes to org.openjdk.jmh.Main (a benchmark regex, -f, -wi, -i, -prof gc, -rf json…); without any, all
# benchmarks run with their annotated settings. Set BENCH_SKIP_BUILD=1 to reuse the last build, MAVEN_ARGS=-o to build
# offline.
# Scores are households per second. Run on a quiet machine: JMH refuses to start while another JMH runs.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cp_file=accompaniment-examples/target/bench-classpath.txt
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$cp_file" ]; then
  # one reactor build: compiles core, rules and the examples with their tests (the JMH annotation processor generates
  # the benchmark list) and writes the test classpath, siblings resolved to their target folders
  ./mvnw -B -q -pl accompaniment-examples -am test-compile dependency:build-classpath \
    -DskipTests -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
exec java -cp "accompaniment-examples/target/test-classes:accompaniment-examples/target/classes:$(cat "$cp_file")" \
  org.openjdk.jmh.Main "$@"
