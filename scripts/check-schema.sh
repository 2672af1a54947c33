#!/bin/sh
# Validates plan files with taplo (a real JSON Schema client, the one behind the
# Even Better TOML editor extension) against the shipped schemas in schemas/:
#   1. every file in plans/ and examples/minimal/ must pass;
#   2. every typed mistake in tests/fixtures/eco/typed/ (a line whose comment
#      starts with "# schema") must draw a taplo error on its line;
#   3. in examples/broken/, taplo must reject each file in which intplan finds
#      an unknown key or a TOML syntax error, and may reject only files in which
#      intplan finds a mistake of shape (the schema is never stricter than check).
# Not part of .ci/run: installing taplo-cli from source takes ~12 minutes on two
# cores. Usage: scripts/check-schema.sh [--install]
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--install" ]; then
    cargo install taplo-cli --locked
fi
if ! command -v taplo >/dev/null 2>&1; then
    echo "skipped: taplo not installed (cargo install taplo-cli takes ~10 min on 2 cores)"
    exit 0
fi

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# The schema a file of a plan folder follows, by its name.
schema_of() {
    case "$1" in
        */strategy.toml) echo "schemas/strategy.schema.json" ;;
        */plan.toml) echo "schemas/plan.schema.json" ;;
        */measurements.toml) echo "schemas/measurements.schema.json" ;;
        *) echo "schemas/unit.schema.json" ;;
    esac
}

# Runs taplo on one file; prints its findings, and fails when the file is invalid.
taplo_check() {
    taplo check --no-auto-config --schema "file://$PWD/$(schema_of "$1")" "$1" 2>&1 |
        grep -v ' INFO ' || true
    taplo check --no-auto-config --schema "file://$PWD/$(schema_of "$1")" "$1" >/dev/null 2>&1
}

toml_files() {
    find "$1" -type f -name '*.toml' | sort
}

echo "== valid plans must pass"
for dir in plans examples/minimal; do
    for f in $(toml_files "$dir"); do
        if out=$(taplo_check "$f"); then
            echo "ok: $f"
        else
            fail "$f is valid but taplo rejects it:"
            echo "$out"
        fi
    done
done

echo "== typed mistakes must be caught, each on its line"
for f in $(toml_files tests/fixtures/eco/typed); do
    if out=$(taplo_check "$f"); then
        fail "$f: taplo accepts a file of typed mistakes"
        continue
    fi
    for line in $(grep -n '^[^#].*# schema' "$f" | cut -d: -f1); do
        if echo "$out" | grep -q "$f:$line:"; then
            echo "ok: $f:$line rejected"
        else
            fail "$f:$line: taplo misses this mistake"
        fi
    done
done

echo "== examples/broken: rejected where check finds a typed mistake"
if [ ! -d examples/broken ]; then
    echo "skipped: examples/broken/ does not exist"
else
    if [ -z "${INTPLAN:-}" ]; then
        cargo build --quiet
        INTPLAN=target/debug/intplan
    fi
    found=$("$INTPLAN" check -p examples/broken --as-of 2026-11-28 --format github || true)
    rejected=0
    for f in $(toml_files examples/broken); do
        mine=$(echo "$found" | grep -F "file=$f," || true)
        shape=$(echo "$mine" | grep -E 'title=(toml-syntax|unknown-field|missing-field|invalid-value)::' || true)
        typed=$(echo "$mine" | grep -E 'title=(toml-syntax|unknown-field)::' || true)
        if taplo_check "$f" >/dev/null; then
            if [ -n "$typed" ]; then
                fail "$f: intplan finds an unknown key or bad TOML, taplo accepts it"
            else
                echo "ok: $f accepted (no typed mistake in it)"
            fi
        else
            rejected=$((rejected + 1))
            if [ -n "$shape" ]; then
                echo "ok: $f rejected"
            else
                fail "$f: taplo rejects a file whose shape intplan accepts"
            fi
        fi
    done
    [ "$rejected" -gt 0 ] || fail "examples/broken: taplo rejected nothing"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all schema checks passed"
