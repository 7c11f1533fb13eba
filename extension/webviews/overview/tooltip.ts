// The hover card for one model: its operation, its metrics and each metric's change against its
// parent. Built with textContent only: ids, tags and parameters come from a user-edited file and must
// never be parsed as HTML.
import type { MetricDefinition, ModelSummary } from '../../../protocol/generated/contract';
import { describeOperation, metricLines } from './describeModel';
import { metricDelta } from './metricDelta';
import type { Direction } from './scatter/metricDirection';

/** What the card needs beyond the model: its parent, found by id, and which way each metric is better. */
export interface TooltipContext {
  model(id: string): ModelSummary | undefined;
  direction(metric: MetricDefinition): Direction;
}

export class Tooltip {
  private readonly element: HTMLDivElement;
  private context: TooltipContext | undefined;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.id = 'map-tooltip';
    this.element.className = 'tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    parent.appendChild(this.element);
  }

  /** Set with each spec and direction change, so cards can compare a model with its parent. */
  setContext(context: TooltipContext): void {
    this.context = context;
  }

  /** `parameterLabel`: the map's label of what sets the model apart from its siblings ("50%"), when it has one. */
  show(model: ModelSummary, metrics: readonly MetricDefinition[], colorMetric: string | null, anchor: { x: number; y: number }, parameterLabel?: string): void {
    this.element.replaceChildren(...content(model, metrics, colorMetric, this.context));
    if (parameterLabel) this.element.children[0]?.after(field('Among its siblings', parameterLabel));
    this.element.hidden = false;
    this.moveTo(anchor);
  }

  /** Keeps the card inside the panel, flipping to the other side of the pointer near an edge. */
  moveTo(anchor: { x: number; y: number }): void {
    const gap = 14;
    const { width, height } = this.element.getBoundingClientRect();
    const maxX = window.innerWidth - width - 4;
    const maxY = window.innerHeight - height - 4;
    let x = anchor.x + gap;
    let y = anchor.y + gap;
    if (x > maxX) x = Math.max(4, anchor.x - gap - width);
    if (y > maxY) y = Math.max(4, anchor.y - gap - height);
    this.element.style.left = `${x}px`;
    this.element.style.top = `${y}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

function content(model: ModelSummary, metrics: readonly MetricDefinition[], colorMetric: string | null, context: TooltipContext | undefined): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const title = el('div', 'tooltip-title');
  title.append(el('span', 'tooltip-id', model.id));
  const tag = model.tag?.trim();
  if (tag && tag !== model.id) title.append(el('span', 'tooltip-tag', tag));
  parts.push(title);

  const operation = describeOperation(model.operation);
  parts.push(el('div', 'tooltip-operation', operation ?? 'Base model'));
  if (model.base) parts.push(field('Base', model.base));

  const lines = metricLines(model, metrics);
  const parent = model.base ? context?.model(model.base) : undefined;
  if (lines.length > 0) {
    const table = el('dl', 'tooltip-metrics');
    if (parent) table.classList.add('with-delta');
    const declared = new Map(metrics.map((m) => [m.name, m]));
    for (const line of lines) {
      const row = el('div', line.name === colorMetric ? 'tooltip-metric current' : 'tooltip-metric');
      row.append(el('dt', '', line.name), el('dd', '', line.value));
      const metric = declared.get(line.name);
      if (parent && context) row.append(deltaCell(metric ? metricDelta(model.metrics?.[line.name], parent.metrics?.[line.name], metric, context.direction(metric)) : null));
      table.append(row);
    }
    if (parent) parts.push(el('div', 'tooltip-delta-note', `Δ against its parent ${parent.tag?.trim() || parent.id}`));
    parts.push(table);
  }
  return parts;
}

/** The change against the parent, with a better/worse cue in words and colour (never colour alone). */
function deltaCell(delta: ReturnType<typeof metricDelta>): HTMLElement {
  if (!delta) return el('dd', 'tooltip-delta', '');
  const cell = el('dd', `tooltip-delta ${delta.verdict}`, delta.text);
  if (delta.verdict !== 'same') cell.append(el('span', 'tooltip-verdict', delta.verdict === 'better' ? ' ▲ better' : ' ▼ worse'));
  cell.title = delta.verdict === 'same' ? 'Unchanged from its parent' : `${delta.verdict === 'better' ? 'Better' : 'Worse'} than its parent`;
  return cell;
}

function field(label: string, value: string): HTMLElement {
  const row = el('div', 'tooltip-field');
  row.append(el('span', 'tooltip-label', `${label} `), el('span', '', value));
  return row;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
