#!/usr/bin/env bash
# Whole-process wall time of `cairn new` against `mvn archetype:generate` (maven-archetype-plugin 3.4.1)
# on the same archetype (maven-archetype-quickstart 1.5) and the same answers, each run into a fresh
# folder, both measured in this one run of the script. Prints both medians and their ratio.
#
#   bench/new.sh            # RUNS=10 by default (at least 5), one warm-up run each
#   RUNS=20 bench/new.sh
#
# Uses hyperfine (Debian package; installed with apt-get when missing and we are root), else a loop
# over bash's `time`. Also checks that both produce the same files, byte for byte.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-10}"
((runs >= 5)) || runs=5
plugin="org.apache.maven.plugins:maven-archetype-plugin:3.4.1"
archetype_gav="org.apache.maven.archetypes:maven-archetype-quickstart:1.5"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
archetype_jar="$repo/org/apache/maven/archetypes/maven-archetype-quickstart/1.5/maven-archetype-quickstart-1.5.jar"
answers=(-DgroupId=com.example -DartifactId=demo -Dversion=1.0-SNAPSHOT -Dpackage=com.example.demo)

work="$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mvn" "$work/cairn"

echo "== preparing (not timed)"
if [[ ! -f "$archetype_jar" ]]; then
    mvn -q -B dependency:get -Dartifact="$archetype_gav" >/dev/null
fi
# the plugin and everything it loads must be in the local repository for the offline runs
mvn_cmd=(mvn -o -B -q "$plugin:generate" -DarchetypeGroupId=org.apache.maven.archetypes
    -DarchetypeArtifactId=maven-archetype-quickstart -DarchetypeVersion=1.5 -DinteractiveMode=false "${answers[@]}")
if ! (cd "$work/mvn" && "${mvn_cmd[@]}" >/dev/null 2>&1); then
    (cd "$work/mvn" && mvn "${mvn_cmd[@]:2}" >/dev/null) # online once, to fetch the plugin
fi
"$root/cairn" --version >/dev/null # builds Cairn and its class-data archive if needed
cairn_cmd=("$root/cairn" new "$archetype_jar" --dir "$work/cairn/demo" "${answers[@]}" --non-interactive)
"${cairn_cmd[@]}" >/dev/null

if diff -r -x .cairn "$work/mvn/demo" "$work/cairn/demo" >/dev/null; then
    echo "same output: yes (diff -r of both projects, Cairn's .cairn/ aside, is empty)"
else
    echo "same output: NO, the projects differ:"
    diff -r -x .cairn "$work/mvn/demo" "$work/cairn/demo" | head -20 || true
fi

if ! command -v hyperfine >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing hyperfine"
    (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null 2>&1 || true
fi

quote() { printf '%q ' "$@"; }
cairn_line="$(quote "${cairn_cmd[@]}")"
mvn_line="cd $(printf '%q' "$work/mvn") && $(quote "${mvn_cmd[@]}")"

echo "== timing: $runs runs each after 1 warm-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
if command -v hyperfine >/dev/null; then
    json="$work/hyperfine.json"
    # cairn runs without a shell (-N would apply to both, so mvn's cd goes through bash -c explicitly)
    hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$json" \
        --command-name "cairn new" --prepare "rm -rf $(printf '%q' "$work/cairn/demo")" "$cairn_line" \
        --command-name "mvn archetype:generate" --prepare "rm -rf $(printf '%q' "$work/mvn/demo")" "$mvn_line"
    mapfile -t medians < <(grep -o '"median": *[0-9.e+-]*' "$json" | sed 's/.*: *//')
    cairn_median="${medians[0]}"
    mvn_median="${medians[1]}"
    # CPU time (user + system, means) barely moves when other processes load the machine; wall time does
    mapfile -t users < <(grep -o '"user": *[0-9.e+-]*' "$json" | sed 's/.*: *//')
    mapfile -t systems < <(grep -o '"system": *[0-9.e+-]*' "$json" | sed 's/.*: *//')
    awk -v cu="${users[0]}" -v cs="${systems[0]}" -v mu="${users[1]}" -v ms="${systems[1]}" 'BEGIN {
        printf "mean CPU (user+sys) cairn new:              %.3f s\n", cu + cs
        printf "mean CPU (user+sys) mvn archetype:generate: %.3f s (%.1fx)\n", mu + ms, (mu + ms) / (cu + cs)
    }'
else
    echo "(hyperfine not available: bash's time over a loop)"
    median_of() { # runs "$@" after rm -rf of $dir, prints the median wall time in seconds
        local dir="$1" i times=()
        shift
        rm -rf "$dir" && "$@" >/dev/null 2>&1 # warm-up
        for ((i = 0; i < runs; i++)); do
            rm -rf "$dir"
            local TIMEFORMAT=%R
            times+=("$({ time "$@" >/dev/null 2>&1; } 2>&1)")
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
    }
    cairn_median="$(median_of "$work/cairn/demo" "${cairn_cmd[@]}")"
    mvn_median="$(cd "$work/mvn" && median_of "$work/mvn/demo" "${mvn_cmd[@]}")"
fi

awk -v c="$cairn_median" -v m="$mvn_median" 'BEGIN {
    printf "median cairn new:              %.3f s\n", c
    printf "median mvn archetype:generate: %.3f s\n", m
    printf "ratio: cairn is %.1fx faster\n", m / c
}'
