// Toolbar controls the Behaviors and Layers pages build alike (each panel's sheet styles the toolbar-* classes).
import { element } from './dom';

/** A toolbar <select> with an id its label can point at. */
export function toolbarSelect(id: string): HTMLSelectElement {
  const s = element('select', 'toolbar-select');
  s.id = id;
  return s;
}

/** A control and its label, kept together when the toolbar wraps. */
export function labelled(text: string, control: HTMLElement): HTMLElement {
  const l = element('label', 'toolbar-label', text);
  l.htmlFor = control.id;
  const group = element('span', 'toolbar-group');
  group.append(l, control);
  return group;
}
