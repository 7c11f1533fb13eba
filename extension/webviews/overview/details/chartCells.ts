// Groups the explained models into the cells of a grouped bar chart: one cell per (x level, colour
// level) pair that some model has. Cells hold model indices (ModelIds order), so one grouping serves
// every metric's chart. Pure, tested.
import type { ComparisonVariable, SelectionExplanation } from '../../../../protocol/generated/contract';

export interface ChartCell {
  /** Index into ChartGrouping.xLevels. */
  x: number;
  /** Index into ChartGrouping.colorLevels; null when there is no colour variable. */
  color: number | null;
  /** Indices into the explanation's modelIds, ascending. */
  models: number[];
}

export interface ChartGrouping {
  /** Levels of the x variable that some model has, in the variable's display order. */
  xLevels: string[];
  /** Levels of the colour variable that some model has; null without a colour variable. */
  colorLevels: string[] | null;
  /** Sorted by x, then colour. */
  cells: ChartCell[];
}

export function groupIntoCells(explanation: SelectionExplanation, xIndex: number, colorIndex: number | null): ChartGrouping {
  const xVariable = explanation.variables[xIndex];
  if (!xVariable) throw new RangeError(`No variable ${xIndex}: the explanation has ${explanation.variables.length}.`);
  const colorVariable = colorIndex === null ? undefined : explanation.variables[colorIndex];
  if (colorIndex !== null && !colorVariable) throw new RangeError(`No variable ${colorIndex}: the explanation has ${explanation.variables.length}.`);

  const xMap = presentLevels(xVariable);
  const colorMap = colorVariable ? presentLevels(colorVariable) : undefined;
  const byKey = new Map<number, ChartCell>();
  const colorCount = colorMap ? colorMap.levels.length : 1;
  for (let model = 0; model < explanation.modelIds.length; model++) {
    const x = xMap.position[xVariable.values[model]];
    const color = colorVariable && colorMap ? colorMap.position[colorVariable.values[model]] : null;
    const key = x * colorCount + (color ?? 0);
    let cell = byKey.get(key);
    if (!cell) byKey.set(key, (cell = { x, color, models: [] }));
    cell.models.push(model);
  }
  const cells = [...byKey.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
  return { xLevels: xMap.levels, colorLevels: colorMap ? colorMap.levels : null, cells };
}

/** A variable's levels that occur among its values, keeping display order, and where each went. */
function presentLevels(variable: ComparisonVariable): { levels: string[]; position: number[] } {
  const used = new Array<boolean>(variable.levels.length).fill(false);
  for (const value of variable.values) used[value] = true;
  const levels: string[] = [];
  const position = new Array<number>(variable.levels.length).fill(-1);
  variable.levels.forEach((level, i) => {
    if (used[i]) {
      position[i] = levels.length;
      levels.push(level);
    }
  });
  return { levels, position };
}

export interface CellSummary {
  /** Mean of the models' values; null when none has one. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Models with a finite value. */
  count: number;
  /** Models with no value for this metric. */
  missing: number;
}

export function summarizeCell(models: readonly number[], valueOf: (model: number) => number | null | undefined): CellSummary {
  let sum = 0;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const model of models) {
    const value = valueOf(model);
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    sum += value;
    count++;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return count === 0
    ? { mean: null, min: null, max: null, count: 0, missing: models.length }
    : { mean: sum / count, min, max, count, missing: models.length - count };
}
