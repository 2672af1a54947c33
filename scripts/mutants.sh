#!/usr/bin/env bash
# Mutation testing of the rule modules with cargo-mutants: each mutant is a small
# change to the code (a `<` made `<=`, a match arm deleted, a function that
# returns a default); a mutant the tests do not notice is a rule no test holds.
#
#   scripts/mutants.sh [GROUP...]     groups: schedule check escapers write decode
#
# Scope (README, "Mutation testing"): the dates and health of src/schedule.rs
# (with Cadence::from_str), the rules of src/check.rs and src/check/, the
# escapers (Markdown, CSV, iCalendar, HTML text, GitHub annotations), the edit
# writer src/edit/write.rs and the decoding of dates and cadences (Ctx::date;
# decode::plan::cadence, where `every` becomes a cadence or a diagnostic, and
# kind_fits_cadence, which holds a cadence to the item's kind; with item and the
# title and groups it reads, as before they were split out of item;
# cargo-mutants 27 tries the "delete field" mutants of those files whatever --re
# says). Each group runs only the test binaries that cover it, and builds only
# those: with everything built, one mutant costs a rebuild of the crate and a few
# seconds of tests, so the whole run takes under 30 minutes on 2 cores (the first
# run also builds the dependencies once, about 3 minutes).
#
# The mutants are tried on a copy of the sources in target/mutants/src (never of
# target/), built into target/mutants/target, which later runs reuse; the working
# tree is never changed. Prints each group's survivors (missed mutants) and the
# totals: tried, caught, missed, unviable (does not build), timeouts. First the
# tests run once without a mutant (they must pass). A survivor
# that README explains as equivalent (the list below) is counted apart; any other
# survivor or a timeout makes the exit status 1. Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if ! cargo mutants --version >/dev/null 2>&1; then
    echo "mutants: installing cargo-mutants" >&2
    if ! cargo install --locked cargo-mutants >&2; then
        echo "skipped: cargo-mutants is not installed and cargo install --locked cargo-mutants failed"
        exit 0
    fi
fi

work=${INTPLAN_MUTANTS_DIR:-$root/target/mutants}
copy=$work/src
mkdir -p "$copy" "$work/out"
export CARGO_TARGET_DIR=$work/target
export RUST_BACKTRACE=0

# Mutants that cannot change what the program does, each with its reason in
# README ("Mutation testing"). Matched against cargo-mutants' names without the
# line and column, which move as the code around them changes.
equivalent=(
    # `i < lead` made `i <= lead`, for a space: the character at index lead is
    # never a space unless the text is all spaces, where every index is below it.
    '^src/render/markdown\.rs: replace < with <= in escape$'
    # Any error but NotFound from symlink_metadata taken for a new file: the same
    # error recurs when the temporary is created beside it, with the same message.
    '^src/edit/write\.rs: replace match guard e\.kind\(\) == io::ErrorKind::NotFound with true in resolve$'
)

# Brings the copy up to date with the working tree (tracked and new files, not
# ignored ones; symbolic links as links, since fixtures hold some that lead to
# /dev/zero or nowhere). Only what differs is written, with a new time, so cargo
# rebuilds exactly what changed and never trusts an older build of a mutant.
sync_copy() {
    local list=$work/files.txt f
    git ls-files -z --cached --others --exclude-standard >"$list"
    while IFS= read -r -d '' f; do
        if [ -L "$f" ]; then
            [ -L "$copy/$f" ] && [ "$(readlink "$f")" = "$(readlink "$copy/$f")" ] && continue
        elif [ -f "$f" ]; then
            [ ! -L "$copy/$f" ] && cmp -s "$f" "$copy/$f" 2>/dev/null && continue
        else
            continue
        fi
        mkdir -p "$copy/$(dirname "$f")"
        rm -rf "$copy/$f"
        cp -P "$f" "$copy/$f"
    done <"$list"
    (cd "$copy" && find . -path ./.git -prune -o \( -type f -o -type l \) -printf '%P\0') |
        while IFS= read -r -d '' f; do
            [ -e "$f" ] || [ -L "$f" ] || rm -f "$copy/$f"
        done
    # The copy is a repository top of its own, as a checkout is: paths that are
    # shown from the top of the repository (GitHub annotations) must not start
    # from the working tree around it.
    [ -d "$copy/.git" ] || git init -q "$copy"
}

# The test targets each group runs: `lib` (the unit tests) or an integration test.
targets_of() {
    case $1 in
        schedule) echo lib schedule_rules core_reports check ;;
        check) echo lib check council_check schedule_rules ;;
        escapers) echo lib escapers ecosystem ci ;;
        write) echo lib edit_files init ;;
        decode) echo lib check bad_inputs ;;
        *)
            echo "mutants: unknown group $1 (schedule, check, escapers, write, decode)" >&2
            exit 2
            ;;
    esac
}

# The tests must pass without any mutant, or every mutant would count as caught.
# One run of every target the groups use, instead of cargo-mutants' baseline per
# group.
baseline() {
    local args=() t
    for t in $(for g in "$@"; do targets_of "$g"; done | tr ' ' '\n' | sort -u); do
        if [ "$t" = lib ]; then args+=(--lib); else args+=("--test=$t"); fi
    done
    echo "== baseline: cargo test ${args[*]}"
    if ! (cd "$copy" && cargo test -q "${args[@]}" >"$work/baseline.log" 2>&1); then
        tail -40 "$work/baseline.log"
        echo "mutants: the tests fail without any mutant (log: $work/baseline.log); fix them first" >&2
        exit 1
    fi
}

# group name, then cargo-mutants' filters (-f FILE, --re, --exclude-re); the test
# targets come from targets_of.
run_group() {
    local name=$1
    shift
    local filters=("$@") targets=() t
    for t in $(targets_of "$name"); do
        if [ "$t" = lib ]; then
            targets+=(--cargo-arg=--lib)
        else
            targets+=("--cargo-arg=--test=$t")
        fi
    done
    echo "== $name (tests: $(targets_of "$name"))"
    rm -rf "$work/out/$name"
    local status=0
    (cd "$copy" && cargo mutants --in-place --no-config --baseline skip --timeout 120 \
        --output "$work/out/$name" "${filters[@]}" "${targets[@]}") || status=$?
    # cargo-mutants exits 2 for survivors, 3 for timeouts; 1 or 4 is a failure
    # of its own (bad arguments, the unmutated tree does not build).
    case $status in
        0 | 2 | 3) ;;
        *)
            echo "mutants: cargo mutants failed in group $name (exit $status)" >&2
            exit 1
            ;;
    esac
}

# The number of lines in one of cargo-mutants' lists (0 when it wrote none).
count() {
    if [ -f "$1" ]; then grep -c . "$1" || true; else echo 0; fi
}

is_equivalent() {
    local name=$1 re
    for re in "${equivalent[@]}"; do
        [[ $name =~ $re ]] && return 0
    done
    return 1
}

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(schedule check escapers write decode)
for g in "${groups[@]}"; do targets_of "$g" >/dev/null; done
sync_copy
baseline "${groups[@]}"
for g in "${groups[@]}"; do
    case $g in
        schedule) run_group schedule -f src/schedule.rs --exclude-re 'JsonSchema' ;;
        check) run_group check -f src/check.rs -f 'src/check/*.rs' ;;
        escapers)
            run_group escapers -f src/render/markdown.rs -f src/render/csv.rs \
                -f src/render/ics.rs -f src/render/html.rs -f src/diagnostic.rs \
                --re '(replace|in) (escape|list_marker|neutralise|text|escape_data|escape_property|write_github)( ->|$)'
            ;;
        write) run_group write -f src/edit/write.rs ;;
        decode)
            run_group decode -f src/decode/mod.rs -f src/decode/plan.rs \
                --re '::date\b' --re '\bin (item|title|kind_fits_cadence|groups)$' \
                --re '\breplace cadence -> '
            ;;
    esac
done

tried=0 caught=0 missed=0 unviable=0 timeouts=0 equiv=0
survivors=()
for g in "${groups[@]}"; do
    out=$work/out/$g/mutants.out
    c=$(count "$out/caught.txt") m=$(count "$out/missed.txt")
    u=$(count "$out/unviable.txt") t=$(count "$out/timeout.txt")
    caught=$((caught + c)) unviable=$((unviable + u)) timeouts=$((timeouts + t))
    tried=$((tried + c + m + u + t))
    if [ -f "$out/missed.txt" ]; then
        while IFS= read -r line; do
            [ -n "$line" ] || continue
            plain=$(sed -E 's/^([^:]+):[0-9]+:[0-9]+: /\1: /' <<<"$line")
            if is_equivalent "$plain"; then
                equiv=$((equiv + 1))
                echo "equivalent: $line"
            else
                missed=$((missed + 1))
                survivors+=("$line")
            fi
        done <"$out/missed.txt"
    fi
done
for s in "${survivors[@]}"; do
    echo "SURVIVED: $s"
done
echo "mutants: $((SECONDS / 60)) min $((SECONDS % 60)) s"
echo "mutants: $tried tried, $caught caught, $missed missed, $equiv equivalent (README), $unviable unviable, $timeouts timeouts"
[ "$missed" -eq 0 ] && [ "$timeouts" -eq 0 ]
