// Formats metric values the way the spec asks (a d3-format specifier plus a unit). Pure and tested; shared because the
// sidebar's tooltips (host) and every chart, axis and filter (webviews) must print a metric the same way.
import { format, formatSpecifier, type FormatSpecifier } from 'd3';
import type { MetricDefinition } from '../../protocol/generated/contract';

export const MISSING_VALUE = '—';
/**
 * Used when the spec gives no format, or one d3-format rejects (a typo in a spec must not break the map): four
 * significant digits, printed by {@link readableFormatter} so it never falls into exponent notation.
 */
export const DEFAULT_FORMAT = '.4~';

/** Below this magnitude SI prefixes (µ, n) read better than a row of zeros; at or above {@link SI_FROM}, k, M, G, T. */
const SI_BELOW = 1e-3;
const SI_FROM = 1e4;

type Formatter = (n: number) => string;
const cache = new Map<string, Formatter>();

function formatterFor(specifier: string | null | undefined): Formatter {
  const key = specifier ?? '';
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = tryFormat(key) ?? readableFormatter(formatSpecifier(DEFAULT_FORMAT));
    cache.set(key, formatter);
  }
  return formatter;
}

function tryFormat(specifier: string): Formatter | undefined {
  if (specifier.trim() === '') return undefined;
  try {
    const parsed = formatSpecifier(specifier);
    // d3's general types ('' and 'g') switch to exponent notation ("1e+2", "1.5e+4") as soon as a number has more
    // integer digits than the precision; a spec that asks for significant digits means readable numbers, so those
    // keep their precision, sign, comma and trim but print through SI prefixes instead. 'e' is an explicit request.
    return parsed.type === '' || parsed.type === 'g' ? readableFormatter(parsed) : format(specifier);
  } catch {
    return undefined;
  }
}

/** Significant digits in plain notation for ordinary magnitudes, SI prefixes for the very large and very small. */
function readableFormatter(parsed: FormatSpecifier): Formatter {
  const precision = parsed.precision ?? 4;
  // d3's typeless format trims trailing zeros by definition; 'r' and 's' only do so when asked.
  const trim = parsed.trim || parsed.type === '';
  const withType = (type: string) => {
    const copy = formatSpecifier(parsed.toString());
    Object.assign(copy, { precision, trim, type });
    return format(copy.toString());
  };
  const plain = withType('r');
  const si = withType('s');
  return (value) => {
    const magnitude = Math.abs(value);
    return magnitude !== 0 && (magnitude < SI_BELOW || magnitude >= SI_FROM) ? si(value) : plain(value);
  };
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
