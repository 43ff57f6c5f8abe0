#!/usr/bin/env bash
# Every test of the project: lint, type check, the whole vitest suite once (TZ=Asia/Tokyo), then the
# zone-dependent tests (tests/zone-dependent.json) again under UTC and America/Los_Angeles, so a date can
# never slip by a day. The last line is "N passed, N failed" over all runs.
set -uo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
# Chromium, LibreOffice, poppler, Japanese fonts: installed when we may (root or sudo without a
# password, as .ci/run does), else one line saying what is missing
bash scripts/install-system-deps.sh || true

failed_steps=0
echo "== lint (biome)"
npx biome check . || failed_steps=$((failed_steps + 1))
echo "== typecheck (tsc)"
npx tsc --noEmit -p tsconfig.json || failed_steps=$((failed_steps + 1))
npx tsc --noEmit -p tsconfig.node.json || failed_steps=$((failed_steps + 1))

mkdir -p .test-results
mapfile -t zone_tests < <(node -e "for (const t of require('./tests/zone-dependent.json').tests) console.log(t)")
passed=0
failed=0
for tz in Asia/Tokyo UTC America/Los_Angeles; do
  out=".test-results/vitest-${tz//\//_}.json"
  rm -f "$out"
  if [ "$tz" = Asia/Tokyo ]; then
    echo "== vitest, every test (TZ=$tz)"
    TZ="$tz" npx vitest run --reporter=default --reporter=json --outputFile.json="$out"
  else
    echo "== vitest, the ${#zone_tests[@]} zone-dependent test files (TZ=$tz)"
    TZ="$tz" npx vitest run --reporter=default --reporter=json --outputFile.json="$out" "${zone_tests[@]}"
  fi
  if [ -f "$out" ]; then
    p=$(node -e "console.log(require('./$out').numPassedTests)")
    f=$(node -e "const r=require('./$out'); console.log(r.numFailedTests + (r.numFailedTestSuites||0))")
  else
    p=0
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
done
failed=$((failed + failed_steps))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
