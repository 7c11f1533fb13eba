// The paper's split of a Sparsity cell: of a model's zero weights, those that are zero in the base too ("zero in
// both") and those that compression zeroed ("zero only in this model"), drawn as one bar in two shades, with a
// legend that gives each compared model's whole-model numbers. Results from a backend that does not send the
// split, and activations (where it is undefined), keep the single-shade bar.
import type { ModuleStats, ProbeResult, TensorStats } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { percent } from './cellText';

export interface SparsitySplit {
  /** Fraction of all values zero here and in the base. */
  both: number;
  /** Fraction of all values zero here but not in the base. */
  onlyHere: number;
}

/** The split of one cell's statistics; null when the backend did not send it. Pure, tested. */
export function sparsitySplit(s: ModuleStats | TensorStats | null | undefined): SparsitySplit | null {
  return s && typeof s.zeroInBoth === 'number' && typeof s.zeroOnlyHere === 'number' ? { both: s.zeroInBoth, onlyHere: s.zeroOnlyHere } : null;
}

/** The bar behind a Sparsity cell's number: `sparsity` wide, split into its two shades when the split is known. */
export function sparsityBar(s: ModuleStats | TensorStats): HTMLElement {
  const bar = element('div', 'layers-bar');
  bar.style.width = `${Math.min(100, s.sparsity * 100)}%`;
  const split = sparsitySplit(s);
  if (!split || s.sparsity <= 0) return bar;
  bar.classList.add('is-split');
  // Each part's width is its share of the bar, so the two always fill it exactly.
  for (const [part, value] of [['both', split.both], ['only-here', split.onlyHere]] as const) {
    const segment = element('span', `layers-bar-part is-${part}`);
    segment.style.width = `${Math.min(100, (value / s.sparsity) * 100)}%`;
    bar.append(segment);
  }
  return bar;
}

/**
 * The Sparsity legend's numbers: per compared model, its whole model's split; null when the result carries no
 * split (the legend then stays hidden). Pure, tested.
 */
export function sparsityLegend(result: ProbeResult, label: (model: string) => string): string[] | null {
  const whole = result.modules.find((m) => m.name === '');
  if (!result.modules.some((m) => m.models.some((s) => sparsitySplit(s) !== null))) return null;
  return result.models.flatMap((name, c) => {
    const split = c === 0 ? null : sparsitySplit(whole?.models[c]);
    return split ? [`${label(name)}: ${percent(split.both)} in both + ${percent(split.onlyHere)} only here`] : [];
  });
}

/** The legend's elements: the two shades, then `models` (sparsityLegend's numbers). */
export function sparsityLegendItems(models: readonly string[]): HTMLElement[] {
  const swatch = (part: string, text: string) => {
    const item = element('span', 'layers-legend-item', text);
    item.prepend(element('span', `layers-swatch layers-bar-part is-${part}`));
    return item;
  };
  return [element('span', 'toolbar-label', 'Zeros:'), swatch('both', 'zero in both'), swatch('only-here', 'zero only in this model'),
    ...models.map((text) => element('span', 'layers-muted layers-legend-model', text))];
}
