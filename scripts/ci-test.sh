#!/usr/bin/env bash
# `npm test`: every check the project has — typecheck (3 configs), lint, unit tests (Vitest), Python pipeline
# tests (pytest) and real-browser journeys — run to the end even when one fails, so a single run shows
# everything that is broken. Each stage's counts are summed; the last line is always `N passed, N failed`.
# Speed (2-core CI): pytest is single-threaded, so it runs in the background beside the single-threaded
# typecheck, lint and build stages; its output is printed whole when it ends. Vitest and the browser suite
# follow, each with the machine to itself. Chromium's install check runs first so two apt-gets never overlap.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT

# count <name> <counter> <status> <log>: adds the counts the stage's output shows.
# counter: "one" (a pass/fail check), "vitest", "pytest" or "closing" (reads a `N passed, N failed` line).
count() {
  local name="$1" kind="$2" status="$3" p=0 f=0 line
  local plain; plain="$(sed 's/\x1b\[[0-9;]*m//g' "$4")"
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
  echo "── $name: $p passed, $f failed (exit $status, ${5}s)"
}

# stage <name> <counter> <command...>: runs the command, streams its output, adds its counts.
stage() {
  local name="$1" kind="$2" log="$LOGS/stage.log" t0=$SECONDS; shift 2
  echo "── $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  count "$name" "$kind" "$status" "$log" $((SECONDS - t0))
}

# background <name> <command...>: starts the command with its output in a file; `collect` reports it later.
background() {
  local name="$1"; shift
  echo "── $name (in the background, output below when it ends): $*"
  ( t0=$SECONDS; "$@" >"$LOGS/$name.log" 2>&1; echo "$? $((SECONDS - t0))" >"$LOGS/$name.rc" ) &
  echo $! >"$LOGS/$name.pid"
}

# collect <name> <counter>: waits for a background stage, prints its output and adds its counts.
collect() {
  local name="$1" kind="$2" status seconds
  wait "$(cat "$LOGS/$name.pid")"
  read -r status seconds <"$LOGS/$name.rc" || { status=1; seconds=0; }
  echo "── $name: output"
  cat "$LOGS/$name.log"
  count "$name" "$kind" "$status" "$LOGS/$name.log" "$seconds"
}

stage "chromium" one bash scripts/install-chromium.sh
background "python tests" bash scripts/pytest.sh
stage "typecheck (page)" one npx tsc -p tsconfig.json --noEmit
stage "typecheck (workers)" one npx tsc -p src/workers/tsconfig.json --noEmit
stage "typecheck (node)" one npx tsc -p tsconfig.node.json --noEmit
stage "lint" one npx eslint --max-warnings 0 .
stage "build" one npx vite build
collect "python tests" pytest
stage "unit tests" vitest npx vitest run
stage "browser tests" closing node tests/browser/run.mjs

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
