#!/usr/bin/env bash
# Checks the HTML pages of the shipped plan (export, week, followup) and of two
# hostile plans: the W3C Nu HTML
# checker (vnu, from the npm package vnu-jar, run with Java) must find zero errors,
# and headless Chromium renders each page to a PNG a person can look at. A tool that
# cannot be installed is reported as `skipped: <why>` (exit 0); a failed check exits
# non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${INTPLAN_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/intplan-check-html}"
out="${1:-target/check-html}"
mkdir -p "$cache" "$out"

cargo build --quiet
for lang in en sv; do
  ./target/debug/intplan --plan plans --as-of 2026-11-28 --lang "$lang" \
    export --format html -o "$out/plan-$lang.html"
  ./target/debug/intplan --plan plans --as-of 2026-11-28 --lang "$lang" \
    week --format html > "$out/week-$lang.html"
  ./target/debug/intplan --plan plans --as-of 2026-11-28 --lang "$lang" \
    followup --format html > "$out/followup-$lang.html"
done
# Two hostile plans (escape sequences, a bidi override in titles): their hidden
# characters must be written out, or the checker refuses the control characters.
for bad in title-with-terminal-escapes title-with-trojan-source; do
  ./target/debug/intplan --plan "tests/fixtures/bad/$bad" --as-of 2026-11-28 \
    export --format html -o "$out/$bad.html"
done
pages=("$out"/plan-en.html "$out"/plan-sv.html "$out"/week-en.html "$out"/week-sv.html
  "$out"/followup-en.html "$out"/followup-sv.html
  "$out"/title-with-terminal-escapes.html "$out"/title-with-trojan-source.html)

# 1. vnu
java=$(command -v java || true)
if [ -z "$java" ]; then
  echo "skipped: vnu (no java on PATH)"
else
  jar="$cache/node_modules/vnu-jar/build/dist/vnu.jar"
  if [ ! -f "$jar" ]; then
    if ! command -v npm >/dev/null; then
      echo "skipped: vnu (npm is not installed)"
      jar=""
    elif ! npm install --silent --no-audit --no-fund --prefix "$cache" vnu-jar >/dev/null 2>&1; then
      echo "skipped: vnu (npm install vnu-jar failed)"
      jar=""
    fi
  fi
  if [ -n "$jar" ]; then
    "$java" -jar "$jar" --errors-only "${pages[@]}"
    echo "vnu: no errors in ${pages[*]}"
  fi
fi

# 2. headless Chromium screenshot
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
  chromium=$(command -v chromium || true)
fi
if [ -z "$chromium" ]; then
  echo "skipped: screenshot (chromium is not installed and could not be installed)"
  exit 0
fi
for page in "${pages[@]}"; do
  png="${page%.html}.png"
  profile=$(mktemp -d)
  rm -f "$png"
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$png" --window-size=1200,2000 \
    "file://$(realpath "$page")" >/dev/null 2>&1 || true
  rm -rf "$profile"
  if [ ! -s "$png" ]; then
    echo "error: chromium did not render $page" >&2
    exit 1
  fi
  echo "screenshot: $png"
done
