#!/usr/bin/env bash
# JMH benchmarks of the render engine, in-process (bench/jmh, built only in the 'bench' profile).
#   bench/engine.sh                 # both benchmarks, 5 x 1 s warm-up and measurement, 1 fork
#   bench/engine.sh -f 3 render     # any JMH options and benchmark filter
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
archetype="$repo/org/apache/maven/archetypes/maven-archetype-quickstart/1.5/maven-archetype-quickstart-1.5.jar"
if [[ ! -f "$archetype" ]]; then
    mvn -q -B dependency:get -Dartifact=org.apache.maven.archetypes:maven-archetype-quickstart:1.5 >/dev/null
fi
cd "$root"
# -am builds cairn-cli in the same reactor: nothing is installed into the local repository
mvn -q -B -P bench -pl bench/jmh -am -DskipTests package >&2
exec java -jar bench/jmh/target/benchmarks.jar -jvmArgsAppend "-Dmaven.repo.local=$repo" "$@"
