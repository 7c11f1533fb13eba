// "Which layer broke it?" in the Layers panel: the compressed model and the sample size to diagnose on, the run
// button, and per module a bar of the share of the metric gap its restoration recovers and a bar of what compressing it
// alone costs the base (sensitivity), sortable, each with "Restore this module". The host runs the diagnosis with
// progress and cancellation; this view only asks and draws, and shows the host's errors in its own status line.
import { DEFAULT_DIAGNOSE_INSTANCES, MAX_DIAGNOSE_INSTANCES, type DiagnoseKey } from '../../../protocol/layersWebview';
import type { DiagnoseResult, ModuleDiagnosis } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { labelled, toolbarSelect } from '../shared/toolbar';

export type DiagnoseSort = 'recovery' | 'sensitivity' | 'module';

export interface DiagnoseActions {
  run(key: DiagnoseKey): void;
  restore(request: { base: string; model: string; module: string }): void;
}

/** The modules in the order asked: highest recovery (or sensitivity) first, unknowns last; or by name. */
export function sortDiagnoses(modules: readonly ModuleDiagnosis[], sort: DiagnoseSort): ModuleDiagnosis[] {
  const value = (m: ModuleDiagnosis): number => (sort === 'recovery' ? m.recovery : m.sensitivity) ?? Number.NEGATIVE_INFINITY;
  return sort === 'module' ? [...modules].sort((a, b) => a.module.localeCompare(b.module)) : [...modules].sort((a, b) => value(b) - value(a));
}

const percent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(100 * v).toFixed(1)}%`);

/** A bar of a share (clamped to 0–1 for its width; the text keeps the exact value, negative or over 1 included). */
function bar(className: string, share: number | null | undefined, title: string): HTMLElement {
  const cell = element('span', `diagnose-bar ${className}`);
  const fill = element('span', 'diagnose-bar-fill');
  fill.style.width = `${Math.round(100 * Math.min(1, Math.max(0, share ?? 0)))}%`;
  cell.append(fill, element('span', 'diagnose-bar-text', percent(share)));
  cell.title = title;
  return cell;
}

export class DiagnoseView {
  readonly section = element('section', 'diagnose');
  private readonly modelSelect = toolbarSelect('diagnose-model');
  private readonly instances = element('input', 'layers-sample');
  private readonly runButton = element('button', 'toolbar-button', 'Which layer broke it?');
  private readonly sortSelect = toolbarSelect('diagnose-sort');
  private readonly status = element('span', 'status');
  private readonly list = element('div', 'diagnose-list');
  private base: string | undefined;
  private key: DiagnoseKey | undefined;
  private result: DiagnoseResult | undefined;

  constructor(private readonly actions: DiagnoseActions, private readonly label: (id: string) => string) {
    this.section.id = 'diagnose';
    this.instances.id = 'diagnose-instances';
    this.instances.type = 'number';
    this.instances.min = '1';
    this.instances.max = String(MAX_DIAGNOSE_INSTANCES);
    this.instances.value = String(DEFAULT_DIAGNOSE_INSTANCES);
    this.instances.title = `Dataset instances to evaluate each restored module on (1–${MAX_DIAGNOSE_INSTANCES}); more is slower and surer`;
    this.runButton.id = 'diagnose-run';
    this.runButton.title = 'Evaluate the compressed model once per module with that module restored to the base\'s weights, and rank the modules';
    this.sortSelect.append(new Option('Recovery', 'recovery'), new Option('Sensitivity', 'sensitivity'), new Option('Module', 'module'));
    this.sortSelect.addEventListener('change', () => this.render());
    this.status.id = 'diagnose-status';
    this.status.setAttribute('role', 'status');
    this.list.id = 'diagnose-list';
    this.list.setAttribute('role', 'table');
    this.runButton.addEventListener('click', () => this.run());
    this.instances.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.run();
    });
    const toolbar = element('div', 'toolbar');
    toolbar.append(labelled('Compressed', this.modelSelect), labelled('Instances', this.instances), this.runButton, labelled('Sort by', this.sortSelect));
    this.section.append(toolbar, this.status, this.list);
  }

  /** The base and the models compared with it: any of the others can be diagnosed against it. */
  setModels(base: string, others: readonly string[]): void {
    if (base === this.base && [...this.modelSelect.options].map((o) => o.value).join('\n') === others.join('\n')) return;
    this.base = base;
    this.modelSelect.replaceChildren(...others.map((id) => new Option(this.label(id), id)));
    this.runButton.disabled = others.length === 0;
    this.key = undefined;
    this.result = undefined;
    this.setStatus(others.length === 0 ? 'Compare a compressed model with its base to see which layer broke it.' : '', 'ready');
    this.render();
  }

  private run(): void {
    const instances = Number(this.instances.value);
    if (!this.base || !this.modelSelect.value) return;
    if (!Number.isInteger(instances) || instances < 1 || instances > MAX_DIAGNOSE_INSTANCES) {
      this.instances.setAttribute('aria-invalid', 'true');
      this.setStatus(`Give a whole number of instances from 1 to ${MAX_DIAGNOSE_INSTANCES}.`, 'error');
      this.instances.focus();
      return;
    }
    this.instances.setAttribute('aria-invalid', 'false');
    this.key = { base: this.base, model: this.modelSelect.value, instances };
    this.setStatus(`Restoring each module of ${this.label(this.key.model)} on ${instances} instances… (cancel from the progress notification)`, 'loading');
    this.actions.run(this.key);
  }

  private matches(key: DiagnoseKey): boolean {
    return this.key !== undefined && key.base === this.key.base && key.model === this.key.model && key.instances === this.key.instances;
  }

  diagnosing(key: DiagnoseKey): void {
    if (this.matches(key)) this.setStatus(`Restoring each module of ${this.label(key.model)} on ${key.instances} instances…`, 'loading');
  }

  diagnosed(key: DiagnoseKey, result: DiagnoseResult): void {
    if (!this.matches(key)) return;
    this.result = result;
    this.setStatus(`${result.metric} on ${result.instances} instances: ${this.label(result.base)} ${percent(result.baseMetric)}, `
      + `${this.label(result.model)} ${percent(result.modelMetric)} · ${result.modules.length} modules differ · ${result.seconds.toFixed(1)} s`, 'ready');
    this.render();
  }

  failed(key: DiagnoseKey, message: string): void {
    if (this.matches(key)) this.setStatus(message, 'error');
  }

  restoreFailed(message: string): void {
    this.setStatus(message, 'error');
  }

  private setStatus(text: string, kind: 'loading' | 'ready' | 'error'): void {
    this.status.textContent = text;
    this.status.className = `status is-${kind}`;
    this.section.dataset.status = kind;
  }

  private render(): void {
    const result = this.result;
    if (!result) {
      this.list.replaceChildren();
      return;
    }
    const gap = `${this.label(result.model)} with the module restored to ${this.label(result.base)}'s weights`;
    this.list.replaceChildren(...sortDiagnoses(result.modules, this.sortSelect.value as DiagnoseSort).map((m) => {
      const row = element('div', 'diagnose-row');
      row.setAttribute('role', 'row');
      row.dataset.module = m.module;
      const restore = element('button', 'toolbar-button diagnose-restore', 'Restore this module');
      restore.title = `Create ${result.model} with ${m.module || 'every module'} restored to ${result.base}'s weights, as a measured child`;
      restore.addEventListener('click', () => this.actions.restore({ base: result.base, model: result.model, module: m.module }));
      row.append(element('span', 'diagnose-module', m.module || '(top level)'),
        bar('diagnose-recovery', m.recovery, `recovery ${percent(m.recovery)}: ${result.metric} ${percent(m.restoredMetric)} for ${gap}`),
        bar('diagnose-sensitivity', m.sensitivity, m.sensitivity === null || m.sensitivity === undefined ? 'sensitivity not measured'
          : `sensitivity ${percent(m.sensitivity)}: ${result.metric} ${percent(m.compressedAloneMetric)} for ${this.label(result.base)} with only this module compressed`),
        restore);
      return row;
    }));
  }
}
