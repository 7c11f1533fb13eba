// The collapsible list of what could not be compared: weight tensors, then activation outputs, each
// labelled so a missing ReLU output is not mistaken for a missing weight.
import type { ProbeResult, UnmatchedTensor } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { formatCount } from './cellText';
import type { LayersPage } from './layersPage';

const MAX_LISTED = 500;

export interface UnmatchedEntry extends UnmatchedTensor {
  kind: 'tensor' | 'output';
}

/** Every unmatched weight tensor, then every unmatched activation output. Pure, tested. */
export function unmatchedEntries(result: ProbeResult): UnmatchedEntry[] {
  return [...result.unmatched.map((u) => ({ ...u, kind: 'tensor' as const })),
    ...(result.activations?.unmatched ?? []).map((u) => ({ ...u, kind: 'output' as const }))];
}

/** The list's heading: names the kinds it holds. Pure, tested. */
export function unmatchedSummary(entries: readonly UnmatchedEntry[]): string {
  const outputs = entries.filter((e) => e.kind === 'output').length;
  const what = outputs === 0 ? 'Unmatched tensors' : outputs === entries.length ? 'Unmatched activation outputs' : 'Unmatched tensors and activation outputs';
  return `${what} (${formatCount(entries.length)}): in some models but not compared`;
}

export function renderUnmatched(page: LayersPage, result: ProbeResult, label: (model: string) => string): void {
  const entries = unmatchedEntries(result);
  page.unmatched.hidden = entries.length === 0;
  page.unmatchedSummary.textContent = unmatchedSummary(entries);
  const items = entries.slice(0, MAX_LISTED).map((u) => {
    const item = element('li');
    item.dataset.kind = u.kind;
    if (u.kind === 'output') item.append(element('span', 'layers-muted', 'activation output '));
    item.append(element('code', '', u.name), ` in ${label(u.model)}: ${u.reason}`);
    return item;
  });
  if (entries.length > MAX_LISTED) items.push(element('li', 'layers-muted', `…and ${formatCount(entries.length - MAX_LISTED)} more.`));
  page.unmatchedList.replaceChildren(...items);
}
