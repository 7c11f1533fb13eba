// A hand-made layers/probe result: cnn (base) and p90 (pruned), a nested module tree with four tensors, module
// types as the graph gives them, and the paper's sparsity split (zero in both, zero only in this model).
import type { ModuleProbe, ProbeResult, TensorProbe, TensorStats } from '../../protocol/generated/contract';

export const BANDS = ['unchanged', '< 1%', '1–10%', '> 10%', 'zeroed'];

export function tensorStats(sparsity: number, relL2: number | null, changed: number, histogram: number[], changeHistograms: number[][] = []): TensorStats {
  return { sparsity, min: -1, max: 1, mean: 0.01, std: 0.5, histogram, relL2, changed, changeHistograms, nonFinite: 0 };
}

/** `stats` with its sparsity split: `both` of the values were zero in the base too, the rest of its zeros only here. */
const split = (stats: TensorStats, both: number): TensorStats => ({ ...stats, zeroInBoth: both, zeroOnlyHere: stats.sparsity - both });

function tensor(name: string, shape: number[], base: TensorStats, other: TensorStats | null): TensorProbe {
  return { name, module: name.slice(0, name.lastIndexOf('.')), shape, params: shape.reduce((a, b) => a * b, 1), binMin: -1, binMax: 1,
    models: [base, other as TensorStats] };
}

/** p90: its sparsity, relL2, changed fraction and, of its sparsity, the part zero in the base too. */
function module(name: string, parent: string | null, type: string | null, params: number,
  p90: [number, number | null, number, number] | null): ModuleProbe {
  // The base's zeros are all "in both": those p90 shares.
  const both = p90?.[3] ?? 0;
  const models = [{ sparsity: both, zeroInBoth: both, zeroOnlyHere: 0, relL2: 0, changed: 0 },
    p90 && { sparsity: p90[0], zeroInBoth: p90[3], zeroOnlyHere: p90[0] - p90[3], relL2: p90[1], changed: p90[2] }];
  return { name, parent, type, params, models: models as ModuleProbe['models'] };
}

export const PROBE: ProbeResult = {
  models: ['cnn', 'p90'],
  changeBands: BANDS,
  tensors: [
    tensor('features.0.weight', [8, 1, 3, 3], split(tensorStats(0.1, 0, 0, [2, 6, 10, 6, 2]), 0.1),
      split(tensorStats(0.9, 0.95, 0.9, [0, 1, 22, 1, 0], [[0, 1, 0, 1, 0], [0, 0, 0, 0, 0], [0, 0, 2, 0, 0], [0, 0, 0, 0, 0], [2, 5, 8, 5, 2]]), 0.1)),
    tensor('features.0.bias', [8], tensorStats(0, 0, 0, [0, 2, 4, 2, 0]), tensorStats(0, 0, 0, [0, 2, 4, 2, 0], [[0, 2, 4, 2, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])),
    tensor('features.3.weight', [16, 8, 3, 3], tensorStats(0, 0, 0, [100, 300, 352, 300, 100]),
      split(tensorStats(0.5, 0.4, 0.5, [0, 150, 752, 150, 0], [[50, 150, 176, 150, 50], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [50, 150, 176, 150, 50]]), 0)),
    tensor('classifier.weight', [10, 16], tensorStats(0, 0, 0, [10, 40, 60, 40, 10]), null),
  ],
  modules: [
    module('', null, null, 1392, [0.54, 0.5, 0.54, 0.02]),
    module('features', '', 'Sequential', 1232, [0.58, 0.45, 0.58, 0.03]),
    module('features.0', 'features', 'Conv', 80, [0.81, 0.9, 0.81, 0.4]),
    module('features.3', 'features', 'Conv', 1152, [0.5, 0.4, 0.5, 0]),
    module('classifier', '', 'Linear', 160, null),
  ],
  unmatched: [{ name: 'classifier.weight', model: 'p90', reason: 'missing in this model' }],
};

function output(name: string, module: string, base: TensorStats, other: TensorStats | null): TensorProbe {
  return { name, module, shape: [4, 8, 6, 6], params: 1152, binMin: 0, binMax: 4, models: [base, other as TensorStats] };
}

const relu = (sparsity: number) => tensorStats(sparsity, 0, 0, [5, 3, 2, 1, 1]);
const changed = (sparsity: number, relL2: number) => tensorStats(sparsity, relL2, 1, [4, 4, 2, 1, 1],
  [[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [2, 2, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0]]);

/**
 * PROBE with activations on four instances, in execution order: features.0 (conv), features.1 (ReLU, no
 * weights), features.2 (pool, no weights), features.3 (two outputs: conv, then its bias add), features.4
 * (ReLU, missing in p90), classifier. In p90, relL2 falls features.1 > features.2 > features.0 > features.3.
 */
export const PROBE_WITH_ACTIVATIONS: ProbeResult = {
  ...PROBE,
  activations: {
    instances: 4,
    instanceIndices: [0, 449, 898, 1347],
    outputs: [
      output('/features/features.0/Conv_output_0', 'features.0', relu(0), changed(0.1, 0.3)),
      output('/features/features.1/Relu_output_0', 'features.1', relu(0.5), changed(0.7, 0.6)),
      output('/features/features.2/MaxPool_output_0', 'features.2', relu(0.2), changed(0.4, 0.5)),
      output('/features/features.3/Conv_output_0', 'features.3', relu(0), changed(0.05, 0.9)),
      output('/features/features.3/Add_output_0', 'features.3', relu(0), changed(0.05, 0.2)),
      output('/features/features.4/Relu_output_0', 'features.4', relu(0.6), null),
      output('/classifier/Gemm_output_0', 'classifier', relu(0), changed(0, 0.8)),
    ],
    unmatched: [{ name: '/features/features.4/Relu_output_0', model: 'p90', reason: 'missing in this model' }],
  },
};
