// "Which layer broke it?" in the Layers panel: above the table, the compressed model, the module depth, the sample size,
// whether to also measure sensitivity, the run button and a status line; in the table, per module row, a bar of the
// share of the metric gap its restoration recovers (with "Restore this module") and, when measured, a bar of what
// compressing it alone costs the base (diagnoseColumn maps results to rows). The host runs the diagnosis with progress
// and cancellation; this view only asks and draws, and shows the host's errors in its own status line.
import { DEFAULT_DIAGNOSE_INSTANCES, MAX_DIAGNOSE_DEPTH, MAX_DIAGNOSE_INSTANCES, type DiagnoseKey } from '../../../protocol/layersWebview';
import type { DiagnoseResult, ModuleDiagnosis } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { labelled, toolbarSelect } from '../shared/toolbar';
import type { DiagnoseMeasure } from './diagnoseColumn';

export interface DiagnoseActions {
  run(key: DiagnoseKey): void;
  restore(request: { base: string; model: string; module: string }): void;
  /** A result arrived (undefined: the one in view no longer applies); the table redraws its diagnosis columns. */
  changed(result: DiagnoseResult | undefined): void;
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
  private readonly depthSelect = toolbarSelect('diagnose-depth');
  private readonly instances = element('input', 'layers-sample');
  private readonly sensitivity = element('input');
  private readonly runButton = element('button', 'toolbar-button', 'Which layer broke it?');
  private readonly status = element('span', 'status');
  private base: string | undefined;
  private key: DiagnoseKey | undefined;
  private result: DiagnoseResult | undefined;

  constructor(private readonly actions: DiagnoseActions, private readonly label: (id: string) => string) {
    this.section.id = 'diagnose';
    this.depthSelect.append(new Option('leaf modules', ''), ...Array.from({ length: 4 }, (_, i) => new Option(`depth ${i + 1}`, String(i + 1))));
    this.depthSelect.title = 'Restore the modules that hold weights one by one, or group them by the first segments of their names';
    this.instances.id = 'diagnose-instances';
    this.instances.type = 'number';
    this.instances.min = '1';
    this.instances.max = String(MAX_DIAGNOSE_INSTANCES);
    this.instances.value = String(DEFAULT_DIAGNOSE_INSTANCES);
    this.instances.title = `Dataset instances to evaluate each restored module on (1–${MAX_DIAGNOSE_INSTANCES}); more is slower and surer`;
    this.sensitivity.type = 'checkbox';
    this.sensitivity.id = 'diagnose-sensitivity';
    const sensitivityLabel = element('label', 'toolbar-label toggle', 'Also measure sensitivity (doubles the time)');
    sensitivityLabel.prepend(this.sensitivity);
    sensitivityLabel.title = 'Also evaluate the base with only each module compressed: what compressing that module alone costs';
    this.runButton.id = 'diagnose-run';
    this.runButton.title = 'Evaluate the compressed model once per module with that module restored to the base\'s weights, and rank the modules in the table';
    this.status.id = 'diagnose-status';
    this.status.setAttribute('role', 'status');
    this.runButton.addEventListener('click', () => this.run());
    this.instances.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.run();
    });
    const toolbar = element('div', 'toolbar');
    toolbar.append(labelled('Compressed', this.modelSelect), labelled('Modules', this.depthSelect), labelled('Instances', this.instances), sensitivityLabel,
      this.runButton);
    this.section.append(toolbar, this.status);
  }

  /** The diagnosis in view, if any: the table's diagnosis columns show it. */
  get shown(): DiagnoseResult | undefined {
    return this.result;
  }

  /** The base and the models compared with it: any of the others can be diagnosed against it. */
  setModels(base: string, others: readonly string[]): void {
    if (base === this.base && [...this.modelSelect.options].map((o) => o.value).join('\n') === others.join('\n')) return;
    this.base = base;
    this.modelSelect.replaceChildren(...others.map((id) => new Option(this.label(id), id)));
    this.runButton.disabled = others.length === 0;
    this.key = undefined;
    this.show(undefined);
    this.setStatus(others.length === 0 ? 'Compare a compressed model with its base to see which layer broke it.' : '', 'ready');
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
    const depth = this.depthSelect.value === '' ? null : Math.min(MAX_DIAGNOSE_DEPTH, Number(this.depthSelect.value));
    this.key = { base: this.base, model: this.modelSelect.value, instances, depth, sensitivity: this.sensitivity.checked };
    this.setStatus(`${this.doing(this.key)}… (cancel from the progress notification)`, 'loading');
    this.actions.run(this.key);
  }

  private doing(key: DiagnoseKey): string {
    return `Restoring each module of ${this.label(key.model)} on ${key.instances} instances${key.sensitivity ? ', and compressing each alone' : ''}`;
  }

  private matches(key: DiagnoseKey): boolean {
    const k = this.key;
    return k !== undefined && key.base === k.base && key.model === k.model && key.instances === k.instances && key.depth === k.depth && key.sensitivity === k.sensitivity;
  }

  diagnosing(key: DiagnoseKey): void {
    if (this.matches(key)) this.setStatus(`${this.doing(key)}…`, 'loading');
  }

  diagnosed(key: DiagnoseKey, result: DiagnoseResult): void {
    if (!this.matches(key)) return;
    this.setStatus(`${result.metric} on ${result.instances} instances: ${this.label(result.base)} ${percent(result.baseMetric)}, `
      + `${this.label(result.model)} ${percent(result.modelMetric)} · ${result.modules.length} modules differ · ${result.seconds.toFixed(1)} s`
      + ' · ranked in the table\'s Recovery column', 'ready');
    this.show(result);
  }

  failed(key: DiagnoseKey, message: string): void {
    if (this.matches(key)) this.setStatus(message, 'error');
  }

  restoreFailed(message: string): void {
    this.setStatus(message, 'error');
  }

  private show(result: DiagnoseResult | undefined): void {
    if (result === this.result) return;
    this.result = result;
    this.actions.changed(result);
  }

  private setStatus(text: string, kind: 'loading' | 'ready' | 'error'): void {
    this.status.textContent = text;
    this.status.className = `status is-${kind}`;
    this.section.dataset.status = kind;
  }

  /** A table cell of `by` for one module's diagnosis (empty for a row without one); the recovery cell carries the row's restore button. */
  cell(diagnosis: ModuleDiagnosis | undefined, by: DiagnoseMeasure): HTMLElement {
    const cell = element('div', `diagnose-cell diagnose-${by}`);
    const result = this.result;
    if (!result || !diagnosis) return cell;
    cell.dataset.module = diagnosis.module;
    if (by === 'sensitivity') {
      cell.append(bar('diagnose-sensitivity-bar', diagnosis.sensitivity, diagnosis.sensitivity === null || diagnosis.sensitivity === undefined ? 'sensitivity not measured'
        : `sensitivity ${percent(diagnosis.sensitivity)}: ${result.metric} ${percent(diagnosis.compressedAloneMetric)} for ${this.label(result.base)} with only this module compressed`));
      return cell;
    }
    const restore = element('button', 'toolbar-button diagnose-restore', 'Restore');
    restore.setAttribute('aria-label', 'Restore this module');
    restore.title = `Restore this module: create ${result.model} with ${diagnosis.module || 'every module'} restored to ${result.base}'s weights, as a measured child`;
    restore.addEventListener('click', () => this.actions.restore({ base: result.base, model: result.model, module: diagnosis.module }));
    cell.append(bar('diagnose-recovery-bar', diagnosis.recovery,
      `recovery ${percent(diagnosis.recovery)}: ${result.metric} ${percent(diagnosis.restoredMetric)} for ${this.label(result.model)} with this module restored to ${this.label(result.base)}'s weights`),
    restore);
    return cell;
  }
}
