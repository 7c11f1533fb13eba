#!/usr/bin/env bash
# Builds Compress & Compare and opens the demo workspace in VS Code in the browser (code-server).
#   scripts/demo.sh            → http://127.0.0.1:8080/...
#   PORT=9000 scripts/demo.sh  → another port
# The demo runs on a copy of demo/ in .demo-workspace/ (made once), so edits never touch the repo;
# delete .demo-workspace/ to start over. Ctrl+C stops it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
VSIX="$ROOT/extension/compress-compare-0.1.0.vsix"
WORKSPACE="$ROOT/.demo-workspace"

log() { printf 'demo: %s\n' "$*" >&2; }

bash "$ROOT/scripts/setup.sh"
log "building (scripts/build.sh)"
bash "$ROOT/scripts/build.sh"
[ -f "$VSIX" ] || { log "error: $VSIX was not built"; exit 1; }

if [ ! -d "$WORKSPACE" ]; then
  [ -d "$ROOT/demo" ] || { log "error: demo/ is missing"; exit 1; }
  log "copying demo/ to .demo-workspace/"
  cp -R "$ROOT/demo" "$WORKSPACE.tmp.$$"
  mv "$WORKSPACE.tmp.$$" "$WORKSPACE"
else
  log "reusing .demo-workspace/ (delete it to start from demo/ again)"
fi

# Unset PORT for the child: code-server itself would read it. launch.mjs scrubs it anyway.
exec env -u PORT node "$ROOT/tools/code-server/launch.mjs" --workspace "$WORKSPACE" --vsix "$VSIX" --port "$PORT"
