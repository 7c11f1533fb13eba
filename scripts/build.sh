#!/usr/bin/env bash
# Builds what a checkout runs: the backend's Release build (the CLI: `dotnet run --project backend -c Release
# --no-build`, with libtorch for training and compression), then this machine's package through scripts/package.sh:
# packages/compress-compare-<target>-<version>.vsix, whose self-contained backend also stays in extension/dist/backend
# for the node tests. `bash scripts/package.sh` builds the packages of every platform.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "build: backend (Release, the CLI from a checkout)" >&2
dotnet build backend -c Release --nologo -v quiet -p:GenerateDocumentationFile=false >&2

echo "build: this machine's package" >&2
bash scripts/package.sh host
