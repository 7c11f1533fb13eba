// "Refine comparison" with value pills, as the paper's ComparisonRefinementMenu: one row per variable, one pill
// per level. Pressing pills keeps only the models with those values (no pill pressed in a row keeps every value),
// so a selection too varied for one chart narrows to one that is not. Reset releases every pill; Update Selection
// makes the models left the overview's selection.
import type { ComparisonVariable } from '../../../../protocol/generated/contract';
import type { AllowedLevels } from './chartPlan';
import { shortLabel } from './chartPlan';

export interface RefinePillEvents {
  /** The pressed pills changed; the view re-charts the models they leave. */
  changed(allowed: AllowedLevels): void;
  /** Select the models the pills leave everywhere. */
  updateSelection(): void;
}

export function renderRefinePills(
  parent: HTMLElement,
  variables: readonly ComparisonVariable[],
  allowed: AllowedLevels,
  remaining: number,
  total: number,
  events: RefinePillEvents,
): void {
  const box = document.createElement('div');
  box.className = 'details-pills';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Refine comparison by value');
  for (const variable of variables) {
    const row = document.createElement('div');
    row.className = 'details-pill-row';
    row.dataset.variable = variable.name;
    const name = document.createElement('span');
    name.className = 'details-pill-name';
    name.textContent = shortLabel(variable.name);
    name.title = variable.name;
    row.append(name);
    const pressed = allowed.get(variable.name);
    variable.levels.forEach((level, i) => {
      const pill = document.createElement('button');
      pill.type = 'button';
      pill.className = 'details-pill';
      pill.dataset.level = level;
      pill.textContent = shortLabel(level, 32);
      pill.title = `${variable.name}: ${level}`;
      pill.setAttribute('aria-pressed', String(pressed?.has(i) ?? false));
      pill.addEventListener('click', () => events.changed(toggled(allowed, variable.name, i)));
      row.append(pill);
    });
    box.append(row);
  }
  const actions = document.createElement('div');
  actions.className = 'details-pill-actions';
  const count = document.createElement('span');
  count.className = 'details-pill-count';
  count.textContent = `Comparing ${remaining} of ${total} models.`;
  const reset = button('details-pill-reset', 'Reset', allowed.size === 0, () => events.changed(new Map()));
  const update = button('details-pill-update', 'Update Selection', remaining === total || remaining === 0, () => events.updateSelection());
  update.title = 'Select only the models compared here, in the map and everywhere else';
  actions.append(count, reset, update);
  box.append(actions);
  parent.append(box);
}

function toggled(allowed: AllowedLevels, name: string, level: number): AllowedLevels {
  const next = new Map(allowed);
  const levels = new Set(next.get(name));
  if (levels.has(level)) levels.delete(level);
  else levels.add(level);
  if (levels.size === 0) next.delete(name);
  else next.set(name, levels);
  return next;
}

function button(className: string, text: string, disabled: boolean, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = `toolbar-button ${className}`;
  node.textContent = text;
  node.disabled = disabled;
  node.addEventListener('click', onClick);
  return node;
}
