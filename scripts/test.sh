#!/usr/bin/env bash
# Runs every test: backend (xunit), extension and webview unit tests plus the backend through the real
# JSON-RPC client (node:test), type checks, the import-layering lint, the C# format check, the CLI on the Fashion-MNIST demo,
# every platform's VSIX (its contents), and end-to-end tests in code-server + headless Chromium against this machine's VSIX
# with no `dotnet` on PATH, so the packaged self-contained backend is what runs.
# Installs what a clean machine lacks first (scripts/setup.sh). Ends with one line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/out
log=tests/out/test-run.log
: > "$log"
passed=0; failed=0; broken=()

count() { # $1 = runner output file; adds its pass/fail counts to the totals
  local p f
  p=$(grep -hoE '^# pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -hoE '^# fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  local dp df
  dp=$(grep -hoE 'Passed: +[0-9]+' "$1" | awk '{s+=$2} END {print s+0}')
  df=$(grep -hoE 'Failed: +[0-9]+' "$1" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + p + dp)); failed=$((failed + f + df))
}

step() { # $1 = name, rest = command; output goes to the terminal and to the log
  local name=$1; shift
  echo "── $name" | tee -a "$log"
  local out; out=$(mktemp)
  if "$@" 2>&1 | tee "$out" | tee -a "$log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then :; else broken+=("$name"); fi
  count "$out"; rm -f "$out"
}

set -e
bash scripts/setup.sh
bash scripts/build.sh
# The other platforms' packages, for the contents check (build.sh made this machine's; one restore serves all).
bash scripts/package.sh linux-arm64 win32-x64 darwin-arm64
set +e

step "backend (xunit)" dotnet test tests/Backend.Tests -c Release --nologo --logger "console;verbosity=minimal"
step "type check (host, webviews, their tests)" bash -c 'cd extension && npx --no-install tsc -b tsconfig.json'
step "lint (host and webview code import only what their side may)" bash -c 'cd extension && npm run --silent lint'
step "C# format (dotnet format --verify-no-changes, rules from .editorconfig)" bash -c 'for p in backend/CompressCompare.Backend.csproj protocol/CompressCompare.Protocol.csproj tests/Backend.Tests/Backend.Tests.csproj; do dotnet format "$p" --no-restore --verify-no-changes -v q || exit 1; done'
step "extension + webview unit tests, backend over JSON-RPC (node:test)" node --test --test-reporter=tap extension/dist/tests/
step "CLI: Fashion-MNIST demo, summarize, compress (node:test)" node --test --test-reporter=tap tests/cli/
# A new seed each run (printed, and in the JSON), so ten runs fuzz ten different input sets; FUZZ_SEED=N repeats one.
fuzz_seed=${FUZZ_SEED:-$(date +%s)}
echo "fuzz seed: $fuzz_seed (rerun with FUZZ_SEED=$fuzz_seed bash scripts/test.sh)"
step "fuzz: 10,000 spec and 2,000 model-file mutations (seed $fuzz_seed)" dotnet run --project backend -c Release -- fuzz --seed "$fuzz_seed"
step "packages: each platform's VSIX holds its backend and ONNX Runtime, nothing unused (node:test)" node --test --test-reporter=tap tests/package/
step "end-to-end in code-server + Chromium, the linux-x64 VSIX, no dotnet on PATH (node:test)" bash scripts/without-dotnet.sh node --test --test-reporter=tap --test-concurrency=1 tests/e2e/

echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "failed steps: ${broken[*]}"
  [ "$failed" -eq 0 ] && failed=${#broken[@]}
fi
echo "$passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
