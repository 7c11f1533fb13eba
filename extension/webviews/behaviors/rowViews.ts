// What one row of the Behaviors table shows, built from a class/subgroup row or an instance row: the
// text, the sparkline bar and the highlights of each cell. Pure, tested; behaviorsTable draws it.
import type { InstancePrediction, InstanceRow } from '../../../protocol/generated/contract';
import { barGeometry, type GroupRow } from './behaviorRows';
import { cellValue, formatMetricValue, isWorse, type ComparisonMetric } from './comparisonMetrics';
import { classSetText, setChangeText } from './multilabelSets';

export interface CellView {
  text: string;
  bar: { left: number; width: number };
  /** Worse than the base (group rows), or a prediction that differs from the base's (instance rows). */
  worse: boolean;
  /** Instance rows: the prediction is wrong (false: right; undefined: not a question of right or wrong). */
  wrong?: boolean;
  /** Instance rows of classes: the prediction and its confidence, drawn as separate, aligned parts of the cell. */
  parts?: { prediction: string; amount: string };
  title: string;
}

export interface RowView {
  key: string;
  label: string;
  detail: string;
  cells: CellView[];
}

export function groupRowView(row: GroupRow, models: readonly string[], base: string, metric: ComparisonMetric, relative: boolean,
  domain: [number, number]): RowView {
  return {
    key: row.key,
    label: row.label,
    detail: `${row.count}`,
    cells: models.map((id) => {
      const value = cellValue(row.stats[id], row.stats[base], metric.key, relative);
      const stats = row.stats[id];
      return {
        text: formatMetricValue(value, metric, relative),
        bar: barGeometry(value, domain),
        worse: id !== base && isWorse(relative ? value : cellValue(row.stats[id], row.stats[base], metric.key, true), metric),
        title: stats ? `${stats.count} instances · ${stats.errors} errors · ${stats.fixed} fixed · ${stats.broken} broken` : 'No value',
      };
    }),
  };
}

export function instanceRowView(row: InstanceRow, classNames: readonly string[], relative: boolean): RowView {
  if (Array.isArray(row.labels)) return multilabelInstanceRowView(row, row.labels, classNames, relative);
  const name = (i: number) => classNames[i] ?? `class ${i}`;
  return {
    key: `instance:${row.instance}`,
    label: `#${row.instance} · ${name(row.label)}`,
    detail: row.flips > 0 ? `${row.flips} flip${row.flips === 1 ? '' : 's'}` : '',
    cells: row.predictions.map((p, i) => {
      const { value, amount } = confidenceOf(p, relative);
      return {
        text: `${name(p.predicted)} ${amount}`,
        parts: { prediction: name(p.predicted), amount },
        bar: barGeometry(value, relative ? [-1, 1] : [0, 1]),
        worse: i > 0 && !p.agrees,
        wrong: !p.correct,
        title: `${p.correct ? 'right' : 'wrong'} · ${p.change} · KL ${p.kl.toFixed(3)}`,
      };
    }),
  };
}

/**
 * A multilabel instance row: the labelled set as the true label, and per model its predicted set (the classes at
 * or above the threshold) with its mean confidence; a compared model's cell also names the classes it adds to or
 * drops from the base's set.
 */
function multilabelInstanceRowView(row: InstanceRow, labels: readonly number[], classNames: readonly string[], relative: boolean): RowView {
  const baseSet = row.predictions[0]?.predictedSet ?? [];
  return {
    key: `instance:${row.instance}`,
    label: `#${row.instance} · ${classSetText(labels, classNames)}`,
    detail: row.flips > 0 ? `${row.flips} flip${row.flips === 1 ? '' : 's'}` : '',
    cells: row.predictions.map((p, i) => {
      const { value, amount } = confidenceOf(p, relative);
      const set = p.predictedSet ?? [];
      const changed = i > 0 ? setChangeText(set, baseSet, classNames) : '';
      const prediction = `${classSetText(set, classNames)}${changed ? ` (${changed})` : ''}`;
      return {
        text: `${prediction} ${amount}`,
        parts: { prediction, amount },
        bar: barGeometry(value, relative ? [-1, 1] : [0, 1]),
        worse: i > 0 && !p.agrees,
        wrong: !p.correct,
        title: [p.correct ? 'right' : 'wrong', p.change, `KL ${p.kl.toFixed(3)}`, ...(changed ? [`vs base ${changed}`] : [])].join(' · '),
      };
    }),
  };
}

/** The confidence a cell shows (absolute, or its change from the base's) and its text, e.g. "91.0%" or "−3.5%". */
function confidenceOf(p: InstancePrediction, relative: boolean): { value: number; amount: string } {
  const value = relative ? p.confidenceChange : p.confidence;
  return { value, amount: `${relative ? (value > 0 ? '+' : value < 0 ? '−' : '±') : ''}${(Math.abs(value) * 100).toFixed(1)}%` };
}

/** Per-instance vector numbers (embedding, regression) in one line: what the instance view and a cell's tooltip show. */
export function vectorNumbers(p: InstancePrediction): string {
  const parts = [`cosine ${fixed(p.cosine)}`, `MSE ${fixed(p.mse)}`, `relative L2 ${fixed(p.relativeL2)}`];
  if (typeof p.labelMse === 'number') parts.push(`MSE to label ${fixed(p.labelMse)}`);
  return parts.join(' · ');
}

/**
 * An instance row of a task without classes: each model's value of the chosen vector metric (cosine, MSE,
 * relative L2 or MSE to the label), all already measured against the base. Bars span [0, 1]: a cosine reads
 * directly, and an MSE or relative L2 past 1 (the output moved by more than its own length) fills the cell.
 */
export function vectorInstanceRowView(row: InstanceRow, metric: ComparisonMetric): RowView {
  const field = metric.instanceField[0];
  return {
    key: `instance:${row.instance}`,
    label: `#${row.instance}`,
    detail: '',
    cells: row.predictions.map((p) => {
      const raw = field === 'cosine' || field === 'mse' || field === 'relativeL2' || field === 'labelMse' ? p[field] : undefined;
      const value = typeof raw === 'number' ? raw : null;
      return { text: fixed(value), bar: barGeometry(value, [0, 1]), worse: false, title: vectorNumbers(p) };
    }),
  };
}

/** An instance row of generated text: each model's string, marked when it differs from the base's or misses the reference. */
export function textInstanceRowView(row: InstanceRow): RowView {
  return {
    key: `instance:${row.instance}`,
    label: `#${row.instance}`,
    detail: row.flips > 0 ? `${row.flips} changed` : '',
    cells: row.predictions.map((p, i) => ({
      text: p.text ?? '',
      bar: barGeometry(p.tokenF1 ?? p.tokenF1ToBase ?? null, [0, 1]),
      worse: i > 0 && !p.agrees,
      wrong: typeof p.tokenF1 === 'number' && !p.correct,
      title: [typeof p.tokenF1 === 'number' ? `token F1 ${fixed(p.tokenF1)} to the reference` : '', `token F1 ${fixed(p.tokenF1ToBase)} to the base`]
        .filter((t) => t).join(' · '),
    })),
  };
}

function fixed(value: number | null | undefined): string {
  if (typeof value !== 'number') return '—';
  return Number.isFinite(value) ? value.toFixed(3) : '∞';
}
