#!/usr/bin/env bash
# Every test of the project: lint, type check, then the whole vitest suite under three time zones
# (a date must never slip by a day). The last line is "N passed, N failed" over all runs.
set -uo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund

failed_steps=0
echo "== lint (biome)"
npx biome check . || failed_steps=$((failed_steps + 1))
echo "== typecheck (tsc)"
npx tsc --noEmit -p tsconfig.json || failed_steps=$((failed_steps + 1))
npx tsc --noEmit -p tsconfig.node.json || failed_steps=$((failed_steps + 1))

mkdir -p .test-results
passed=0
failed=0
for tz in Asia/Tokyo UTC America/Los_Angeles; do
  echo "== vitest (TZ=$tz)"
  out=".test-results/vitest-${tz//\//_}.json"
  rm -f "$out"
  TZ="$tz" npx vitest run --reporter=default --reporter=json --outputFile.json="$out"
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
