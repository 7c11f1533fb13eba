// "Which layer broke it?" as columns of the Layers table: which module row shows which module's diagnosis (the table's
// own module names, so a diagnosis at any depth lands on the row of that name and rows without one stay empty), which
// columns a result has (recovery always, sensitivity only when it was measured), and the header's sort cycle. Pure, tested.
import type { DiagnoseResult, ModuleDiagnosis } from '../../../protocol/generated/contract';
import type { LayerNode } from './layerTree';

export type DiagnoseMeasure = 'recovery' | 'sensitivity';

/** A sort by one of the diagnosis columns (the table's model columns are then unsorted). */
export interface DiagnoseSort {
  by: DiagnoseMeasure;
  descending: boolean;
}

/** The result's modules by their Layers name. */
export function diagnosisByModule(result: DiagnoseResult): Map<string, ModuleDiagnosis> {
  return new Map(result.modules.map((m) => [m.module, m]));
}

/** The columns the result fills: recovery, and sensitivity when at least one module has it (it is opt-in). */
export function diagnoseColumns(result: DiagnoseResult): DiagnoseMeasure[] {
  return result.modules.some((m) => typeof m.sensitivity === 'number') ? ['recovery', 'sensitivity'] : ['recovery'];
}

/** The diagnosis a row shows: a module row's own, none for tensor rows (the same name can be a tensor's and a module's). */
export function rowDiagnosis(node: LayerNode, byModule: ReadonlyMap<string, ModuleDiagnosis>): ModuleDiagnosis | undefined {
  return node.kind === 'module' ? byModule.get(node.key) : undefined;
}

/** The number a row sorts by in that column; null (sorted last) where there is none. */
export function diagnoseValue(diagnosis: ModuleDiagnosis | undefined, by: DiagnoseMeasure): number | null {
  const v = diagnosis?.[by];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A click on a diagnosis header, as on a model's: the first sorts highest first, a second flips it, a third clears the sort. */
export function nextDiagnoseSort(current: DiagnoseSort | null, by: DiagnoseMeasure): DiagnoseSort | null {
  if (!current || current.by !== by) return { by, descending: true };
  return current.descending ? { by, descending: false } : null;
}
