// A hand-made comparison of two compressed models with their base, for the Behaviors tests (unit and
// bare-page): "shirt" is the class compression hurts most (p50 loses 30 points there), "bag" the least.
import type { BehaviorComparison, BehaviorStats, InstanceFilter, InstanceRow, InstancesPage } from '../../protocol/generated/contract';

export function stats(count: number, accuracy: number, agreement: number, meanKl: number, baseErrors: number, meanConfidence = 0.8): BehaviorStats {
  const errors = Math.round(count * (1 - accuracy));
  const relativeErrorChange = baseErrors === 0 ? (errors === 0 ? 0 : null) : (errors - baseErrors) / baseErrors;
  return { count, accuracy, errors, agreement, meanKl, relativeErrorChange, meanConfidence, fixed: 0, broken: Math.max(0, errors - baseErrors) };
}

const classes: [string, number, number, number][] = [
  // name, base accuracy, p50 accuracy, q8 accuracy (100 instances each)
  ['t-shirt', 0.9, 0.8, 0.89],
  ['shirt', 0.7, 0.4, 0.69],
  ['bag', 0.95, 0.96, 0.95],
];

export const COMPARISON: BehaviorComparison = {
  base: 'cnn',
  models: ['cnn', 'p50', 'q8'],
  instanceCount: 300,
  task: 'classification',
  classNames: classes.map((c) => c[0]),
  overall: {
    cnn: stats(300, 0.85, 1, 0, 45),
    p50: stats(300, 0.72, 0.8, 0.3, 45),
    q8: stats(300, 0.843, 0.98, 0.01, 45),
  },
  classes: classes.map(([name, base, p50, q8], index) => {
    const baseErrors = Math.round(100 * (1 - base));
    return {
      class: name, index, count: 100,
      models: { cnn: stats(100, base, 1, 0, baseErrors), p50: stats(100, p50, 0.8, 0.3, baseErrors), q8: stats(100, q8, 0.98, 0.01, baseErrors) },
    };
  }),
  subgroups: [
    { attribute: 'light', value: 'true', count: 150, models: { cnn: stats(150, 0.9, 1, 0, 15), p50: stats(150, 0.85, 0.9, 0.1, 15), q8: stats(150, 0.9, 1, 0, 15) } },
    { attribute: 'light', value: 'false', count: 150, models: { cnn: stats(150, 0.8, 1, 0, 30), p50: stats(150, 0.6, 0.7, 0.5, 30), q8: stats(150, 0.79, 0.97, 0.02, 30) } },
  ],
  exemplars: [
    { instance: 7, flips: 2, label: 'shirt' },
    { instance: 42, flips: 1, label: 't-shirt' },
  ],
};

/** A deterministic instance row: the base is right on even instances, p50 flips every third, q8 every fifth. */
export function instanceRow(instance: number, classCount = 3): InstanceRow {
  const label = instance % classCount;
  const basePredicted = instance % 2 === 0 ? label : (label + 1) % classCount;
  const predicted = [basePredicted, instance % 3 === 0 ? (basePredicted + 1) % classCount : basePredicted, instance % 5 === 0 ? (basePredicted + 2) % classCount : basePredicted];
  const baseConfidence = 0.5 + (instance % 50) / 100;
  return {
    instance, label,
    flips: predicted.slice(1).filter((p) => p !== basePredicted).length,
    predictions: predicted.map((p, i) => {
      const confidence = i === 0 ? baseConfidence : baseConfidence - 0.1 * i;
      const correct = p === label;
      const baseCorrect = basePredicted === label;
      return {
        predicted: p, confidence, correct, agrees: p === basePredicted, kl: i === 0 ? 0 : 0.05 * i,
        confidenceChange: confidence - baseConfidence,
        change: baseCorrect ? (correct ? 'bothRight' : 'broken') : correct ? 'fixed' : 'bothWrong',
      };
    }),
  };
}

/**
 * A fake `behaviors/instances` over `total` instances in dataset order (no sort): the filter's listed
 * instances and class index are honoured, like the backend (labels are `instance % 3`).
 */
export function fakePage(total: number, offset: number, limit: number, filter?: InstanceFilter): InstancesPage {
  let kept: (k: number) => number = (k) => k;
  let count = total;
  if (filter?.instances) {
    const listed = [...new Set(filter.instances)].filter((i) => i < total).sort((a, b) => a - b);
    kept = (k) => listed[k];
    count = listed.length;
  } else if (typeof filter?.classIndex === 'number') {
    const c = filter.classIndex;
    kept = (k) => c + 3 * k;
    count = c < 3 ? Math.max(0, Math.ceil((total - c) / 3)) : 0;
  }
  const rows: InstanceRow[] = [];
  for (let k = offset; k < Math.min(count, offset + limit); k++) rows.push(instanceRow(kept(k)));
  return { total: count, rows };
}
