// The hover card for one model. Built with textContent only: ids, tags and parameters come from a
// user-edited file and must never be parsed as HTML.
import type { MetricDefinition, ModelSummary } from '../../../protocol/generated/contract';
import { describeOperation, metricLines } from './describeModel';

export class Tooltip {
  private readonly element: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.id = 'map-tooltip';
    this.element.className = 'tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    parent.appendChild(this.element);
  }

  /** `parameterLabel`: the map's label of what sets the model apart from its siblings ("50%"), when it has one. */
  show(model: ModelSummary, metrics: readonly MetricDefinition[], colorMetric: string | null, anchor: { x: number; y: number }, parameterLabel?: string): void {
    this.element.replaceChildren(...content(model, metrics, colorMetric));
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

function content(model: ModelSummary, metrics: readonly MetricDefinition[], colorMetric: string | null): HTMLElement[] {
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
  if (lines.length > 0) {
    const table = el('dl', 'tooltip-metrics');
    for (const line of lines) {
      const row = el('div', line.name === colorMetric ? 'tooltip-metric current' : 'tooltip-metric');
      row.append(el('dt', '', line.name), el('dd', '', line.value));
      table.append(row);
    }
    parts.push(table);
  }
  return parts;
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
