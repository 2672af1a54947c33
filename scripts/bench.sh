#!/usr/bin/env bash
# Benchmarks intplan against bare TOML parsing and Taskwarrior on identical data,
# and against itself as a plan grows in items and in years, and prints each target
# of issue 15 as met or missed with the measured ratio.
#
#   scripts/bench.sh [SIZES...]        default sizes: 1000 10000 100000 items
#
# For each size it generates a plan of N items over 20 unit files
# (examples/gen_plan.rs, fixed seed) and the same items as Taskwarrior JSON, then
# times with hyperfine: `intplan check`, `status`, `overdue`, `item note` and `init`
# on a fresh copy, `diff OLD_DIR` against an identical copy, item-id completion,
# bare TOML parsing of the same files (examples/parse_only.rs), and Taskwarrior's
# `task overdue` and `task summary` in an isolated TASKRC/TASKDATA. Then a history
# of ten years of 10,000 items each (`gen_plan --years 9`) against its own newest
# year alone (the same bytes), and every read command on the shipped plan (plans/).
# Peak memory comes from `/usr/bin/time -v`. Prints Markdown tables on stdout;
# progress goes to stderr. Not a test: timings depend on the machine, so nothing
# here fails on a number. It times the release profile, as users run it (for perf
# or callgrind, build with `cargo build --profile profiling`, the release build
# with line tables). Generated plans live under $TMPDIR and are deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
UNITS=20
AS_OF=2026-11-28
# The history case; smaller values only for a quick try of this script.
HISTORY_YEARS=${BENCH_HISTORY_YEARS:-10}
HISTORY_ITEMS=${BENCH_HISTORY_ITEMS:-10000}
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
SHIPPED=$PWD/plans

ROWS=()
RESULTS=$WORK/results.tsv
: >"$RESULTS"

# measure CASE ITEMS PREPARE COMMAND...: hyperfine mean and spread, /usr/bin/time
# peak; CASE names the row in the tables and in $RESULTS.
measure() {
    local name=$1 items=$2 prepare=$3
    shift 3
    local runs=10 warmup=1
    case $items in
    shipped) runs=30 warmup=3 ;;
    *) [ "$items" -ge 100000 ] && runs=3 ;;
    esac
    local json=$WORK/h.json
    local args=(--style none -N --warmup "$warmup" --runs "$runs" -i --export-json "$json")
    # Without a shell (-N) for the command, so a prepare step needs its own.
    [ -n "$prepare" ] && args+=(--prepare "bash -c $(printf '%q' "$prepare")")
    log "$items items: $name"
    hyperfine "${args[@]}" "$(printf '%q ' "$@")" >/dev/null 2>&1
    local mean stddev
    read -r mean stddev < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"], r["stddev"] or 0)' "$json")
    local mem="n/a"
    if [ "$HAVE_TIME" = 1 ]; then
        [ -n "$prepare" ] && bash -c "$prepare"
        mem=$( (/usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt") || true; awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
    fi
    printf '%s\t%s\t%s\t%s\n' "$items" "$name" "$mean" "$mem" >>"$RESULTS"
    ROWS+=("$(printf '| %s | %s | %.4f ± %.4f | %s |' "$items" "$name" "$mean" "$stddev" "$mem")")
}

for n in "${SIZES[@]}"; do
    plan=$WORK/plan-$n
    log "generating $n items"
    "$GEN" --items "$n" --units "$UNITS" --out "$plan" --taskwarrior "$WORK/tasks-$n.json"
    measure "intplan check" "$n" "" "$BIN" -p "$plan" check --as-of "$AS_OF" --format json
    measure "intplan status" "$n" "" "$BIN" -p "$plan" status --as-of "$AS_OF"
    measure "intplan overdue" "$n" "" "$BIN" -p "$plan" overdue --as-of "$AS_OF"
    copy=$WORK/copy-$n
    measure "intplan item note (copy)" "$n" "rm -rf $copy && cp -r $plan $copy" \
        "$BIN" -p "$copy" item note 1a-1 "Benchmark note." --as-of "$AS_OF"
    measure "intplan init (copy)" "$n" "rm -rf $copy && cp -r $plan $copy" \
        "$BIN" -p "$copy" init --year 2027-28 --as-of "$AS_OF"
    rm -rf "$copy"
    old=$WORK/old-$n
    cp -r "$plan" "$old"
    measure "intplan diff OLD_DIR" "$n" "" "$BIN" -p "$plan" diff "$old" --as-of "$AS_OF"
    rm -rf "$old"
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
        rm -rf "$WORK/task-$n"
    fi
    rm -rf "$plan" "$WORK/tasks-$n.json"
done

# History: the same newest year with and without nine years before it.
history=$WORK/history
log "generating $HISTORY_YEARS years of $HISTORY_ITEMS items"
"$GEN" --items "$HISTORY_ITEMS" --units "$UNITS" --years $((HISTORY_YEARS - 1)) --out "$history"
single=$WORK/single
mkdir -p "$single" && cp -r "$history/strategy.toml" "$history/2026-27" "$single/"
measure "intplan overdue, 1 year" "$HISTORY_ITEMS" "" "$BIN" -p "$single" overdue --as-of "$AS_OF"
measure "intplan status, 1 year" "$HISTORY_ITEMS" "" "$BIN" -p "$single" status --as-of "$AS_OF"
measure "intplan check, 1 year" "$HISTORY_ITEMS" "" "$BIN" -p "$single" check --as-of "$AS_OF" --format json
measure "intplan overdue, $HISTORY_YEARS years" "$HISTORY_ITEMS" "" "$BIN" -p "$history" overdue --as-of "$AS_OF"
measure "intplan status, $HISTORY_YEARS years" "$HISTORY_ITEMS" "" "$BIN" -p "$history" status --as-of "$AS_OF"
measure "intplan check, $HISTORY_YEARS years" "$HISTORY_ITEMS" "" "$BIN" -p "$history" check --as-of "$AS_OF" --format json
rm -rf "$history" "$single"

# The shipped plan: every read command, as a student runs it.
read_commands=(status overdue upcoming week items "item show 1a-1" "export --format json" indicators)
for command in "${read_commands[@]}"; do
    # shellcheck disable=SC2086 # the command's words
    measure "intplan $command" shipped "" "$BIN" -p "$SHIPPED" $command --as-of "$AS_OF"
done

echo "| items | command | mean time, s (± σ) | peak memory, MB |"
echo "|---:|---|---:|---:|"
printf '%s\n' "${ROWS[@]}"
echo
python3 - "$RESULTS" "$HISTORY_ITEMS" "$HISTORY_YEARS" <<'EOF'
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
history_items, years = sys.argv[2], sys.argv[3]
time = {(items, name): float(mean) for items, name, mean, _ in rows}
mem = {(items, name): mem for items, name, _, mem in rows}


def t(items, name):
    return time.get((str(items), name))


targets = []


def target(case, goal, ratio, met, shown):
    if ratio is None:
        targets.append(f"| {case} | {goal} | not measured | - |")
    else:
        targets.append(f"| {case} | {goal} | {shown} | {'met' if met else 'missed'} |")


big = 100000
parse = t(big, "bare TOML parse (parse_only)")
for command in ("check", "overdue"):
    own = t(big, f"intplan {command}")
    ratio = own / parse if own and parse else None
    target(f"100,000 items, `{command}`", "<= 0.8 x bare parse", ratio,
           ratio is not None and ratio <= 0.8,
           ratio and f"{ratio:.2f} x ({own:.3f} s / {parse:.3f} s)")
for command in ("check", "overdue"):
    peak = mem.get((str(big), f"intplan {command}"))
    value = float(peak) if peak not in (None, "n/a") else None
    target(f"100,000 items, peak memory of `{command}`", "<= 120 MB", value,
           value is not None and value <= 120, value and f"{value:.0f} MB")
own, task = t(big, "intplan overdue"), t(big, "task overdue")
ratio = task / own if own and task else None
target("100,000 items, `overdue` vs `task overdue`", ">= 4x faster", ratio,
       ratio is not None and ratio >= 4,
       ratio and f"{ratio:.1f}x ({own:.3f} s / {task:.3f} s)")
for command in ("overdue", "status", "check"):
    one = t(history_items, f"intplan {command}, 1 year")
    many = t(history_items, f"intplan {command}, {years} years")
    ratio = many / one if one and many else None
    case = f"{years} years x {int(history_items):,} items, `{command}`"
    shown = ratio and f"{ratio:.2f} x ({many:.3f} s / {one:.3f} s)"
    if command == "overdue":
        target(case, "<= 1.2 x one year", ratio, ratio is not None and ratio <= 1.2, shown)
    else:
        # Not targets: `status` reads the earlier years' measurements, `check`
        # judges every year.
        targets.append(f"| {case} | (no target) | {shown or 'not measured'} | - |")
for command in ("diff OLD_DIR", "init (copy)"):
    small, large = t(10000, f"intplan {command}"), t(big, f"intplan {command}")
    ratio = large / small if small and large else None
    target(f"`{command.split(' (')[0]}`, 10,000 to 100,000 items", "<= 12 x the time", ratio,
           ratio is not None and ratio <= 12,
           ratio and f"{ratio:.1f} x ({small:.3f} s to {large:.3f} s)")
note, check = t(big, "intplan item note (copy)"), t(big, "intplan check")
ratio = note / check if note and check else None
target("100,000 items, `item note`", "<= 1.2 x `check`", ratio,
       ratio is not None and ratio <= 1.2,
       ratio and f"{ratio:.2f} x ({note:.3f} s / {check:.3f} s)")
shipped = {name: mean for (items, name), mean in time.items() if items == "shipped"}
if shipped:
    slowest = max(shipped, key=shipped.get)
    ms = shipped[slowest] * 1000
    target("shipped plan, every read command", "<= 5 ms", ms, ms <= 5,
           f"slowest {ms:.1f} ms (`{slowest.removeprefix('intplan ')}`)")
print("| case | target | measured | result |")
print("|---|---|---|---|")
print("\n".join(targets))
EOF
for s in "${SKIPS[@]+"${SKIPS[@]}"}"; do
    echo
    echo "$s"
done
