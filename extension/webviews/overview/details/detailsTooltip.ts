// The hover card of a bar: which cell it is, the mean, and each model with its value. Built with
// textContent only, since ids and levels come from a user-edited spec file.

export interface TooltipContent {
  title: string;
  subtitle: string;
  rows: { label: string; value: string }[];
  /** Shown after the rows when some were left out. */
  more: string | null;
}

export class DetailsTooltip {
  private readonly element: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    // The map's .tooltip class gives the hover card the same look as the map's own.
    this.element.className = 'tooltip details-tooltip';
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    parent.appendChild(this.element);
  }

  show(content: TooltipContent, anchor: { x: number; y: number }): void {
    const title = div('details-tooltip-title', content.title);
    const subtitle = div('details-tooltip-subtitle', content.subtitle);
    const rows = content.rows.map((row) => {
      const line = div('details-tooltip-row');
      line.append(span('details-tooltip-id', row.label), span('details-tooltip-value', row.value));
      return line;
    });
    this.element.replaceChildren(title, subtitle, ...rows, ...(content.more ? [div('details-tooltip-more', content.more)] : []));
    this.element.hidden = false;
    this.moveTo(anchor);
  }

  /** Keeps the card inside the window, flipping to the other side of the pointer near an edge. */
  moveTo(anchor: { x: number; y: number }): void {
    const gap = 12;
    const { width, height } = this.element.getBoundingClientRect();
    let x = anchor.x + gap;
    let y = anchor.y + gap;
    if (x > window.innerWidth - width - 4) x = Math.max(4, anchor.x - gap - width);
    if (y > window.innerHeight - height - 4) y = Math.max(4, anchor.y - gap - height);
    this.element.style.left = `${x}px`;
    this.element.style.top = `${y}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

function div(className: string, text?: string): HTMLDivElement {
  const node = document.createElement('div');
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}
