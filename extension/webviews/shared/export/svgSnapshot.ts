// Copies a live SVG chart into an SvgNode tree with its computed styles written on each element. In the panel a
// chart takes its colours and fonts from stylesheets and VS Code's theme variables; a saved file has neither, so
// each element carries the concrete values it was drawn with (computed styles never hold a var()). Values equal to
// SVG's initial ones are left out: the file renders them the same without the noise. Hidden elements are dropped.
// Works on any object shaped like the DOM, so it is tested without a browser.
import type { SvgNode } from './svgText';

/** The parts of a DOM element the snapshot reads. */
export interface ElementLike {
  readonly nodeType: number;
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly childNodes: ArrayLike<ElementLike | TextLike>;
}
export interface TextLike {
  readonly nodeType: number;
  readonly nodeValue: string | null;
}
export interface StyleLike {
  getPropertyValue(property: string): string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The properties a chart's look depends on, each with SVG's initial value (a computed value equal to it is left out). */
const PROPERTIES: Record<string, string | null> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'font-family': null,
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'shape-rendering': 'auto',
};
/** Only text needs the font; on every element it would repeat the same family thousands of times. */
const FONT = new Set(['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline']);
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
/** Attributes that drive the panel (events, focus, data for tests) and mean nothing in a file; classes stay, to name the parts. */
const DROPPED_ATTRIBUTE = /^(on|data-|tabindex$|style$|pointer-events$|cursor$)/;

/** The style attribute an element is saved with: its look in the panel, as concrete values. */
export function inlineStyle(style: StyleLike, isText: boolean): string {
  const parts: string[] = [];
  for (const [property, initial] of Object.entries(PROPERTIES)) {
    if (FONT.has(property) && !isText) continue;
    const value = style.getPropertyValue(property).trim();
    if (value && value !== initial) parts.push(`${property}: ${value}`);
  }
  return parts.join('; ');
}

/** The element as the file holds it; null when it is not shown (display: none) and so must not appear in the file either. */
export function snapshotSvg(element: ElementLike, styleOf: (element: ElementLike) => StyleLike | undefined): SvgNode | null {
  const style = styleOf(element);
  if (style?.getPropertyValue('display').trim() === 'none') return null;
  const attrs: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) if (!DROPPED_ATTRIBUTE.test(name)) attrs[name] = value;
  const tag = element.tagName;
  if (style) {
    const inline = inlineStyle(style, TEXT_TAGS.has(tag));
    if (inline) attrs.style = inline;
  }
  const children: SvgNode['children'] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) children.push((child as TextLike).nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE) {
      const node = snapshotSvg(child as ElementLike, styleOf);
      if (node) children.push(node);
    }
  }
  return { tag, attrs, children };
}
