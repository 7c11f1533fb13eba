// Formats metric values the way the spec asks (a d3-format specifier plus a unit). Pure and tested; shared because the
// sidebar's tooltips (host) and every chart (webviews) must print a metric the same way.
import { format } from 'd3';
import type { MetricDefinition } from '../../protocol/generated/contract';

export const MISSING_VALUE = '—';
/** Used when the spec gives no format, or one d3-format rejects: a typo in a spec must not break the map. */
export const DEFAULT_FORMAT = '.4~g';

type Formatter = (n: number) => string;
const cache = new Map<string, Formatter>();

function formatterFor(specifier: string | null | undefined): Formatter {
  const key = specifier ?? '';
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = tryFormat(key) ?? format(DEFAULT_FORMAT);
    cache.set(key, formatter);
  }
  return formatter;
}

function tryFormat(specifier: string): Formatter | undefined {
  if (specifier.trim() === '') return undefined;
  try {
    return format(specifier);
  } catch {
    return undefined;
  }
}

export interface FormatOptions {
  /** Append the metric's unit (default true); legends leave it off their ticks. */
  withUnit?: boolean;
}

export function formatMetric(
  value: number | null | undefined,
  metric: Pick<MetricDefinition, 'format' | 'unit'> | undefined,
  options: FormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  const text = formatterFor(metric?.format)(value);
  const unit = metric?.unit?.trim();
  return unit && options.withUnit !== false ? `${text} ${unit}` : text;
}
