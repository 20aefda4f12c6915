#!/usr/bin/env bash
# Whole-process wall time of `cairn update` (hyperfine, warm-up, median), in two cases:
#   1. a generated service: a folder copy of archetypes/service at 1.0.0 generates a project in a git
#      repository; its team edits config, pipeline and code and commits; the copy becomes 1.1.0 (a pipeline
#      change, a new config key from a new parameter, a file renamed by a migration); time `cairn update`.
#   2. a synthetic 2,000-file template: 20 folders of 100 files of 40 lines; the project's team edits 100 of
#      them; 1.1.0 changes 200 (the team's 100 among them, on other lines: 100 merges), adds 20 and removes 20.
# Every timed run starts from the same project (restored by hyperfine's --prepare, not timed). Goals:
# under 1 s and under 5 s.
#
#   bench/update.sh            # RUNS=10 by default (at least 5), one warm-up run each
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-10}"
((runs >= 5)) || runs=5
command -v hyperfine >/dev/null || { echo "bench/update.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
command -v git >/dev/null || { echo "bench/update.sh needs git" >&2; exit 2; }
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cairn-bench-update.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cairn="$root/cairn"

commit() { # commit DIR MESSAGE
    git -C "$1" add -A >/dev/null
    git -C "$1" -c user.name=bench -c user.email=bench@example.com commit -q -m "$2"
}

# replace FILE FROM TO: the first line equal to FROM becomes TO; fails when there is none
replace() {
    grep -qxF -- "$2" "$1" || { echo "bench/update.sh: '$2' not in $1" >&2; exit 1; }
    awk -v from="$2" -v to="$3" '!done && $0 == from { print to; done = 1; next } { print }' "$1" >"$1.new"
    mv "$1.new" "$1"
}

echo "== preparing (not timed)"
"$cairn" --version >/dev/null # builds Cairn and its class-data archive if needed

# --- 1. the service ---------------------------------------------------------------------------------------
svc="$work/service-template"
cp -r "$root/archetypes/service/src/main/resources" "$svc"
sed -i "s/@project.version@/$version/" "$svc/archetype-resources/pom.xml"
"$cairn" new "$svc" --dir "$work/orders" -DgroupId=com.acme -DartifactId=orders --non-interactive >/dev/null
git -C "$work/orders" init -q && commit "$work/orders" "generated"
replace "$work/orders/src/main/resources/application.yaml" "  bulk-quantity: 10" "  bulk-quantity: 12"
printf '\n      - name: Tell the team\n        run: echo built\n' >>"$work/orders/.github/workflows/ci.yml"
sed -i 's/^package com.acme.orders.domain;$/&\n\n\/\/ The orders team: an order never changes once it is placed./' \
    "$work/orders/src/main/java/com/acme/orders/domain/Order.java"
echo "Reviewed by the orders team." >>"$work/orders/docs/adr/0001-record-architecture-decisions.md"
commit "$work/orders" "the team's changes"

replace "$svc/META-INF/cairn/template.yaml" "version: 1.0.0" "version: 1.1.0"
cat >>"$svc/META-INF/cairn/template.yaml" <<'EOF'

migrations:
  - version: 1.1.0
    move:
      from: docs/adr/0001-record-architecture-decisions.md
      to: docs/decisions/0001-record-architecture-decisions.md
EOF
replace "$svc/META-INF/maven/archetype-metadata.xml" "  </requiredProperties>" \
    '    <requiredProperty key="owner-team"><defaultValue>platform</defaultValue></requiredProperty>
  </requiredProperties>'
sed -i 's:<directory>docs/adr</directory>:<directory>docs/decisions</directory>:' "$svc/META-INF/maven/archetype-metadata.xml"
mkdir -p "$svc/archetype-resources/docs/decisions"
mv "$svc/archetype-resources/docs/adr/0001-record-architecture-decisions.md" "$svc/archetype-resources/docs/decisions/"
replace "$svc/archetype-resources/src/main/resources/application.yaml" '  implementation: ${framework}' \
    '  implementation: ${framework}
  owner: ${owner-team}'
replace "$svc/archetype-resources/.github/workflows/ci.yml" "    timeout-minutes: 30" "    timeout-minutes: 45"
cp -a "$work/orders" "$work/orders.before"
"$cairn" update --dir "$work/orders" --non-interactive | tail -n 1 # checks it works, and shows what it did
service_line="$(printf '%q ' "$cairn" update --dir "$work/orders" --non-interactive)"
service_prepare="rm -rf $(printf '%q' "$work/orders") && cp -a $(printf '%q' "$work/orders.before") $(printf '%q' "$work/orders")"

# --- 2. the synthetic 2,000-file template -----------------------------------------------------------------
big="$work/big-template"
mkdir -p "$big/META-INF/maven" "$big/META-INF/cairn" "$big/archetype-resources"
cat >"$big/META-INF/maven/archetype-metadata.xml" <<'EOF'
<archetype-descriptor name="big">
  <fileSets>
    <fileSet filtered="true" encoding="UTF-8"><directory>src</directory><includes><include>**/*.txt</include></includes></fileSet>
  </fileSets>
</archetype-descriptor>
EOF
cat >"$big/archetype-resources/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${groupId}</groupId>
  <artifactId>${artifactId}</artifactId>
  <version>${version}</version>
</project>
EOF
echo "version: 1.0.0" >"$big/META-INF/cairn/template.yaml"
# file d/fN.txt: 40 lines; line 1 names the project (a Velocity reference), the others are distinct
write_big() { # write_big VARIANT: 0 for 1.0.0, 1 for 1.1.0
    awk -v variant="$1" -v root="$big/archetype-resources/src" 'BEGIN {
        for (d = 0; d < 20; d++) {
            system("mkdir -p " root "/d" d)
            for (f = 0; f < 100; f++) {
                n = d * 100 + f
                if (variant == 1 && n % 100 < 1) continue                          # 20 removed
                out = root "/d" d "/f" f ".txt"
                printf "%s file %d of ${artifactId}\n", "#", n > out
                for (l = 2; l <= 40; l++) {
                    if (variant == 1 && n % 10 == 0 && l == 30) printf "line %d of file %d, changed in 1.1.0\n", l, n > out
                    else printf "line %d of file %d\n", l, n > out
                }
                close(out)
            }
            if (variant == 1) { out = root "/d" d "/new.txt"; printf "new in 1.1.0, folder %d\n", d > out; close(out) }
        }
    }'
}
write_big 0
"$cairn" new "$big" --dir "$work/big" -DgroupId=com.acme -DartifactId=big --non-interactive >/dev/null
git -C "$work/big" init -q && commit "$work/big" "generated"
for ((n = 10; n < 2000; n += 20)); do # the team edits 100 files on line 10; the template changes each of them on line 30
    sed -i "10s/.*/line 10, edited by the team/" "$work/big/src/d$((n / 100))/f$((n % 100)).txt"
done
commit "$work/big" "the team's changes"
rm -rf "$big/archetype-resources/src"
write_big 1
sed -i 's/^version: 1.0.0$/version: 1.1.0/' "$big/META-INF/cairn/template.yaml"
cp -a "$work/big" "$work/big.before"
"$cairn" update --dir "$work/big" --non-interactive | tail -n 1
big_line="$(printf '%q ' "$cairn" update --dir "$work/big" --non-interactive)"
big_prepare="rm -rf $(printf '%q' "$work/big") && cp -a $(printf '%q' "$work/big.before") $(printf '%q' "$work/big")"

echo "== timing: $runs runs each after 1 warm-up, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
json="$work/hyperfine.json"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$json" \
    --command-name "cairn update (generated service)" --prepare "$service_prepare" "$service_line" \
    --command-name "cairn update (2,000-file template)" --prepare "$big_prepare" "$big_line"
mapfile -t medians < <(grep -o '"median": *[0-9.e+-]*' "$json" | sed 's/.*: *//')
awk -v s="${medians[0]}" -v b="${medians[1]}" 'BEGIN {
    printf "median cairn update, generated service:   %.3f s (goal: under 1 s)\n", s
    printf "median cairn update, 2,000-file template: %.3f s (goal: under 5 s)\n", b
}'
