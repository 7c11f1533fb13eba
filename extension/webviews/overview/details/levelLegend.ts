// The colour key above the charts: the colour variable's name and a swatch per level; long levels (a recipe of
// many steps) are shortened with the full text in the tooltip.
import { shortLabel } from './chartPlan';

export function renderLevelLegend(parent: HTMLElement, name: string, levels: readonly string[], colors: readonly string[]): void {
  const legend = document.createElement('div');
  legend.className = 'details-legend';
  const title = document.createElement('span');
  title.className = 'details-legend-title';
  title.textContent = `${name}:`;
  legend.append(title);
  levels.forEach((level, i) => {
    const item = document.createElement('span');
    item.className = 'details-legend-item';
    item.dataset.level = level;
    const swatch = document.createElement('span');
    swatch.className = 'details-swatch';
    swatch.style.background = colors[i];
    item.title = level;
    item.append(swatch, shortLabel(level));
    legend.append(item);
  });
  parent.append(legend);
}
