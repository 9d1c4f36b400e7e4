#!/usr/bin/env sh
# Compares the working tree with another revision on a noisy machine: both builds advise the AdviseAll benchmark's
# 100 000 households in one JVM, in alternation (PairedRuns, examples test sources).
#
#   accompaniment-examples/scripts/paired.sh HEAD~1        # 15 rounds
#   accompaniment-examples/scripts/paired.sh v0.1.0 30     # 30 rounds
#
# The revision is built in a temporary worktree under accompaniment-examples/target, removed afterwards. Set
# MAVEN_ARGS=-o to build offline.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 REVISION [ROUNDS]" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
base="$root/accompaniment-examples/target/paired-base"
build() {
  (cd "$1" && ./mvnw -B -q -pl accompaniment-examples -am test-compile dependency:build-classpath \
    -DskipTests -Dmdep.includeScope=test -Dmdep.outputFile=target/paired-classpath.txt)
}
classes() {
  # the build's own class folders, tests first as the benchmark data live there
  for m in examples rules core; do
    printf '%s:%s:' "$1/accompaniment-$m/target/test-classes" "$1/accompaniment-$m/target/classes"
  done
}
build "$root"
git worktree remove --force "$base" 2>/dev/null || true
git worktree add --detach "$base" "$1" >/dev/null
trap 'git worktree remove --force "$base"' EXIT
build "$base"
# the dependency jars, without the sibling modules' folders the reactor resolved
deps="$root/accompaniment-examples/target/paired-dependencies.txt"
tr ':' '\n' < "$root/accompaniment-examples/target/paired-classpath.txt" | grep -v "^$root/" | paste -sd: - > "$deps"
java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp "$root/accompaniment-examples/target/test-classes" \
  be.accompaniment.examples.bench.PairedRuns "$deps" "$(classes "$base")" "$(classes "$root")" "${2:-15}"
