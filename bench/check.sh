#!/usr/bin/env bash
# Whole-process wall time of `cairn check` on large real code bases (commons-lang3 3.18.0 and guava
# 33.6.0-jre: their sources and their compiled classes, both from Maven Central) against what a team
# would run instead: Checkstyle's own command line with the same configuration (cairn/checkstyle.xml)
# plus a plain ArchUnit run of the same rules (ClassFileImporter + the cairn-archunit-rules rules, one
# thread, the way an @ArchTest run evaluates them). All measured in this one run of the script.
#
#   bench/check.sh            # RUNS=5 by default (at least 5), one warm-up run each
#   RUNS=10 bench/check.sh
#   PROJECTS=commons-lang3 bench/check.sh
#
# Prints, per project: medians of cairn check cold (cache removed before each run), cairn check warm
# (unchanged re-run), Checkstyle CLI, plain ArchUnit, and the ratios the issue asks for:
# cold / (Checkstyle + ArchUnit) (goal <= 0.6) and cold / warm (goal >= 5).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-5}"
((runs >= 5)) || runs=5
projects=(${PROJECTS:-commons-lang3 guava})
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
declare -A gav=(
    [commons-lang3]="org.apache.commons:commons-lang3:3.18.0"
    [guava]="com.google.guava:guava:33.6.0-jre"
)

work="$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== preparing (not timed)"
cd "$root"
# the CLI and its dependencies (target/lib: checkstyle, archunit, the rule packs), nothing installed
mvn -q -B -Dstyle.color=never -DskipTests -Darchetype.test.skip=true -Dcheckstyle.skip -pl generator-cli -am package >&2
cp="$root/generator-cli/target/classes:$root/generator-cli/target/lib/*"

for name in "${projects[@]}"; do
    coords="${gav[$name]}"
    IFS=: read -r g a v <<<"$coords"
    dir="$repo/${g//.//}/$a/$v"
    if [[ ! -f "$dir/$a-$v.jar" || ! -f "$dir/$a-$v-sources.jar" ]]; then
        mvn -q -B dependency:get -Dtransitive=false -Dartifact="$coords" >/dev/null
        mvn -q -B dependency:get -Dtransitive=false -Dartifact="$coords:jar:sources" >/dev/null
    fi
    # a Maven-shaped project: sources under src/main/java, classes under target/classes
    project="$work/$name"
    mkdir -p "$project/src/main/java" "$project/target/classes"
    (cd "$project/src/main/java" && unzip -q -o "$dir/$a-$v-sources.jar" -x 'META-INF/*')
    (cd "$project/target/classes" && unzip -q -o "$dir/$a-$v.jar" -x 'META-INF/*')
    printf '%-14s %5d .java files, %5d classes\n' "$name" \
        "$(find "$project/src/main/java" -name '*.java' | wc -l)" \
        "$(find "$project/target/classes" -name '*.class' | wc -l)"
done

# the plain ArchUnit run: a one-file program, compiled once here so that its runs pay no compilation
mkdir -p "$work/plain"
cat >"$work/plain/PlainArchUnit.java" <<'EOF'
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.rules.archunit.CairnRules;
import java.nio.file.Path;

/** The same ArchUnit rules as cairn check, run the plain way: import, then evaluate rule by rule. */
public class PlainArchUnit {
    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        JavaClasses classes = new ClassFileImporter().importPath(project.resolve("target/classes"));
        System.out.println(CairnRules.evaluate(CairnConfig.load(project), classes, project).size() + " violations");
    }
}
EOF
javac -d "$work/plain" -cp "$cp" "$work/plain/PlainArchUnit.java"

if ! command -v hyperfine >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing hyperfine"
    (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null 2>&1 || true
fi
command -v hyperfine >/dev/null || { echo "bench/check.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

"$root/cairn" --version >/dev/null # builds the launcher's jar and class-data archive if needed
q() { printf '%q ' "$@"; }

echo "== timing: $runs runs each after 1 warm-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${projects[@]}"; do
    project="$work/$name"
    cairn_line="$(q "$root/cairn" check "$project" --format json --output "$work/$name.json") || true"
    # -x module-info: Checkstyle cannot parse module declarations and stops there; cairn check skips them too
    checkstyle_line="$(q java -cp "$cp" com.puppycrawl.tools.checkstyle.Main -c cairn/checkstyle.xml -f xml \
        -x 'module-info\.java$' -o "$work/$name-checkstyle.xml" "$project/src/main/java") || true"
    archunit_line="$(q java -cp "$work/plain:$cp" PlainArchUnit "$project")"
    json="$work/$name-hyperfine.json"
    echo "-- $name"
    # one --prepare per command: a single one would apply to all of them, the re-run included
    hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$json" \
        --command-name "cairn check (cold)" --prepare "rm -rf $(q "$project/.cairn/cache")" "$cairn_line" \
        --command-name "cairn check (unchanged re-run)" --prepare true "$cairn_line" \
        --command-name "checkstyle CLI" --prepare true "$checkstyle_line" \
        --command-name "plain ArchUnit" --prepare true "$archunit_line"
    mapfile -t m < <(grep -o '"median": *[0-9.e+-]*' "$json" | sed 's/.*: *//')
    awk -v n="$name" -v cold="${m[0]}" -v warm="${m[1]}" -v cs="${m[2]}" -v au="${m[3]}" 'BEGIN {
        printf "%s medians: cairn check cold %.2f s, unchanged re-run %.2f s, checkstyle CLI %.2f s, plain ArchUnit %.2f s\n", n, cold, warm, cs, au
        printf "%s: cold / (checkstyle + archunit) = %.2f (goal <= 0.6); cold / re-run = %.1fx (goal >= 5)\n", n, cold / (cs + au), cold / warm
    }'
done
