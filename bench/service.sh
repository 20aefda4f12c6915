#!/usr/bin/env bash
# The bundled service template, as a team meets it: whole-process wall time of `cairn new service`
# against `mvn -o archetype:generate` of the same archetype (cairn-template-service, as built and
# installed by ./cairn) with the same answers, each run into a fresh folder; then the time of the
# generated service's own `mvn -B -o verify` (compile, unit tests, Checkstyle, ArchUnit, coverage).
# All measured in this one run of the script; prints the medians and the ratio.
#
#   bench/service.sh            # RUNS=5 by default (at least 5), one warm-up run each
#   RUNS=10 bench/service.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-5}"
((runs >= 5)) || runs=5
plugin="org.apache.maven.plugins:maven-archetype-plugin:3.4.1"
# the reactor's version: the first <version> of the root pom (no parent there)
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
answers=(-DgroupId=com.acme -DartifactId=orders -Dversion=1.0.0-SNAPSHOT)

command -v hyperfine >/dev/null || { echo "bench/service.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench-service.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mvn" "$work/cairn"

echo "== preparing (not timed)"
# ./cairn installs the reactor (rule packs and templates) into the local repository when it is stale,
# so the offline runs below find the archetype and the generated build finds the rule packs
"$root/cairn" --version >/dev/null
mvn_cmd=(mvn -o -B -q "$plugin:generate" -DarchetypeGroupId=dev.cairn -DarchetypeArtifactId=cairn-template-service
    -DarchetypeVersion="$version" -DinteractiveMode=false "${answers[@]}")
(cd "$work/mvn" && "${mvn_cmd[@]}" >/dev/null)
cairn_cmd=("$root/cairn" new service --dir "$work/cairn/orders" "${answers[@]}" --non-interactive)
"${cairn_cmd[@]}" >/dev/null
if diff -r -x .cairn "$work/mvn/orders" "$work/cairn/orders" >/dev/null; then
    echo "same output: yes (diff -r of both projects, Cairn's .cairn/ aside, is empty)"
else
    echo "same output: NO, the projects differ:"
    diff -r -x .cairn "$work/mvn/orders" "$work/cairn/orders" | head -20 || true
fi
(cd "$work/cairn/orders" && mvn -B -q -o verify >/dev/null) # warms the local repository for the offline verify

q() { printf '%q ' "$@"; }
echo "== timing: $runs runs each after 1 warm-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
json="$work/new.json"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$json" \
    --command-name "cairn new service" --prepare "rm -rf $(q "$work/cairn/orders")" "$(q "${cairn_cmd[@]}")" \
    --command-name "mvn archetype:generate" --prepare "rm -rf $(q "$work/mvn/orders")" \
    "cd $(q "$work/mvn") && $(q "${mvn_cmd[@]}")"
rm -rf "$work/cairn/orders" && "${cairn_cmd[@]}" >/dev/null
verify_json="$work/verify.json"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$verify_json" \
    --command-name "mvn -B -o verify (generated service)" --prepare "rm -rf $(q "$work/cairn/orders/target")" \
    "cd $(q "$work/cairn/orders") && mvn -B -q -o verify"

mapfile -t m < <(grep -o '"median": *[0-9.e+-]*' "$json" "$verify_json" | sed 's/.*: *//')
awk -v cairn="${m[0]}" -v mvn="${m[1]}" -v verify="${m[2]}" 'BEGIN {
    printf "medians: cairn new service %.3f s (goal < 0.5 s), mvn archetype:generate %.3f s (%.1fx), generated mvn -o verify %.1f s\n", cairn, mvn, mvn / cairn, verify
}'
