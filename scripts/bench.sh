#!/usr/bin/env bash
# Benchmarks intplan against bare TOML parsing and Taskwarrior on identical data.
#
#   scripts/bench.sh [SIZES...]        default sizes: 1000 10000 100000 items
#
# For each size it generates a plan of N items over 20 unit files
# (examples/gen_plan.rs, fixed seed) and the same items as Taskwarrior JSON, then
# times with hyperfine: `intplan check`, `status`, `overdue` (and `item note` on a
# copy, when that command exists), bare TOML parsing of the same files
# (examples/parse_only.rs), and Taskwarrior's `task overdue` and `task summary` in
# an isolated TASKRC/TASKDATA. Peak memory comes from `/usr/bin/time -v`. Prints a
# Markdown table on stdout; progress goes to stderr. Not a test: timings depend on
# the machine, so nothing here passes or fails on a number. It times the release
# profile, as users run it; nothing here needs symbols (for perf or callgrind, build
# with `cargo build --profile profiling`, the release build with line tables).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
UNITS=20
AS_OF=2026-11-28
WORK=$(mktemp -d "${TMPDIR:-/tmp}/intplan-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

log() { echo "bench: $*" >&2; }

install_if_missing() { # command, Debian package
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing $2"
        (apt-get install -y -qq "$2" || (apt-get update -qq && apt-get install -y -qq "$2")) >/dev/null 2>&1 || true
    fi
    command -v "$1" >/dev/null 2>&1
}

SKIPS=()
install_if_missing hyperfine hyperfine || { echo "skipped: hyperfine is not installed and could not be installed"; exit 0; }
HAVE_TIME=1
[ -x /usr/bin/time ] || install_if_missing /usr/bin/time time || { HAVE_TIME=0; SKIPS+=("skipped: peak memory, /usr/bin/time (package time) missing"); }
HAVE_TASK=1
install_if_missing task taskwarrior || { HAVE_TASK=0; SKIPS+=("skipped: Taskwarrior, package taskwarrior missing and not installable"); }
FAKETIME=()
if [ "$HAVE_TASK" = 1 ] && install_if_missing faketime faketime; then
    FAKETIME=(faketime -f "@${AS_OF} 12:00:00")
fi

log "building (release)"
cargo build --release --quiet --bin intplan --example gen_plan --example parse_only
BIN=$PWD/target/release/intplan
GEN=$PWD/target/release/examples/gen_plan
PARSE=$PWD/target/release/examples/parse_only

HAVE_NOTE=1
"$BIN" item note --help >/dev/null 2>&1 || { HAVE_NOTE=0; SKIPS+=("skipped: item note not built"); }

ROWS=()

# measure NAME ITEMS PREPARE COMMAND...: hyperfine mean and spread, /usr/bin/time peak.
measure() {
    local name=$1 items=$2 prepare=$3
    shift 3
    local runs=10
    [ "$items" -ge 100000 ] && runs=3
    local json=$WORK/h.json
    local args=(--style none --warmup 1 --runs "$runs" -i --export-json "$json")
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    log "$items items: $name"
    hyperfine "${args[@]}" "$(printf '%q ' "$@")" >/dev/null 2>&1
    local time
    time=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f ± %.3f" % (r["mean"], r["stddev"] or 0))' "$json")
    local mem="n/a"
    if [ "$HAVE_TIME" = 1 ]; then
        [ -n "$prepare" ] && bash -c "$prepare"
        mem=$( (/usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt") || true; awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
    fi
    ROWS+=("| $items | $name | $time | $mem |")
}

for n in "${SIZES[@]}"; do
    plan=$WORK/plan-$n
    log "generating $n items"
    "$GEN" --items "$n" --units "$UNITS" --out "$plan" --taskwarrior "$WORK/tasks-$n.json"
    measure "intplan check" "$n" "" "$BIN" -p "$plan" check --as-of "$AS_OF" --format json
    measure "intplan status" "$n" "" "$BIN" -p "$plan" status --as-of "$AS_OF"
    measure "intplan overdue" "$n" "" "$BIN" -p "$plan" overdue --as-of "$AS_OF"
    if [ "$HAVE_NOTE" = 1 ]; then
        copy=$WORK/copy-$n
        measure "intplan item note (copy)" "$n" "rm -rf $copy && cp -r $plan $copy" \
            "$BIN" -p "$copy" item note 1a-1 "Benchmark note." --as-of "$AS_OF"
    fi
    # One TAB after `intplan item done `: what the completion script asks for.
    measure "completion: item ids" "$n" "" env INTPLAN_COMPLETE=bash _INTPLAN_COMPLETE_INDEX=5 \
        "$BIN" -- intplan -p "$plan" item done ""
    measure "bare TOML parse (parse_only)" "$n" "" "$PARSE" "$plan"
    if [ "$HAVE_TASK" = 1 ]; then
        export TASKRC=$WORK/taskrc-$n TASKDATA=$WORK/task-$n
        mkdir -p "$TASKDATA" && : >"$TASKRC"
        log "$n items: task import"
        task rc.confirmation=off rc.verbose=nothing import "$WORK/tasks-$n.json" >/dev/null 2>&1
        measure "task overdue" "$n" "" "${FAKETIME[@]}" task rc.verbose=nothing rc.color=off overdue
        measure "task summary" "$n" "" "${FAKETIME[@]}" task rc.verbose=nothing rc.color=off summary
        unset TASKRC TASKDATA
    fi
    rm -rf "$plan"
done

echo "| items | command | mean time, s (± σ) | peak memory, MB |"
echo "|---:|---|---:|---:|"
printf '%s\n' "${ROWS[@]}"
for s in "${SKIPS[@]+"${SKIPS[@]}"}"; do
    echo
    echo "$s"
done
