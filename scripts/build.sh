#!/usr/bin/env bash
# Builds everything the extension ships: the backend (framework-dependent, run by `dotnet`), the
# extension host and webview bundles, and the packaged VSIX at extension/compress-compare-0.1.0.vsix.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "build: backend → extension/dist/backend" >&2
rm -rf extension/dist/backend
dotnet publish backend -c Release -o extension/dist/backend --nologo -v quiet -p:GenerateDocumentationFile=false >&2
# libtorch (~500 MB) stays out of the extension: the panels' work (specs, ONNX, evaluation) needs none of it;
# training and compression run through the CLI from a checkout (`dotnet run --project backend -- compress|demo`).
(cd extension/dist/backend && rm -f libtorch*.so libc10*.so libgomp-*.so* libshm.so libjitbackend_test.so \
  libbackend_with_compiler.so libnnapi_backend.so libaoti_custom_ops.so libtorchbind_test.so libLibTorchSharp.so onnxruntime.dll)

echo "build: extension host, webviews, unit tests" >&2
(cd extension && node build.mjs >&2)

echo "build: extension/compress-compare-0.1.0.vsix" >&2
(cd extension && npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license \
  -o compress-compare-0.1.0.vsix >&2)
