// The instance view: one dataset instance drawn crisply (image) or as text, its true label, and each
// compared model's prediction and confidence next to the base's, changes highlighted.
import type { DatasetTask, InstanceData, InstanceRow } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { crispScale, decodeBase64, toRgba } from './instancePixels';
import { classSetText, setChangeText } from './multilabelSets';

/** CSS pixels the image may take at most along its longer side. */
const IMAGE_BOX = 224;

export class InstanceView {
  readonly element: HTMLElement;

  constructor(container: HTMLElement) {
    this.element = element('section', 'instance-view');
    this.element.id = 'instance-view';
    this.element.setAttribute('aria-label', 'Instance');
    this.element.hidden = true;
    container.append(this.element);
  }

  /** Shows the predictions at once and a placeholder until `data` arrives. */
  show(instance: number, classNames: readonly string[], models: readonly { id: string; label: string }[], row: InstanceRow | undefined): void {
    this.element.hidden = false;
    this.element.dataset.instance = String(instance);
    delete this.element.dataset.loaded;
    const picture = element('div', 'instance-picture', 'Loading the instance…');
    this.element.replaceChildren(title(instance, classNames, row), picture, predictionsTable(classNames, models, row));
  }

  /** The predictions of the shown instance once its row arrives, or why they could not be loaded. */
  setPredictions(instance: number, row: InstanceRow | undefined, classNames: readonly string[], models: readonly { id: string; label: string }[], error?: string): void {
    // The user may have opened another instance meanwhile.
    if (this.element.dataset.instance !== String(instance) || (row && row.instance !== instance)) return;
    this.element.querySelector('.instance-title')?.replaceWith(title(instance, classNames, row));
    this.element.querySelector('.instance-predictions, .instance-note')?.replaceWith(predictionsTable(classNames, models, row, error));
  }

  draw(data: InstanceData, classNames: readonly string[], task?: DatasetTask): void {
    if (this.element.dataset.instance !== String(data.instance)) return;
    const picture = this.element.querySelector<HTMLElement>('.instance-picture');
    if (!picture) return;
    // A task without classes (embeddings, regression) has no true class to show; a multilabel instance's labelled
    // set comes with its row, and the title shows it.
    const label = classNames.length > 0 && task !== 'multilabel' ? [element('div', 'instance-label', `True label: ${classNames[data.label] ?? data.label}`)] : [];
    const attributes = Object.entries(data.attributes ?? {}).map(([k, v]) => element('div', 'instance-attribute', `${k} = ${v}`));
    try {
      picture.replaceChildren(drawInstance(data), ...label, ...attributes);
      this.element.dataset.loaded = data.kind;
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  fail(message: string): void {
    const picture = this.element.querySelector<HTMLElement>('.instance-picture');
    picture?.replaceChildren(element('div', 'behaviors-error', message));
  }
}

function drawInstance(data: InstanceData): HTMLElement {
  if (data.kind === 'text') return element('p', 'instance-text', data.text ?? '');
  if (data.kind !== 'image' || !data.shape || !data.pixels)
    throw new Error(`This panel cannot draw a "${data.kind}" instance. Update the extension.`);
  const [height, width] = data.shape;
  const canvas = element('canvas', 'instance-canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The panel could not get a 2D canvas to draw the image on.');
  context.putImageData(new ImageData(toRgba(decodeBase64(data.pixels), data.shape), width, height), 0, 0);
  const scale = crispScale(height, width, IMAGE_BOX);
  canvas.style.width = `${width * scale}px`;
  canvas.dataset.scale = String(scale);
  return canvas;
}

function title(instance: number, classNames: readonly string[], row: InstanceRow | undefined): HTMLElement {
  const label = !row || classNames.length === 0 ? ''
    : Array.isArray(row.labels) ? ` · true labels ${classSetText(row.labels, classNames)}`
    : ` · true label ${classNames[row.label] ?? row.label}`;
  return element('h3', 'instance-title', `Instance #${instance}${label}`);
}

function predictionsTable(classNames: readonly string[], models: readonly { id: string; label: string }[], row: InstanceRow | undefined, error?: string): HTMLElement {
  if (!row) {
    return element('p', 'instance-note', error
      ? `The predictions for this instance could not be loaded: ${error} Open the instance again to retry.`
      : 'Loading the predictions for this instance…');
  }
  if (typeof row.predictions[0]?.cosine === 'number') return vectorTable(models, row);
  if (typeof row.predictions[0]?.text === 'string') return textTable(models, row);
  if (Array.isArray(row.labels)) return multilabelTable(classNames, models, row);
  const table = element('table', 'instance-predictions');
  const head = element('tr');
  for (const h of ['Model', 'Prediction', 'Confidence', 'vs base']) head.append(element('th', '', h));
  table.append(head);
  row.predictions.forEach((p, i) => {
    const tr = element('tr');
    tr.classList.toggle('is-changed', i > 0 && !p.agrees);
    tr.classList.toggle('is-wrong', !p.correct);
    const change = i === 0 ? 'base' : p.agrees ? `same${p.confidenceChange ? ` (${signed(p.confidenceChange)})` : ''}` : `changed · ${p.change}`;
    tr.append(
      element('td', '', models[i]?.label ?? `model ${i}`),
      element('td', '', `${classNames[p.predicted] ?? p.predicted} ${p.correct ? '✓' : '✗'}`),
      element('td', '', `${(p.confidence * 100).toFixed(1)}%`),
      element('td', '', change),
    );
    table.append(tr);
  });
  return table;
}

function headedTable(headers: readonly string[]): HTMLElement {
  const table = element('table', 'instance-predictions');
  const head = element('tr');
  for (const h of headers) head.append(element('th', '', h));
  table.append(head);
  return table;
}

/** Embedding/regression: each model's output compared with the base's on this instance. */
function vectorTable(models: readonly { id: string; label: string }[], row: InstanceRow): HTMLElement {
  const labelled = row.predictions.some((p) => typeof p.labelMse === 'number');
  const table = headedTable(['Model', 'Cosine', 'MSE', 'Relative L2', ...(labelled ? ['MSE to label'] : [])]);
  const cell = (v: number | null | undefined) => element('td', '', typeof v !== 'number' ? '—' : Number.isFinite(v) ? v.toFixed(4) : '∞');
  row.predictions.forEach((p, i) => {
    const tr = element('tr');
    tr.append(element('td', '', i === 0 ? `${models[0]?.label ?? 'base'} (base)` : models[i]?.label ?? `model ${i}`), cell(p.cosine), cell(p.mse), cell(p.relativeL2));
    if (labelled) tr.append(cell(p.labelMse));
    table.append(tr);
  });
  return table;
}

/** Generated text: each model's string next to the base's, with its token F1 to the reference and to the base. */
function textTable(models: readonly { id: string; label: string }[], row: InstanceRow): HTMLElement {
  const referenced = row.predictions.some((p) => typeof p.tokenF1 === 'number');
  const table = headedTable(['Model', 'Generated text', ...(referenced ? ['Token F1'] : []), 'vs base']);
  row.predictions.forEach((p, i) => {
    const tr = element('tr');
    tr.classList.toggle('is-changed', i > 0 && !p.agrees);
    tr.classList.toggle('is-wrong', referenced && !p.correct);
    tr.append(element('td', '', models[i]?.label ?? `model ${i}`), element('td', 'instance-generated', p.text ?? ''));
    if (referenced) tr.append(element('td', '', `${((p.tokenF1 ?? 0) * 100).toFixed(1)}%${p.correct ? ' ✓' : ''}`));
    tr.append(element('td', '', i === 0 ? 'base' : p.agrees ? 'same' : `token F1 ${((p.tokenF1ToBase ?? 0) * 100).toFixed(1)}%`));
    table.append(tr);
  });
  return table;
}

/** Multilabel: each model's predicted set, whether it is exactly the labelled set, and the classes it adds to or drops from the base's. */
function multilabelTable(classNames: readonly string[], models: readonly { id: string; label: string }[], row: InstanceRow): HTMLElement {
  const table = headedTable(['Model', 'Predicted set', 'Confidence', 'vs base']);
  const baseSet = row.predictions[0]?.predictedSet ?? [];
  row.predictions.forEach((p, i) => {
    const tr = element('tr');
    tr.classList.toggle('is-changed', i > 0 && !p.agrees);
    tr.classList.toggle('is-wrong', !p.correct);
    const set = p.predictedSet ?? [];
    const change = i === 0 ? 'base' : p.agrees ? 'same' : `${setChangeText(set, baseSet, classNames)} · ${p.change}`;
    tr.append(
      element('td', '', models[i]?.label ?? `model ${i}`),
      element('td', '', `${classSetText(set, classNames)} ${p.correct ? '✓' : '✗'}`),
      element('td', '', `${(p.confidence * 100).toFixed(1)}%`),
      element('td', '', change),
    );
    table.append(tr);
  });
  return table;
}

function signed(v: number): string {
  return `${v > 0 ? '+' : '−'}${(Math.abs(v) * 100).toFixed(1)} pp`;
}
