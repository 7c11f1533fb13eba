// A hand-made layers/probe result: cnn (base) and p90 (pruned), a nested module tree with four tensors.
import type { ModuleProbe, ProbeResult, TensorProbe, TensorStats } from '../../protocol/generated/contract';

export const BANDS = ['unchanged', '< 1%', '1–10%', '> 10%', 'zeroed'];

export function tensorStats(sparsity: number, relL2: number | null, changed: number, histogram: number[], changeHistograms: number[][] = []): TensorStats {
  return { sparsity, min: -1, max: 1, mean: 0.01, std: 0.5, histogram, relL2, changed, changeHistograms };
}

function tensor(name: string, shape: number[], base: TensorStats, other: TensorStats | null): TensorProbe {
  return { name, module: name.slice(0, name.lastIndexOf('.')), shape, params: shape.reduce((a, b) => a * b, 1), binMin: -1, binMax: 1,
    models: [base, other as TensorStats] };
}

function module(name: string, parent: string | null, params: number, p90: [number, number | null, number] | null): ModuleProbe {
  return { name, parent, params, models: [{ sparsity: 0, relL2: 0, changed: 0 }, p90 && { sparsity: p90[0], relL2: p90[1], changed: p90[2] }] as ModuleProbe['models'] };
}

export const PROBE: ProbeResult = {
  models: ['cnn', 'p90'],
  changeBands: BANDS,
  tensors: [
    tensor('features.0.weight', [8, 1, 3, 3], tensorStats(0, 0, 0, [2, 6, 10, 6, 2]),
      tensorStats(0.9, 0.95, 0.9, [0, 1, 22, 1, 0], [[0, 1, 0, 1, 0], [0, 0, 0, 0, 0], [0, 0, 2, 0, 0], [0, 0, 0, 0, 0], [2, 5, 8, 5, 2]])),
    tensor('features.0.bias', [8], tensorStats(0, 0, 0, [0, 2, 4, 2, 0]), tensorStats(0, 0, 0, [0, 2, 4, 2, 0], [[0, 2, 4, 2, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])),
    tensor('features.3.weight', [16, 8, 3, 3], tensorStats(0, 0, 0, [100, 300, 352, 300, 100]),
      tensorStats(0.5, 0.4, 0.5, [0, 150, 752, 150, 0], [[50, 150, 176, 150, 50], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [50, 150, 176, 150, 50]])),
    tensor('classifier.weight', [10, 16], tensorStats(0, 0, 0, [10, 40, 60, 40, 10]), null),
  ],
  modules: [
    module('', null, 1392, [0.54, 0.5, 0.54]),
    module('features', '', 1232, [0.58, 0.45, 0.58]),
    module('features.0', 'features', 80, [0.81, 0.9, 0.81]),
    module('features.3', 'features', 1152, [0.5, 0.4, 0.5]),
    module('classifier', '', 160, null),
  ],
  unmatched: [{ name: 'classifier.weight', model: 'p90', reason: 'missing in this model' }],
};
