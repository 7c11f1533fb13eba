#!/usr/bin/env bash
# Benchmark of the demo build: time to train, to compress each model, to measure (export + ONNX Runtime
# evaluation + latency), and the peak memory, from one run. Usage: bench/demo.sh [digits|fashion-mnist] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
dataset="${1:-digits}"; seed="${2:-1}"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
dotnet build backend -c Release --nologo -v quiet >&2
dotnet run --project backend -c Release --no-build -- demo "$folder/demo" --dataset "$dataset" --seed "$seed" 2>/dev/null |
  node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const per = Object.entries(r.compressSecondsByModel).sort((a, b) => b[1] - a[1]);
    console.log(JSON.stringify({
      dataset: process.argv[1], models: r.models,
      trainSeconds: +r.trainSeconds.toFixed(2), compressSeconds: +r.compressSeconds.toFixed(2),
      measureSeconds: +r.measureSeconds.toFixed(2), totalSeconds: +r.totalSeconds.toFixed(2),
      trainShareOfTotal: +(r.trainSeconds / r.totalSeconds).toFixed(3),
      measureSecondsPerModel: +(r.measureSeconds / r.models).toFixed(3),
      slowestOperations: Object.fromEntries(per.slice(0, 5).map(([k, v]) => [k, +v.toFixed(3)])),
      peakWorkingSetMiB: Math.round(r.peakWorkingSetBytes / 1048576),
    }, null, 2));' "$dataset"
