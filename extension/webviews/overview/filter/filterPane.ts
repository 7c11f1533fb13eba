// The Filter pane: "+ Filter" adds a budget per metric, each a FilterCard; "Clear all" removes them.
// Owns no state: told the filters and what they allow, it reports every change through a callback.
import type { MetricDefinition, SpecSummary } from '../../../../protocol/generated/contract';
import type { MetricFilter } from './allowedModels';
import { FilterCard } from './filterCard';
import { element as el } from '../../shared/dom';
import { distinctModelCount } from '../modelIndex';

export interface FilterPaneCallbacks {
  /** The whole new list of filters; `done` false while a brush is still being dragged. */
  filtersChanged(filters: MetricFilter[], done: boolean): void;
}

export class FilterPane {
  private readonly addSelect: HTMLSelectElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly count: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private readonly cards = new Map<string, FilterCard>();
  private filters: MetricFilter[] = [];
  private summary: SpecSummary | undefined;

  constructor(
    container: HTMLElement,
    private readonly callbacks: FilterPaneCallbacks,
  ) {
    const header = el('div', 'pane-header filter-header');
    this.addSelect = el('select', 'toolbar-select');
    this.addSelect.id = 'add-filter';
    this.addSelect.title = 'Add a budget on a metric';
    this.addSelect.addEventListener('change', () => {
      const metric = this.addSelect.value;
      this.addSelect.value = '';
      if (metric && !this.filters.some((f) => f.metric === metric)) this.emit([...this.filters, { metric, range: null }], true);
    });
    this.clearButton = el('button', 'toolbar-button', 'Clear all');
    this.clearButton.id = 'clear-filters';
    this.clearButton.addEventListener('click', () => this.emit([], true));
    header.append(el('span', 'pane-title', 'Filter'), this.addSelect, el('span', 'spacer'), this.clearButton);
    this.count = el('div', 'filter-count');
    this.count.setAttribute('role', 'status');
    this.list = el('div', 'filter-list');
    container.append(header, this.count, this.list);
  }

  render(summary: SpecSummary, filters: readonly MetricFilter[], allowed: ReadonlySet<string> | null): void {
    const newSpec = summary !== this.summary;
    this.summary = summary;
    this.filters = [...filters];
    this.fillAddSelect(summary.metrics);
    this.clearButton.disabled = filters.length === 0;

    for (const [metric, card] of this.cards) {
      if (filters.some((f) => f.metric === metric)) continue;
      card.element.remove();
      this.cards.delete(metric);
    }
    for (const filter of filters) {
      let card = this.cards.get(filter.metric);
      const fresh = card === undefined;
      card ??= new FilterCard(filter.metric, {
        rangeChanged: (metric, range, done) => this.emit(this.filters.map((f) => (f.metric === metric ? { ...f, range } : f)), done),
        removed: (metric) => this.emit(this.filters.filter((f) => f.metric !== metric), true),
      });
      this.cards.set(filter.metric, card);
      this.list.append(card.element); // keeps the cards in the filters' order
      if (fresh || newSpec || !card.holds(filter.range)) {
        card.update(summary.metrics.find((m) => m.name === filter.metric), summary.models, filter.range);
      }
    }

    const total = distinctModelCount(summary);
    const within = allowed === null ? total : allowed.size;
    this.count.textContent = filters.length === 0 ? 'No budgets: every model is within budget.' : `${within} of ${total} models within budget`;
    this.count.dataset.within = String(within);
    this.count.dataset.total = String(total);
  }

  private emit(filters: MetricFilter[], done: boolean): void {
    this.filters = filters;
    this.callbacks.filtersChanged(filters, done);
  }

  private fillAddSelect(metrics: readonly MetricDefinition[]): void {
    const taken = new Set(this.filters.map((f) => f.metric));
    const free = metrics.filter((m) => !taken.has(m.name));
    const placeholder = new Option(free.length > 0 ? '+ Filter' : metrics.length > 0 ? 'Every metric has a filter' : 'No metrics to filter', '');
    const options = [placeholder, ...free.map((m) => new Option(m.name, m.name))];
    const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => `${o.value}\u0000${o.text}`).join('\u0001');
    if (key(options) !== key(this.addSelect.options)) this.addSelect.replaceChildren(...options);
    this.addSelect.value = '';
    this.addSelect.disabled = free.length === 0;
  }
}
