#!/bin/sh
# CI for a repository that holds a plan, for any CI that runs a shell: check the
# plan (the gate), then list what is overdue (a report). Needs `intplan` on PATH.
#
# Usage: check.sh [--plan DIR] [--as-of YYYY-MM-DD] [--strict] [--format FORMAT]
#                 [--overdue list|fail|skip]
#
#   --plan DIR          the plan folder (default: $INTPLAN_PLAN, else plans)
#   --as-of DATE        compute both for DATE instead of today
#   --strict            check fails on warnings too (stale items, an old review)
#   --format FORMAT     how check reports: human (default), github (annotations)
#                       or json (exactly one JSON document on stdout; the overdue
#                       list is then skipped, so stdout stays one document)
#   --overdue list      print the overdue items as a table (the default)
#   --overdue fail      print them and fail (exit 1) when there are any
#   --overdue skip      only check
#
# Exit code: check's when it fails (1 errors, 2 unreadable), else overdue's.
set -eu

usage() {
    sed -n '5,17s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

format=human
overdue=list
strict=""
as_of=""
while [ $# -gt 0 ]; do
    case "$1" in
        --strict) strict=--strict; shift; continue ;;
        --plan | --as-of | --format | --overdue) [ $# -ge 2 ] || usage ;;
        *) echo "check.sh: unknown option $1" >&2; usage ;;
    esac
    case "$1" in
        --plan) INTPLAN_PLAN=$2; export INTPLAN_PLAN ;;
        --as-of) as_of="--as-of $2" ;;
        --format) format=$2 ;;
        --overdue) overdue=$2 ;;
    esac
    shift 2
done
case "$format" in human | github | json) ;; *) usage ;; esac
case "$overdue" in list | fail | skip) ;; *) usage ;; esac
[ "$format" = json ] && overdue=skip

# shellcheck disable=SC2086 # $strict and $as_of are zero or more whole words
intplan check --format "$format" $strict $as_of || exit $?

# shellcheck disable=SC2086
case "$overdue" in
    list) intplan overdue $as_of ;;
    fail) intplan overdue --exit-code $as_of ;;
    skip) ;;
esac
