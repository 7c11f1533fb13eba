// The comparison metrics the Behaviors table can show, how each reads from BehaviorStats, which way is
// better, how it is formatted, and which per-instance field the backend sorts instance rows by for it.
// Class tasks get the class metrics; embedding and regression (outputs without classes) the vector ones.
import type { InstanceSortField } from '../../../protocol/behaviorsWebview';
import type { BehaviorStats, DatasetTask } from '../../../protocol/generated/contract';

export type MetricKey = 'accuracy' | 'agreement' | 'meanKl' | 'relativeErrorChange' | 'meanConfidence'
  | 'meanCosine' | 'meanMse' | 'meanRelativeL2' | 'labelMse' | 'f1Score' | 'hammingToBase' | 'tokenF1' | 'tokenF1ToBase';

export interface ComparisonMetric {
  key: MetricKey;
  label: string;
  better: 'higher' | 'lower';
  /** Fractions are drawn on [0, 1] and formatted as percentages; others on [0, max]. */
  fraction: boolean;
  /** The per-instance field that orders instance rows for this metric (absolute, relative); typed by the backend's list, so a renamed field fails to compile. */
  instanceField: readonly [InstanceSortField, InstanceSortField];
}

export const COMPARISON_METRICS: readonly ComparisonMetric[] = [
  { key: 'accuracy', label: 'Accuracy', better: 'higher', fraction: true, instanceField: ['correct', 'correct'] },
  { key: 'agreement', label: 'Agreement with base', better: 'higher', fraction: true, instanceField: ['agrees', 'agrees'] },
  { key: 'meanKl', label: 'Mean KL from base', better: 'lower', fraction: false, instanceField: ['kl', 'kl'] },
  // Already relative to the base; on one instance the closest thing is whether the model is right.
  { key: 'relativeErrorChange', label: 'Relative error change', better: 'lower', fraction: false, instanceField: ['correct', 'correct'] },
  { key: 'meanConfidence', label: 'Confidence', better: 'higher', fraction: true, instanceField: ['confidence', 'confidenceChange'] },
];

/** How far each model's output vector moved from the base's (embedding, regression); labelMse needs regression labels. */
export const VECTOR_METRICS: readonly ComparisonMetric[] = [
  { key: 'meanCosine', label: 'Cosine with base', better: 'higher', fraction: false, instanceField: ['cosine', 'cosine'] },
  { key: 'meanMse', label: 'MSE from base', better: 'lower', fraction: false, instanceField: ['mse', 'mse'] },
  { key: 'meanRelativeL2', label: 'Relative L2 from base', better: 'lower', fraction: false, instanceField: ['relativeL2', 'relativeL2'] },
  { key: 'labelMse', label: 'MSE to labels', better: 'lower', fraction: false, instanceField: ['labelMse', 'labelMse'] },
];

/** Multilabel adds each class's F1 (macro F1 overall) and the fraction of classes whose prediction differs from the base's. */
export const MULTILABEL_METRICS: readonly ComparisonMetric[] = [
  ...COMPARISON_METRICS,
  { key: 'f1Score', label: 'F1', better: 'higher', fraction: true, instanceField: ['correct', 'correct'] },
  { key: 'hammingToBase', label: 'Labels changed from base', better: 'lower', fraction: true, instanceField: ['agrees', 'agrees'] },
];

/** Generated text: exact match and SQuAD token F1, against the references and against the base's text. */
export const TEXT_METRICS: readonly ComparisonMetric[] = [
  { key: 'accuracy', label: 'Exact match', better: 'higher', fraction: true, instanceField: ['correct', 'correct'] },
  { key: 'tokenF1', label: 'Token F1', better: 'higher', fraction: true, instanceField: ['correct', 'correct'] },
  { key: 'agreement', label: 'Exact match with base', better: 'higher', fraction: true, instanceField: ['agrees', 'agrees'] },
  { key: 'tokenF1ToBase', label: 'Token F1 to base', better: 'higher', fraction: true, instanceField: ['agrees', 'agrees'] },
];

/** Whether the task's outputs are vectors without classes, compared by cosine, MSE and relative L2. */
export function isVectorTask(task: DatasetTask | undefined): boolean {
  return task === 'embedding' || task === 'regression';
}

/** The metrics a comparison of this task offers; labelMse only when the base has one (regression with labels). */
export function metricsForTask(task: DatasetTask | undefined, baseStats?: BehaviorStats): readonly ComparisonMetric[] {
  if (task === 'multilabel') return MULTILABEL_METRICS;
  // Without references only the comparison with the base has numbers.
  if (task === 'generation') return TEXT_METRICS.filter((m) => typeof baseStats?.tokenF1 === 'number' || m.key === 'agreement' || m.key === 'tokenF1ToBase');
  if (!isVectorTask(task)) return COMPARISON_METRICS;
  return VECTOR_METRICS.filter((m) => m.key !== 'labelMse' || typeof baseStats?.labelMse === 'number');
}

export function comparisonMetric(key: string | null | undefined): ComparisonMetric {
  return [...MULTILABEL_METRICS, ...VECTOR_METRICS, ...TEXT_METRICS].find((m) => m.key === key) ?? COMPARISON_METRICS[0];
}

export function metricValue(stats: BehaviorStats | undefined, key: MetricKey): number | null {
  const value = stats?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The value a cell shows: the model's, or its difference from the base's on the same rows (null when either is missing). */
export function cellValue(stats: BehaviorStats | undefined, baseStats: BehaviorStats | undefined, key: MetricKey, relative: boolean): number | null {
  const value = metricValue(stats, key);
  if (!relative || value === null) return value;
  const base = metricValue(baseStats, key);
  return base === null ? null : value - base;
}

/** "93.1%", "−4.2 pp", "+145.5%", "0.034 nats"; "—" when there is no value. */
export function formatMetricValue(value: number | null, metric: ComparisonMetric, relative: boolean): string {
  if (value === null) return '—';
  const sign = relative || metric.key === 'relativeErrorChange' ? (value > 0 ? '+' : value < 0 ? '−' : '±') : '';
  const magnitude = relative || metric.key === 'relativeErrorChange' ? Math.abs(value) : value;
  if (metric.key === 'relativeErrorChange') return `${sign}${(magnitude * 100).toFixed(1)}%`;
  if (metric.fraction) return relative ? `${sign}${(magnitude * 100).toFixed(1)} pp` : `${(magnitude * 100).toFixed(1)}%`;
  return `${sign}${magnitude < 0.001 && magnitude > 0 ? magnitude.toExponential(1) : magnitude.toFixed(3)}`;
}

/** Whether a value (absolute or relative) reads as worse than the base's. */
export function isWorse(value: number | null, metric: ComparisonMetric): boolean {
  if (value === null || value === 0) return false;
  return metric.better === 'higher' ? value < 0 : value > 0;
}
