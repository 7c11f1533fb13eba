// Selection Details: how the selected models differ. Shows one model's lineage and metrics when one is selected,
// a loading state while the backend explains the selection, its error with Retry when it fails, and otherwise one
// bar chart per primary metric (x and colour = the explaining variables, the other metrics on demand) above a
// sortable table of the models. A bar never averages two recipes: past two variables the chart is one bar per model
// or a "refine to compare" state, and value pills narrow the models compared (see chartPlan.ts).
// The container's data-state (empty|loading|ready|error) says which, for the user's CSS and for tests.
import type { SelectionExplanation, SpecSummary } from '../../../../protocol/generated/contract';
import { groupIntoCells, type ChartCell } from './chartCells';
import { perModel, planChart, restrict, shortLabel, type AllowedLevels } from './chartPlan';
import { cellTooltip, type CellContext } from './cellTooltip';
import { chooseVariables } from './chooseVariables';
import { DetailsTooltip } from './detailsTooltip';
import { parseDetailsState, type DetailsState } from './detailsState';
import type { ExplainOutcome } from './explainClient';
import { levelColors } from './levelColors';
import { renderLevelLegend } from './levelLegend';
import { renderBarChart } from './renderBarChart';
import { renderRefineControl } from './refineControl';
import { renderRefinePills } from './refinePills';
import { renderModelInfo } from './modelInfoTable';
import { metricsShown } from './metricsShown';
import { renderTable } from './renderTable';
import { tableColumns } from './tableColumns';
import { nextSort } from './tableSort';
import { modelsById } from '../modelIndex';

export const SELECT_HINT = 'Select two or more models to see how they differ.';

export type DetailsViewState = 'empty' | 'loading' | 'ready' | 'error';

export interface SelectionDetailsCallbacks {
  /** The user clicked a bar: select exactly these models everywhere. */
  select(ids: string[]): void;
  /** Ask the backend to explain these models; answer with showExplanation. */
  explain(ids: string[]): void;
  /** The selection no longer needs explaining; any answer still coming is stale. */
  cancelExplain(): void;
  /** The user's choices changed; store them (vscode.setState) to restore them after a reload. */
  stateChanged?(state: DetailsState): void;
  /** The pointer is on one model's bar or table row (null: on none), so the map and scatterplot can ring it. */
  hovered?(id: string | null): void;
}

export class SelectionDetailsView {
  private summary: SpecSummary | undefined;
  /** The selection being explained or shown, deduplicated, in selection order. */
  private ids: string[] = [];
  private shown: SelectionExplanation | undefined;
  private choices: DetailsState;
  private readonly status: HTMLDivElement;
  /** Shown with an error: asks again for the same selection (the backend may have restarted, the spec been fixed). */
  private readonly retry: HTMLButtonElement;
  private readonly content: HTMLDivElement;
  private readonly tooltip: DetailsTooltip;
  private tableBox: HTMLDivElement | undefined;
  /** Value pills pressed in "Refine comparison"; cleared when the selection changes. */
  private allowed: AllowedLevels = new Map();
  /** "More metrics": chart every metric, not only the primary ones. */
  private allMetrics = false;

  constructor(private readonly container: HTMLElement, private readonly callbacks: SelectionDetailsCallbacks, savedState?: unknown) {
    if (!container.id) container.id = 'selection-details';
    container.classList.add('selection-details');
    this.choices = parseDetailsState(savedState);
    this.status = element('div', 'details-status');
    this.status.setAttribute('role', 'status');
    this.retry = element('button', 'toolbar-button details-retry', 'Retry');
    this.retry.type = 'button';
    this.retry.hidden = true;
    this.retry.addEventListener('click', () => this.explainAgain());
    this.content = element('div', 'details-content');
    container.replaceChildren(this.status, this.retry, this.content);
    this.tooltip = new DetailsTooltip(container);
    this.showMessage('empty', SELECT_HINT);
  }

  get state(): DetailsState {
    return this.choices;
  }

  /** Call on every selection change and every new spec; asks for an explanation only when needed. */
  update(summary: SpecSummary | undefined, selectedIds: readonly string[]): void {
    const summaryChanged = summary !== this.summary;
    this.summary = summary;
    const ids = [...new Set(selectedIds)];
    if (!summary || ids.length < 2) {
      this.ids = [];
      this.shown = undefined;
      this.callbacks.cancelExplain();
      this.showMessage('empty', ids.length === 1 ? `One model is selected. ${SELECT_HINT}` : SELECT_HINT);
      const model = ids.length === 1 && summary ? modelsById(summary).get(ids[0]) : undefined;
      if (summary && model) renderModelInfo(this.content, model, modelsById(summary), summary.metrics);
      return;
    }
    const sameSelection = sameSet(ids, this.ids);
    if (sameSelection && !summaryChanged) return;
    if (!sameSelection) this.allowed = new Map();
    this.ids = ids;
    this.explainAgain();
  }

  private explainAgain(): void {
    // The previous chart stays, dimmed, so brushing does not flash an empty panel on every move.
    this.setState('loading');
    this.status.textContent = `Finding how the ${this.ids.length} selected models differ…`;
    this.callbacks.explain(this.ids);
  }

  /** Shows the backend's answer, if it is about the current selection. */
  showExplanation(outcome: ExplainOutcome): void {
    if (!sameSet(outcome.ids, this.ids)) return;
    if (outcome.kind === 'failed') {
      this.shown = undefined;
      // An old chart under an error would look like the answer for the new selection.
      this.showMessage('error', `Could not explain the selection. ${outcome.message}`);
      return;
    }
    this.shown = outcome.explanation;
    this.render();
  }

  private render(): void {
    const summary = this.summary;
    const explanation = this.shown;
    if (!summary || !explanation) return;
    this.tooltip.hide();
    this.content.replaceChildren();
    this.tableBox = undefined;
    const count = explanation.modelIds.length;
    if (explanation.unknownIds.length > 0) {
      const names = explanation.unknownIds.slice(0, 5).join(', ') + (explanation.unknownIds.length > 5 ? ', …' : '');
      this.content.append(element('p', 'details-note', `${explanation.unknownIds.length} selected ${explanation.unknownIds.length === 1 ? 'model is' : 'models are'} not in the spec any more and ${explanation.unknownIds.length === 1 ? 'is' : 'are'} left out: ${names}.`));
    }
    if (count < 2) {
      this.showMessage('empty', `Only ${count} of the selected models ${count === 1 ? 'is' : 'are'} in the spec. ${SELECT_HINT}`, false);
      return;
    }
    const full = explanation.variables;
    if (full.length === 0) {
      this.setState('ready');
      this.status.textContent = `These ${count} models are identical in every variable: the same operations with the same parameters. Their metrics are below.`;
      this.renderTableBox();
      return;
    }
    const compared = restrict(explanation, this.allowed);
    const variables = compared.variables;
    const chosen = chooseVariables(variables, this.choices.variables);
    this.setState('ready');
    // Long names (a pipeline of many steps) are shortened here; the status's tooltip and the table keep them whole.
    this.status.textContent = `${count} models differ in ${describeVariables(full.map((v) => shortLabel(v.name)))}.`;
    this.status.title = full.map((v) => v.name).join('\n');
    if (full.length > 2 || explanation.chart !== 'grouped') {
      renderRefinePills(this.content, full, this.allowed, compared.modelIds.length, count, {
        changed: (allowed) => {
          this.allowed = allowed;
          this.render();
        },
        updateSelection: () => this.callbacks.select([...compared.modelIds]),
      });
    }
    if (compared.modelIds.length < 2 || variables.length === 0) {
      this.content.append(element('p', 'details-note details-refine-needed', compared.modelIds.length < 2
        ? `The pressed values leave ${compared.modelIds.length === 1 ? 'one model' : 'no model'}: at least two are needed to compare. Release a value or press Reset.`
        : `The ${compared.modelIds.length} models left are identical in every variable. Release a value or press Reset to compare more.`));
      this.renderTableBox();
      return;
    }
    if (variables.length > 2) {
      renderRefineControl(this.content, variables, chosen, (choice) => {
        this.choices = { ...this.choices, variables: choice };
        this.callbacks.stateChanged?.(this.choices);
        this.render();
      });
    }
    const untouched = compared === explanation && !this.choices.variables;
    const plan = untouched ? explanation.chart : planChart(compared, chosen.x ?? 0, chosen.color);
    if (plan === 'refine') {
      const charted = new Set([chosen.x, chosen.color].filter((i): i is number => i !== null));
      const others = variables.filter((_, i) => !charted.has(i)).map((v) => v.name);
      this.content.append(element('p', 'details-note details-refine-needed',
        `Refine to compare: these ${compared.modelIds.length} models also differ in ${describeVariables(others)}, so a bar would average different recipes. Press values above to narrow the models, or pick other variables for x and colour.`));
      this.renderTableBox();
      return;
    }
    this.renderCharts(plan === 'perModel' ? perModel(compared) : compared, plan === 'perModel' ? { x: 0, color: null } : chosen, summary);
    this.renderTableBox();
  }

  private renderCharts(compared: SelectionExplanation, chosen: { x: number | null; color: number | null }, summary: SpecSummary): void {
    const variables = compared.variables;
    const xIndex = chosen.x ?? 0;
    const xName = variables[xIndex].name;
    const colorName = chosen.color === null ? null : variables[chosen.color].name;
    const grouping = groupIntoCells(compared, xIndex, chosen.color);
    const colors = grouping.colorLevels ? levelColors(grouping.colorLevels.length) : null;
    if (grouping.colorLevels && colors && colorName) renderLevelLegend(this.content, colorName, grouping.colorLevels, colors);

    const charts = element('div', 'details-charts');
    charts.dataset.variableX = xName;
    charts.dataset.variableColor = colorName ?? '';
    this.content.append(charts);
    const models = byId(summary, compared.modelIds);
    const skipped: string[] = [];
    const { shown, hidden } = metricsShown(summary.metrics, this.allMetrics);
    for (const metric of shown) {
      const valueOf = (i: number) => models[i]?.metrics?.[metric.name] ?? null;
      if (!compared.modelIds.some((_, i) => Number.isFinite(valueOf(i) ?? NaN))) {
        skipped.push(metric.name);
        continue;
      }
      const context: CellContext = { grouping, xName, colorName, metric, modelIds: compared.modelIds, valueOf };
      renderBarChart(charts, metric, context, colors, {
        hover: (cell, event) => {
          this.tooltip.show(cellTooltip(cell, context), { x: event.clientX, y: event.clientY });
          // A bar of several models has no one model to ring elsewhere.
          this.callbacks.hovered?.(cell.models.length === 1 ? compared.modelIds[cell.models[0]] : null);
        },
        move: (event) => this.tooltip.moveTo({ x: event.clientX, y: event.clientY }),
        leave: () => {
          this.tooltip.hide();
          this.callbacks.hovered?.(null);
        },
        activate: (cell) => this.selectCell(cell, compared),
      });
    }
    if (summary.metrics.length === 0) {
      charts.append(element('p', 'details-note', 'The spec declares no metrics, so there is nothing to chart. Add a "metrics" list to the spec and record values on the models.'));
    } else if (skipped.length > 0) {
      charts.append(element('p', 'details-note', `No selected model has a value for ${skipped.join(', ')}; ${skipped.length === 1 ? 'its chart is' : 'their charts are'} left out.`));
    }
    if (hidden > 0 || this.allMetrics) {
      const more = element('button', 'toolbar-button details-more-metrics', this.allMetrics ? 'Primary metrics only' : `More metrics (${hidden})`);
      more.type = 'button';
      more.setAttribute('aria-expanded', String(this.allMetrics));
      more.addEventListener('click', () => {
        this.allMetrics = !this.allMetrics;
        this.render();
      });
      charts.append(more);
    }
  }

  private renderTableBox(): void {
    const summary = this.summary;
    const explanation = this.shown;
    if (!summary || !explanation) return;
    const box = element('div', 'details-table-box');
    const columns = tableColumns(summary, explanation);
    renderTable(box, columns, explanation.modelIds.length, this.choices.sort, (column) => {
      this.choices = { ...this.choices, sort: nextSort(this.choices.sort, column) };
      this.callbacks.stateChanged?.(this.choices);
      this.renderTableBox();
    }, { ids: explanation.modelIds, hovered: (id) => this.callbacks.hovered?.(id) });
    if (this.tableBox) this.tableBox.replaceWith(box);
    else this.content.append(box);
    this.tableBox = box;
  }

  private selectCell(cell: ChartCell, explanation: SelectionExplanation): void {
    this.tooltip.hide();
    this.callbacks.select(cell.models.map((i) => explanation.modelIds[i]));
  }

  private showMessage(state: DetailsViewState, message: string, clear = true): void {
    this.tooltip?.hide();
    this.setState(state);
    this.status.textContent = message;
    this.status.title = '';
    if (clear) {
      this.content.replaceChildren();
      this.tableBox = undefined;
    }
  }

  private setState(state: DetailsViewState): void {
    this.container.dataset.state = state;
    this.retry.hidden = state !== 'error';
  }
}

function describeVariables(names: readonly string[]): string {
  if (names.length > 3) return `${names.length} variables`;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function byId(summary: SpecSummary, ids: readonly string[]) {
  const models = modelsById(summary);
  return ids.map((id) => models.get(id));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(b);
  return a.every((id) => set.has(id));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
