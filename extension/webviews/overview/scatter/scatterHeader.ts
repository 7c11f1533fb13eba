// The scatterplot's controls: a metric per axis and a button per axis that flips which way is better.
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import type { Direction } from './metricDirection';
import { element as el } from '../../shared/dom';

export type Axis = 'x' | 'y';

export interface ScatterHeaderCallbacks {
  axisChanged(axis: Axis, metric: string): void;
  directionFlipped(axis: Axis): void;
}

export interface AxisChoice {
  metric: string | null;
  direction: Direction;
}

export class ScatterHeader {
  readonly element: HTMLDivElement;
  private readonly selects: Record<Axis, HTMLSelectElement>;
  private readonly flips: Record<Axis, HTMLButtonElement>;
  readonly note: HTMLSpanElement;

  constructor(callbacks: ScatterHeaderCallbacks) {
    this.element = el('div', 'pane-header scatter-header');
    const title = el('span', 'pane-title', 'Scatterplot');
    this.note = el('span', 'pane-note');
    const build = (axis: Axis) => {
      const label = el('label', 'toolbar-label', axis);
      const select = el('select', 'toolbar-select scatter-axis');
      select.id = `scatter-${axis}`;
      label.htmlFor = select.id;
      select.disabled = true;
      select.addEventListener('change', () => {
        if (select.value) callbacks.axisChanged(axis, select.value);
      });
      const flip = el('button', 'toolbar-button direction-button');
      flip.dataset.axis = axis;
      flip.addEventListener('click', () => callbacks.directionFlipped(axis));
      const group = el('span', 'axis-control');
      group.append(label, select, flip);
      return { select, flip, group };
    };
    const x = build('x');
    const y = build('y');
    this.selects = { x: x.select, y: y.select };
    this.flips = { x: x.flip, y: y.flip };
    this.element.append(title, x.group, y.group, el('span', 'spacer'), this.note);
  }

  update(metrics: readonly MetricDefinition[], choices: Record<Axis, AxisChoice>): void {
    for (const axis of ['x', 'y'] as const) {
      const select = this.selects[axis];
      const options = metrics.length > 0 ? metrics.map((m) => new Option(m.name, m.name)) : [new Option('No metrics declared', '')];
      // Rebuilding only on change keeps an open dropdown usable across live refreshes.
      const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => o.value).join('\u0001');
      if (key(options) !== key(select.options)) select.replaceChildren(...options);
      select.disabled = metrics.length === 0;
      select.value = choices[axis].metric ?? '';
      const flip = this.flips[axis];
      const { direction } = choices[axis];
      flip.textContent = `${axis}: ${direction} is better ⇄`;
      flip.title = `The Pareto front treats ${direction} ${axis} values as better. Click to flip.`;
      flip.dataset.direction = direction;
      flip.disabled = choices[axis].metric === null;
    }
  }
}
