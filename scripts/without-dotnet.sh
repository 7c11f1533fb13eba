#!/usr/bin/env bash
# Runs a command on a PATH with no `dotnet`, so what it starts can only use the packaged, self-contained backend
# (scripts/test.sh runs the end-to-end suite this way). Each PATH folder holding dotnet is replaced by a temporary
# folder of links to everything else in it (Debian puts dotnet in /usr/bin, beside node and chromium).
# CC_DOTNET keeps the real one for test fixtures that need the checkout's CLI (training the demo needs libtorch).
# Usage: bash scripts/without-dotnet.sh COMMAND [ARG…]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bash scripts/without-dotnet.sh COMMAND [ARG…]" >&2; exit 2; }
if dotnet=$(command -v dotnet); then export CC_DOTNET="${CC_DOTNET:-$dotnet}"; fi
shadows=()
orig_path=$PATH
trap 'for s in "${shadows[@]}"; do PATH=$orig_path rm -rf "$s"; done' EXIT
new_path=()
IFS=: read -ra dirs <<< "$PATH"
for dir in "${dirs[@]}"; do
  if [ -n "$dir" ] && [ -e "$dir/dotnet" ]; then
    shadow=$(mktemp -d "${TMPDIR:-/tmp}/cc-path-without-dotnet.XXXXXX")
    shadows+=("$shadow")
    for f in "$dir"/* "$dir"/.[!.]*; do
      [ -e "$f" ] || [ -L "$f" ] || continue
      [ "$(basename "$f")" = dotnet ] || ln -s "$f" "$shadow/"
    done
    new_path+=("$shadow")
  else
    new_path+=("$dir")
  fi
done
PATH=$(IFS=:; echo "${new_path[*]}")
export PATH
if command -v dotnet >/dev/null; then
  echo "without-dotnet: dotnet is still on PATH ($(command -v dotnet))" >&2
  exit 1
fi
unset DOTNET_ROOT
"$@"
