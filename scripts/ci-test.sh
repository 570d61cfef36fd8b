#!/usr/bin/env bash
# `npm test`: every check the project has, in order — typecheck (3 configs), lint, unit tests (Vitest), Python
# pipeline tests (pytest) and real-browser journeys — run to the end even when one fails, so a single run shows
# everything that is broken. Each stage's counts are summed; the last line is always `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

# stage <name> <counter> <command...>: runs the command, streams its output, adds its counts.
# counter: "one" (a pass/fail check), "vitest", "pytest" or "closing" (reads a `N passed, N failed` line).
stage() {
  local name="$1" kind="$2"; shift 2
  echo "── $name: $*"
  "$@" 2>&1 | tee "$LOG"
  local status=${PIPESTATUS[0]} p=0 f=0 line
  local plain; plain="$(sed 's/\x1b\[[0-9;]*m//g' "$LOG")"
  case "$kind" in
    vitest)
      line="$(grep -E '^ *Tests +[0-9]' <<<"$plain" | tail -1)"
      p="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || true)"
      f="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || true)" ;;
    pytest)
      line="$(grep -E '[0-9]+ (passed|failed|error)' <<<"$plain" | tail -1)"
      p="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || true)"
      f="$(( $(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0) + $(grep -oE '[0-9]+ errors?' <<<"$line" | grep -oE '[0-9]+' || echo 0) ))" ;;
    closing)
      line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' <<<"$plain" | tail -1)"
      p="$(cut -d' ' -f1 <<<"$line")"
      f="$(cut -d' ' -f3 <<<"$line")" ;;
    *) if [ "$status" = 0 ]; then p=1; else f=1; fi ;;
  esac
  p="${p:-0}"; f="${f:-0}"
  # A failing command whose output showed no failure (crash, build error) still counts as one failure.
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "── $name: $p passed, $f failed (exit $status)"
}

stage "typecheck (page)" one npx tsc -p tsconfig.json --noEmit
stage "typecheck (workers)" one npx tsc -p src/workers/tsconfig.json --noEmit
stage "typecheck (node)" one npx tsc -p tsconfig.node.json --noEmit
stage "lint" one npx eslint --max-warnings 0 .
stage "unit tests" vitest npx vitest run
stage "python tests" pytest bash scripts/pytest.sh
stage "chromium" one bash scripts/install-chromium.sh
stage "build" one npx vite build
stage "browser tests" closing node tests/browser/run.mjs

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
