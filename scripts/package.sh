#!/usr/bin/env bash
# Builds one VSIX per platform into packages/ (README "Packages"): compress-compare-<target>-<version>.vsix, each with
# a self-contained backend for that platform (no .NET install needed), its ONNX Runtime library, and nothing the
# packaged backend never loads (backend/ExtensionPackage.targets lists what is left out and why).
# Usage: bash scripts/package.sh [target…]   (targets: linux-x64 linux-arm64 win32-x64 darwin-arm64, or `host` for
# this machine's; default all). Leaves extension/dist/backend holding this machine's backend whenever one was
# published (now or earlier), so the extension and the node tests run the packaged backend from a checkout too.
set -euo pipefail
cd "$(dirname "$0")/.."

# VS Code's target → .NET's runtime identifier. darwin-x64 is not offered: ONNX Runtime 1.31.1, the backend's, ships no
# Intel macOS library (its NuGet package holds runtimes/osx-arm64 only), and the backend cannot evaluate without one.
declare -A RID=([linux-x64]=linux-x64 [linux-arm64]=linux-arm64 [win32-x64]=win-x64 [darwin-arm64]=osx-arm64)
all=(linux-x64 linux-arm64 win32-x64 darwin-arm64)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) host=linux-x64 ;; Linux-aarch64) host=linux-arm64 ;; Darwin-arm64) host=darwin-arm64 ;; *) host= ;;
esac
targets=()
for t in "$@"; do
  if [ "$t" = host ]; then
    [ -n "$host" ] || { echo "package: no package exists for this machine ($(uname -s) $(uname -m)); the targets are: ${all[*]}" >&2; exit 2; }
    t=$host
  fi
  targets+=("$t")
done
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for t in "${targets[@]}"; do
  if [ -z "${RID[$t]:-}" ]; then
    if [ "$t" = darwin-x64 ]; then
      echo "package: darwin-x64 cannot be built: ONNX Runtime 1.31.1 ships no Intel macOS library. Intel Macs can run a backend built from a checkout (compressCompare.backend.path)." >&2
    else
      echo "package: unknown target '$t'; the targets are: ${all[*]}" >&2
    fi
    exit 2
  fi
done

# This machine's target goes last, so extension/dist/backend ends up holding a backend that runs here.
ordered=()
for t in "${targets[@]}"; do [ "$t" != "$host" ] && ordered+=("$t"); done
for t in "${targets[@]}"; do [ "$t" = "$host" ] && ordered+=("$t") && break; done

version=$(node -p 'require("./extension/package.json").version')
out=packages
mkdir -p "$out"

echo "package: extension host and webview bundles" >&2
(cd extension && node build.mjs >&2)

# One restore for every RID (backend/ExtensionPackage.targets lists them); each publish below reuses it.
echo "package: restore the self-contained backend's packages" >&2
dotnet restore backend -p:ExtensionPackage=true --nologo -v quiet >&2

bundle() { # $1 = target, $2 = its published backend: becomes extension/dist/backend
  rm -rf extension/dist/backend
  cp -a "$2" extension/dist/backend
  # The extension compares this with the platform it runs on (extension/src/backend/backendLocator.ts).
  printf '{ "target": "%s", "version": "%s" }\n' "$1" "$version" > extension/dist/backend/target.json
}

for t in "${ordered[@]}"; do
  rid=${RID[$t]}
  staging=backend/bin/package/publish/$rid
  echo "package: backend for $rid → $out/compress-compare-$t-$version.vsix" >&2
  rm -rf "$staging"
  dotnet publish backend -c Release -r "$rid" --no-restore -p:ExtensionPackage=true -o "$staging" --nologo -v quiet >&2
  bundle "$t" "$staging"
  (cd extension && npx --no-install vsce package --no-dependencies --target "$t" -o "../$out/compress-compare-$t-$version.vsix" >&2)
done

# Packaging only other platforms left one of theirs in extension/dist/backend: put back this machine's, if published.
last=${ordered[${#ordered[@]}-1]}
if [ -n "$host" ] && [ "$last" != "$host" ] && [ -d "backend/bin/package/publish/${RID[$host]}" ]; then
  bundle "$host" "backend/bin/package/publish/${RID[$host]}"
fi

ls -l "$out"/compress-compare-*-"$version".vsix >&2
