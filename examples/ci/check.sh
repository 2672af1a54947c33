#!/bin/sh
# CI for a repository that holds a plan: fail the build when the plan is broken,
# and list what is overdue. Plain POSIX sh; needs `intplan` on PATH
# (cargo install --git <intplan repository URL>, or cargo install --path .).
#
#   INTPLAN_PLAN  the plan folder (default: plans)
#   STRICT=1      fail on warnings too (stale items, an old review)
# Further arguments go to both commands, e.g. `check.sh --as-of 2026-11-28`.
set -eu

plan="${INTPLAN_PLAN:-plans}"

if [ "${STRICT:-0}" = 1 ]; then
    intplan check --plan "$plan" --strict "$@"
else
    intplan check --plan "$plan" "$@"
fi

# A report, not a gate: overdue items do not fail the build. Add --exit-code to
# make them do so.
intplan overdue --plan "$plan" "$@"
