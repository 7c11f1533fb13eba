#!/usr/bin/env bash
# Builds Compress & Compare and opens the demo workspace in VS Code in the browser (code-server).
#   scripts/demo.sh            → http://127.0.0.1:8080/...
#   PORT=9000 scripts/demo.sh  → another port
# The demo workspace is generated once into .demo-workspace/ (ignored by git), so edits never touch the
# repo; delete it to start over. Ctrl+C stops it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
# This machine's package, as scripts/build.sh names it (scripts/package.sh).
VSIX=$(node -p "require('path').join('$ROOT', 'packages', 'compress-compare-' + process.platform + '-' + process.arch + '-' + require('$ROOT/extension/package.json').version + '.vsix')")
# DEMO_DATASET=fashion-mnist builds the larger demo (needs Debian's dataset-fashion-mnist package).
DATASET="${DEMO_DATASET:-digits}"
WORKSPACE="$ROOT/.demo-workspace"
[ "$DATASET" = digits ] || WORKSPACE="$ROOT/.demo-workspace-$DATASET"

log() { printf 'demo: %s\n' "$*" >&2; }

bash "$ROOT/scripts/setup.sh"
log "building (scripts/build.sh)"
bash "$ROOT/scripts/build.sh"
[ -f "$VSIX" ] || { log "error: $VSIX was not built"; exit 1; }

if [ ! -f "$WORKSPACE/models.json" ]; then
  # Generated, not copied: a CNN and an MLP trained on the bundled digits, then 31 compressed models,
  # every metric measured from the exported .onnx file (about 20 s). DEMO_SEED picks another tree.
  log "generating the $DATASET demo into ${WORKSPACE#$ROOT/}/ (train, compress, export, measure)"
  rm -rf "$WORKSPACE.tmp.$$"
  dotnet run --project "$ROOT/backend" -c Release -- demo "$WORKSPACE.tmp.$$" --dataset "$DATASET" --seed "${DEMO_SEED:-1}" >/dev/null
  rm -rf "$WORKSPACE"
  mv "$WORKSPACE.tmp.$$" "$WORKSPACE"
else
  log "reusing ${WORKSPACE#$ROOT/}/ (delete it to generate the demo again)"
fi

# Unset PORT for the child: code-server itself would read it. launch.mjs scrubs it anyway.
exec env -u PORT node "$ROOT/tools/code-server/launch.mjs" --workspace "$WORKSPACE" --vsix "$VSIX" --port "$PORT"
