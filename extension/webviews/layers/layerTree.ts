// The Layers table's rows: modules (following ModuleProbe.parent) with their tensors as leaves and their
// activation outputs attached, sorted within each parent and flattened to the rows in view (expanded
// modules, name filter). Pure, tested.
import type { ModuleStats, ProbeResult, TensorProbe, TensorStats } from '../../../protocol/generated/contract';
import { firstOutputIndex, mergeByExecution, moduleOutputs } from './activationOutputs';
import { lastPart, parentName } from './dottedNames';
import { rowMatches } from './rowNames';

export type RowKind = 'module' | 'tensor';
export type SortMetric = 'relL2' | 'changed' | 'sparsity' | 'zeroOnlyHere';
/** Whether a row's numbers are those of its weights or of its module's output on the dataset sample. */
export type StatsSource = 'weights' | 'activations';

export interface LayerNode {
  /** The module's or tensor's full dotted name ("" for the whole model); unique across both kinds. */
  key: string;
  kind: RowKind;
  /** The last part of the name, as the row shows it. */
  label: string;
  /** What the module is ("Conv", "Linear", "ReLU"…), from the graph or the checkpoint's config; undefined when unknown and for tensors. */
  type?: string;
  parent: string | null;
  params: number;
  /** Per model, base first; null where the model lacks the module's or tensor's values. */
  stats: (ModuleStats | TensorStats | null)[];
  /** The tensor's probe (shape, shared bins); undefined for modules. */
  tensor?: TensorProbe;
  /** A module's output on the dataset sample (the last when it produced several, see moduleOutputs). */
  output?: TensorProbe;
  /** How many outputs the module produced; 0 without activations. */
  outputCount: number;
  /** A module known only from activations (e.g. a ReLU): it has no weights, so its weight cells are empty. */
  weightless: boolean;
  children: LayerNode[];
}

export interface LayerTree {
  /** Top-level rows: the whole-model module's children (or every parentless node when there is none). */
  roots: LayerNode[];
  byKey: Map<string, LayerNode>;
}

export interface RowSort {
  /** Index of the model (column) whose numbers order the rows, base = 0. */
  model: number;
  metric: SortMetric;
  descending: boolean;
  /** Weights unless given. */
  source?: StatsSource;
  /** Sorts by this number instead of a model's statistic (a column that is not a model's, such as a diagnosis); null sorts last. */
  value?: (node: LayerNode) => number | null;
}

export interface VisibleRow {
  node: LayerNode;
  depth: number;
  expanded: boolean;
}

/**
 * Builds the hierarchy. A tensor whose module is not listed, or a module whose parent is not, hangs
 * under its nearest listed ancestor, so no probed tensor is ever left out of the table.
 * Tensor keys get a "#tensor" suffix only when a module has the same full name.
 * With activations, each module row carries its output, and modules that only produced outputs get rows
 * too, among their siblings in execution order (see mergeByExecution).
 */
export function buildLayerTree(result: ProbeResult): LayerTree {
  const byKey = new Map<string, LayerNode>();
  const modules = new Map<string, LayerNode>();
  for (const m of result.modules) {
    const node: LayerNode = { key: m.name, kind: 'module', label: lastPart(m.name) || 'whole model', type: m.type ?? undefined, parent: m.parent ?? null,
      params: m.params, stats: m.models.map((s) => s ?? null), outputCount: 0, weightless: false, children: [] };
    modules.set(m.name, node);
    byKey.set(m.name, node);
  }
  const ancestorOf = (name: string | null): LayerNode | undefined => {
    for (let n = name; n !== null; n = parentName(n)) {
      const found = modules.get(n);
      if (found) return found;
    }
    return undefined;
  };
  const roots: LayerNode[] = [];
  const parentOf = (parentKey: string | null) => (parentKey === null ? undefined : modules.get(parentKey) ?? ancestorOf(parentName(parentKey)));
  const attach = (node: LayerNode, parentKey: string | null) => {
    const parent = parentOf(parentKey);
    node.parent = parent?.key ?? null;
    (parent ? parent.children : roots).push(node);
  };
  for (const node of modules.values()) attach(node, node.parent);
  // Output-only modules join the name index before tensors, so a tensor named like one still gets its own key.
  const extras: LayerNode[] = [];
  for (const [name, { output, count }] of result.activations ? moduleOutputs(result.activations) : []) {
    const known = modules.get(name);
    if (known) {
      known.output = output;
      known.outputCount = count;
      continue;
    }
    const node: LayerNode = { key: name, kind: 'module', label: lastPart(name) || 'whole model', parent: parentName(name), params: 0,
      stats: result.models.map(() => null), output, outputCount: count, weightless: true, children: [] };
    extras.push(node);
    modules.set(name, node);
    byKey.set(name, node);
  }
  for (const t of result.tensors) {
    const key = modules.has(t.name) ? `${t.name}#tensor` : t.name;
    const node: LayerNode = { key, kind: 'tensor', label: lastPart(t.name), parent: t.module, params: t.params,
      stats: t.models.map((s) => s ?? null), tensor: t, outputCount: 0, weightless: false, children: [] };
    byKey.set(key, node);
    attach(node, t.module);
  }
  if (result.activations && extras.length > 0) {
    const first = firstOutputIndex(result.activations);
    const byParent = new Map<LayerNode | undefined, LayerNode[]>();
    for (const node of extras) {
      const parent = parentOf(node.parent);
      node.parent = parent?.key ?? null;
      const group = byParent.get(parent);
      if (group) group.push(node);
      else byParent.set(parent, [node]);
    }
    for (const [parent, nodes] of byParent) {
      const merged = mergeByExecution(parent ? parent.children : roots, nodes, first);
      if (parent) parent.children = merged;
      else roots.splice(0, roots.length, ...merged);
    }
  }
  // The whole-model row adds nothing the column headers do not show; its children are the top level.
  if (roots.length === 1 && roots[0].kind === 'module' && roots[0].key === '') return { roots: roots[0].children, byKey };
  return { roots, byKey };
}

/** The number a row is sorted by; null when the model lacks the row (or its output) or the number is undefined. */
export function metricValue(node: LayerNode, model: number, metric: SortMetric, source: StatsSource = 'weights'): number | null {
  const s = source === 'activations' ? node.output?.models[model] : node.stats[model];
  if (!s) return null;
  const v = metric === 'relL2' ? s.relL2 : s[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Children of every node ordered by `sort` (stable; rows without a value last), or in file order when null. */
export function sortTree(tree: LayerTree, sort: RowSort | null): LayerTree {
  const order = (nodes: LayerNode[]): LayerNode[] => {
    const sorted = sort ? sortSiblings(nodes, sort) : nodes;
    return sorted.map((n) => (n.children.length > 0 ? { ...n, children: order(n.children) } : n));
  };
  const roots = order(tree.roots);
  const byKey = new Map<string, LayerNode>();
  const index = (nodes: LayerNode[]) => nodes.forEach((n) => (byKey.set(n.key, n), index(n.children)));
  index(roots);
  return { roots, byKey };
}

export function sortSiblings(nodes: readonly LayerNode[], sort: RowSort): LayerNode[] {
  const sign = sort.descending ? -1 : 1;
  return nodes.map((node, i) => ({ node, i, v: sort.value ? sort.value(node) : metricValue(node, sort.model, sort.metric, sort.source) }))
    .sort((a, b) => (a.v === null) !== (b.v === null) ? (a.v === null ? 1 : -1)
      : a.v !== null && b.v !== null && a.v !== b.v ? sign * (a.v - b.v) : a.i - b.i)
    .map((x) => x.node);
}

/**
 * The rows in view, depth first. Without a filter (`match` null), a module's children show when it is
 * expanded. With one, a row shows when its full name matches (see nameFilter) or a descendant's does, and
 * the modules on the way to a match open, so a match is never hidden behind a collapsed parent.
 */
export function visibleLayerRows(tree: LayerTree, expanded: ReadonlySet<string>, match: ((name: string) => boolean) | null): VisibleRow[] {
  const rows: VisibleRow[] = [];
  if (!match) {
    const walk = (nodes: LayerNode[], depth: number) => {
      for (const node of nodes) {
        const open = node.children.length > 0 && expanded.has(node.key);
        rows.push({ node, depth, expanded: open });
        if (open) walk(node.children, depth + 1);
      }
    };
    walk(tree.roots, 0);
    return rows;
  }
  const matches = new Map<LayerNode, boolean>();
  const matchesBelow = (node: LayerNode): boolean => {
    let any = rowMatches(node, match);
    for (const child of node.children) any = matchesBelow(child) || any;
    matches.set(node, any);
    return any;
  };
  tree.roots.forEach(matchesBelow);
  const walk = (nodes: LayerNode[], depth: number) => {
    for (const node of nodes) {
      if (!matches.get(node)) continue;
      const open = node.children.some((c) => matches.get(c));
      rows.push({ node, depth, expanded: open });
      if (open) walk(node.children, depth + 1);
    }
  };
  walk(tree.roots, 0);
  return rows;
}

/** Modules open when the panel first shows a result: the top level, so the first screen lists layers, not one row. */
export function defaultExpanded(tree: LayerTree): string[] {
  return tree.roots.filter((n) => n.kind === 'module' && n.children.length > 0).map((n) => n.key);
}
