#!/usr/bin/env bash
# Deploys this service to an environment with one of three strategies: rolling, blue-green or canary.
# The pipeline calls it after the build; you can call it by hand the same way.
#
# The strategies are written here. What they act on is yours to write: every platform (Kubernetes, ECS,
# Nomad, virtual machines behind a load balancer, ...) starts instances and moves traffic its own way, so
# this script calls a program of yours, named by DEPLOY_TARGET, for each platform operation. Until that
# program exists the script stops with an error: it never reports a deployment it did not make.
#
# Usage:
#   deploy/deploy.sh --environment ENV --strategy STRATEGY [--step STEP] [--percent N]
#                    [--require-env NAME[,NAME...]] ARTIFACT
#
#   --environment  staging or prod (the service's APP_ENV)
#   --strategy     rolling, blue-green or canary
#   --step         rolling:    deploy (the default): replace the instances batch by batch
#                  blue-green: deploy (the default): start the release in the idle colour, check it, then
#                              switch all traffic to it; the other colour keeps the previous release
#                              rollback: switch the traffic back to the other colour
#                  canary:     start: run the release beside the stable one and send it --percent of the traffic
#                              check: check the canary's health CANARY_CHECKS times, HEALTH_INTERVAL_SECONDS apart
#                              promote: send all traffic to the canary, replace the stable release, retire the canary
#                              rollback: send all traffic back to the stable release and retire the canary
#   --percent      share of the traffic the canary gets at 'start', 1 to 99 (default: CANARY_PERCENT or 10)
#   --require-env  variables that must be set and not empty, such as the secrets the service needs
#                  (API_TOKEN); the pipeline fills them from its secret store
#   ARTIFACT       what to deploy: the jar the pipeline built, or an image reference if your target deploys images
#
# What you fill in: DEPLOY_TARGET, the path of an executable (for example deploy/target.sh, committed
# next to this script), called with one of these operations and exiting 0 on success:
#
#   $DEPLOY_TARGET deploy ENV SLOT ARTIFACT   run ARTIFACT in SLOT of ENV and return when it has started;
#                                             for 'live' (rolling), replace the running instances at most
#                                             ROLLING_MAX_UNAVAILABLE at a time
#   $DEPLOY_TARGET health ENV SLOT            exit 0 when every instance of SLOT answers its readiness check
#   $DEPLOY_TARGET route ENV SLOT PERCENT     send PERCENT of ENV's traffic to SLOT, the rest to the other slot
#                                             of its pair (blue/green, canary/stable)
#   $DEPLOY_TARGET active ENV                 print the colour that takes the traffic, blue or green;
#                                             print nothing before the first blue-green deployment
#   $DEPLOY_TARGET retire ENV SLOT            stop SLOT's instances
#
#   Slots: rolling uses 'live'; blue-green 'blue' and 'green'; canary 'stable' and 'canary'.
#   The target inherits this script's environment, secrets included: it hands them to the service through
#   the platform's own secret store (a Kubernetes Secret, a task definition's secrets, ...), and never
#   prints them or writes them to a file.
#
# Environment:
#   DEPLOY_TARGET            required: the program above
#   CANARY_PERCENT           default for --percent (10)
#   CANARY_CHECKS            health checks of the canary at 'check' (10)
#   HEALTH_RETRIES           checks before a starting release counts as failed (30)
#   HEALTH_INTERVAL_SECONDS  seconds between two checks (10)
#   ROLLING_MAX_UNAVAILABLE  instances a rolling update may take down at once (1); read by your target
#
# Exit codes: 0 deployed; 1 the deployment failed (the message says what was undone); 2 bad usage or
# configuration, nothing was changed.
set -euo pipefail

usage_error() {
    printf 'deploy.sh: %s\n' "$1" >&2
    printf 'usage: deploy/deploy.sh --environment staging|prod --strategy rolling|blue-green|canary [--step STEP] [--percent N] [--require-env NAMES] ARTIFACT\n' >&2
    exit 2
}

not_configured() {
    printf 'deploy.sh: %s\n' "$1" >&2
    exit 2
}

failed() {
    printf 'deploy.sh: %s\n' "$1" >&2
    exit 1
}

say() {
    printf '== %s\n' "$1"
}

environment=""
strategy=""
step=""
percent="${CANARY_PERCENT:-10}"
required=""
artifact=""
while (($# > 0)); do
    case "$1" in
        --environment) environment="${2:-}"; shift 2 || usage_error "--environment needs a value" ;;
        --strategy) strategy="${2:-}"; shift 2 || usage_error "--strategy needs a value" ;;
        --step) step="${2:-}"; shift 2 || usage_error "--step needs a value" ;;
        --percent) percent="${2:-}"; shift 2 || usage_error "--percent needs a value" ;;
        --require-env) required="${2:-}"; shift 2 || usage_error "--require-env needs a value" ;;
        -*) usage_error "unknown option '$1'" ;;
        *)
            [[ -z "$artifact" ]] || usage_error "one artifact only, got '$artifact' and '$1'"
            artifact="$1"
            shift
            ;;
    esac
done

case "$environment" in
    staging | prod) ;;
    *) usage_error "--environment must be staging or prod, not '$environment'" ;;
esac
case "$strategy/${step:=default}" in
    rolling/default | rolling/deploy) step=deploy ;;
    blue-green/default | blue-green/deploy) step=deploy ;;
    blue-green/rollback) ;;
    canary/start | canary/check | canary/promote | canary/rollback) ;;
    canary/default) usage_error "canary needs --step start, check, promote or rollback" ;;
    rolling/* | blue-green/* | canary/*) usage_error "strategy $strategy has no step '$step'" ;;
    *) usage_error "--strategy must be rolling, blue-green or canary, not '$strategy'" ;;
esac
if [[ "$step" == start ]]; then
    [[ "$percent" =~ ^[1-9][0-9]?$ ]] || usage_error "--percent must be a whole number from 1 to 99, not '$percent'"
fi
if [[ "$step" == deploy || "$step" == start || "$step" == promote ]]; then
    [[ -n "$artifact" ]] || usage_error "no artifact given: pass the jar (or image) to deploy"
    [[ "$artifact" == *:* || -f "$artifact" ]] || usage_error "artifact '$artifact' is not a file (nor an image reference)"
fi

# The configuration, checked before anything is touched.
if [[ -z "${DEPLOY_TARGET:-}" ]]; then
    not_configured "DEPLOY_TARGET is not set: nothing was deployed. Write the program that deploys to your platform
(the operations it must support are listed at the top of deploy/deploy.sh) and set DEPLOY_TARGET to its
path in the pipeline's variables."
fi
[[ -f "$DEPLOY_TARGET" && -x "$DEPLOY_TARGET" ]] \
    || not_configured "DEPLOY_TARGET '$DEPLOY_TARGET' is not an executable file: nothing was deployed"
IFS=',' read -r -a required_names <<< "$required"
for name in "${required_names[@]}"; do
    [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || usage_error "--require-env: '$name' is not a variable name"
    [[ -n "${!name:-}" ]] || not_configured "$name is not set: add it to the pipeline's secret store for $environment; nothing was deployed"
done

retries="${HEALTH_RETRIES:-30}"
interval="${HEALTH_INTERVAL_SECONDS:-10}"
canary_checks="${CANARY_CHECKS:-10}"
for number in "$retries" "$interval" "$canary_checks"; do
    [[ "$number" =~ ^[0-9]+$ ]] || usage_error "HEALTH_RETRIES, HEALTH_INTERVAL_SECONDS and CANARY_CHECKS must be whole numbers"
done

target() {
    "$DEPLOY_TARGET" "$@"
}

# Waits until every instance of a slot is ready; false when it is not after HEALTH_RETRIES checks.
healthy() { # slot
    local attempt
    for ((attempt = 1; attempt <= retries; attempt++)); do
        if target health "$environment" "$1"; then
            return 0
        fi
        ((attempt == retries)) || sleep "$interval"
    done
    return 1
}

rolling_deploy() {
    say "rolling update of $environment to $artifact (at most ${ROLLING_MAX_UNAVAILABLE:-1} instance(s) down at once)"
    export ROLLING_MAX_UNAVAILABLE="${ROLLING_MAX_UNAVAILABLE:-1}"
    target deploy "$environment" live "$artifact" || failed "the target could not deploy $artifact to $environment"
    healthy live || failed "$environment is not healthy after the rolling update: roll back with your platform's
undo (or deploy the previous artifact) and read the instances' logs"
    say "$environment runs $artifact"
}

other_colour() { # colour
    if [[ "$1" == blue ]]; then echo green; else echo blue; fi
}

active_colour() {
    local active
    active="$(target active "$environment")" || failed "the target could not tell which colour is active in $environment"
    case "$active" in
        blue | green | "") echo "$active" ;;
        *) failed "the target's 'active' printed '$active', not blue, green or nothing" ;;
    esac
}

blue_green_deploy() {
    local active idle
    active="$(active_colour)"
    idle="$(other_colour "${active:-green}")"
    say "blue-green in $environment: ${active:-neither colour} takes the traffic; starting $artifact in $idle"
    target deploy "$environment" "$idle" "$artifact" || failed "the target could not start $artifact in $idle"
    if ! healthy "$idle"; then
        target retire "$environment" "$idle" || true
        failed "$idle did not become healthy and was retired; $environment is unchanged"
    fi
    target route "$environment" "$idle" 100 || failed "could not switch the traffic to $idle; check the router of $environment"
    if [[ -n "$active" ]]; then
        say "$environment now runs $artifact in $idle; $active keeps the previous release for a rollback"
    else
        say "$environment now runs $artifact in $idle (its first blue-green deployment)"
    fi
}

blue_green_rollback() {
    local active previous
    active="$(active_colour)"
    [[ -n "$active" ]] || failed "no blue-green deployment in $environment to roll back"
    previous="$(other_colour "$active")"
    target health "$environment" "$previous" || failed "$previous is not healthy: cannot roll back to it"
    target route "$environment" "$previous" 100 || failed "could not switch the traffic back to $previous"
    say "$environment is back on $previous"
}

canary_start() {
    say "canary in $environment: starting $artifact beside the stable release"
    target deploy "$environment" canary "$artifact" || failed "the target could not start the canary"
    if ! healthy canary; then
        target retire "$environment" canary || true
        failed "the canary did not become healthy and was retired; the stable release takes all traffic"
    fi
    target route "$environment" canary "$percent" || failed "could not send $percent% of the traffic to the canary"
    say "the canary takes $percent% of $environment's traffic"
}

canary_check() {
    local check
    for ((check = 1; check <= canary_checks; check++)); do
        target health "$environment" canary || failed "the canary failed health check $check of $canary_checks"
        ((check == canary_checks)) || sleep "$interval"
    done
    say "the canary passed $canary_checks health checks"
}

canary_promote() {
    say "promoting the canary in $environment"
    target route "$environment" canary 100 || failed "could not send all traffic to the canary"
    target deploy "$environment" stable "$artifact" || failed "the target could not deploy $artifact as the stable release"
    healthy stable || failed "the new stable release is not healthy; the canary still takes all traffic"
    target route "$environment" canary 0 || failed "could not send the traffic back to the stable release"
    target retire "$environment" canary || failed "could not retire the canary (the stable release takes all traffic)"
    say "$environment runs $artifact"
}

canary_rollback() {
    say "rolling back the canary in $environment"
    target route "$environment" canary 0 || failed "could not send the traffic back to the stable release"
    target retire "$environment" canary || failed "could not retire the canary (it takes no traffic)"
    say "the stable release takes all of $environment's traffic"
}

case "$strategy/$step" in
    rolling/deploy) rolling_deploy ;;
    blue-green/deploy) blue_green_deploy ;;
    blue-green/rollback) blue_green_rollback ;;
    canary/start) canary_start ;;
    canary/check) canary_check ;;
    canary/promote) canary_promote ;;
    canary/rollback) canary_rollback ;;
esac
