// "Refine comparison": with more than two variables the user picks which one is on x and which one
// colours the bars (or none). Shown only when there is a choice to make.
import type { ComparisonVariable } from '../../../../protocol/generated/contract';
import type { ChosenVariables, VariableChoice } from './chooseVariables';

export function renderRefineControl(
  parent: HTMLElement,
  variables: readonly ComparisonVariable[],
  chosen: ChosenVariables,
  onChange: (choice: VariableChoice) => void,
): void {
  const box = document.createElement('div');
  box.className = 'details-refine';
  const title = document.createElement('span');
  title.className = 'details-refine-title';
  title.textContent = `Refine comparison (${variables.length} variables differ):`;
  const xSelect = selectOf('details-x', variables.map((v) => v.name), chosen.x);
  const colorSelect = selectOf('details-color', variables.map((v) => v.name), chosen.color, 'No colour');
  const changed = () =>
    onChange({ x: variables[Number(xSelect.value)].name, color: colorSelect.value === '' ? null : variables[Number(colorSelect.value)].name });
  xSelect.addEventListener('change', changed);
  colorSelect.addEventListener('change', changed);
  box.append(title, labelled('x', xSelect), labelled('Colour', colorSelect));
  parent.append(box);
}

function selectOf(id: string, names: readonly string[], chosen: number | null, noneLabel?: string): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = id;
  select.className = 'toolbar-select';
  if (noneLabel !== undefined) select.append(new Option(noneLabel, ''));
  names.forEach((name, i) => select.append(new Option(name, String(i))));
  select.value = chosen === null ? '' : String(chosen);
  return select;
}

function labelled(text: string, control: HTMLSelectElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'details-refine-field';
  label.append(`${text} `, control);
  return label;
}
