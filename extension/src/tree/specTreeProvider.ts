// The "Experiments" sidebar tree: spec files → their models nested by provenance, primary metrics as
// descriptions, everything else in the tooltip.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MetricDefinition, ModelSummary } from '../../../protocol/generated/contract';
import { formatMetric } from '../../shared/formatMetric';
import { modelLabel } from '../../shared/modelLabels';
import type { SpecEntry, SpecStore } from '../specs/specStore';
import { buildModelHierarchy, describeOperation, type ModelHierarchy } from './modelHierarchy';

export type SpecTreeNode =
  | { kind: 'spec'; uri: vscode.Uri }
  | { kind: 'model'; uri: vscode.Uri; id: string };

export class SpecTreeProvider implements vscode.TreeDataProvider<SpecTreeNode> {
  private readonly changed = new vscode.EventEmitter<SpecTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly hierarchies = new Map<string, ModelHierarchy>();
  /** Nodes are cached per (spec, id) so reveal() and selection keep working across refreshes. */
  private readonly nodes = new Map<string, SpecTreeNode>();
  /** The node key of the model under the pointer in an overview panel, marked in its description. */
  private hovered: string | undefined;

  constructor(private readonly store: SpecStore) {
    store.onDidChange(() => {
      this.hierarchies.clear();
      this.changed.fire(undefined);
    });
  }

  specNode(uri: vscode.Uri): SpecTreeNode {
    return this.node(`${uri.toString()}`, () => ({ kind: 'spec', uri }));
  }

  modelNode(uri: vscode.Uri, id: string): SpecTreeNode {
    return this.node(`${uri.toString()}#${id}`, () => ({ kind: 'model', uri, id }));
  }

  /** Marks the model the pointer is on in the spec's overview (null: none), redrawing only the two rows that change. */
  setHovered(uri: vscode.Uri, id: string | null): void {
    const key = id === null ? undefined : `${uri.toString()}#${id}`;
    if (key === this.hovered) return;
    const before = this.hovered;
    this.hovered = key;
    for (const k of [before, key]) {
      const node = k === undefined ? undefined : this.nodes.get(k);
      if (node) this.changed.fire(node);
    }
  }

  async getChildren(element?: SpecTreeNode): Promise<SpecTreeNode[]> {
    if (!element) return this.store.list().map((e) => this.specNode(e.uri));
    const hierarchy = await this.hierarchy(element.uri);
    if (!hierarchy) return [];
    const models = element.kind === 'spec' ? hierarchy.roots : hierarchy.childrenOf(element.id);
    return models.map((m) => this.modelNode(element.uri, m.id));
  }

  async getParent(element: SpecTreeNode): Promise<SpecTreeNode | undefined> {
    if (element.kind === 'spec') return undefined;
    const parent = (await this.hierarchy(element.uri))?.parentOf(element.id);
    return parent ? this.modelNode(element.uri, parent.id) : this.specNode(element.uri);
  }

  async getTreeItem(element: SpecTreeNode): Promise<vscode.TreeItem> {
    const entry = await this.store.get(element.uri).catch(() => undefined);
    if (element.kind === 'spec') return this.specItem(element.uri, entry);
    const summary = entry?.shown?.summary;
    const model = summary?.models.find((m) => m.id === element.id);
    if (!summary || !model) return new vscode.TreeItem(element.id);
    const hierarchy = await this.hierarchy(element.uri);
    const hasChildren = (hierarchy?.childrenOf(model.id).length ?? 0) > 0;
    const label = modelLabel(summary.models, model.id);
    const item = new vscode.TreeItem(label,
      hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${element.uri.toString()}#${model.id}`;
    const metrics = primaryMetrics(model, summary.metrics);
    item.description = this.hovered === item.id ? [HOVER_MARKER, metrics].filter(Boolean).join(' · ') : metrics;
    item.tooltip = modelTooltip(model, label, summary.metrics);
    item.contextValue = 'model';
    item.iconPath = new vscode.ThemeIcon(model.operation ? 'symbol-event' : 'circuit-board');
    item.command = { command: 'compressCompare.selectModel', title: 'Select in Compression Overview', arguments: [element.uri, model.id] };
    return item;
  }

  private specItem(uri: vscode.Uri, entry: SpecEntry | undefined): vscode.TreeItem {
    const item = new vscode.TreeItem(path.basename(uri.fsPath), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = uri.toString();
    item.resourceUri = uri;
    item.contextValue = 'spec';
    const folder = vscode.workspace.asRelativePath(path.dirname(uri.fsPath));
    const count = entry?.shown?.summary.models.length ?? entry?.modelCount;
    item.description = [folder === path.dirname(uri.fsPath) ? undefined : folder, count === undefined ? undefined : `${count} models`]
      .filter(Boolean).join(' · ');
    item.tooltip = entry?.failure ?? entry?.shown?.error ?? uri.fsPath;
    item.iconPath = entry?.failure || entry?.shown?.error ? new vscode.ThemeIcon('warning') : new vscode.ThemeIcon('type-hierarchy');
    return item;
  }

  private async hierarchy(uri: vscode.Uri): Promise<ModelHierarchy | undefined> {
    const key = uri.toString();
    const cached = this.hierarchies.get(key);
    if (cached) return cached;
    const summary = (await this.store.get(uri).catch(() => undefined))?.shown?.summary;
    if (!summary) return undefined;
    const hierarchy = buildModelHierarchy(summary);
    this.hierarchies.set(key, hierarchy);
    return hierarchy;
  }

  private node(key: string, make: () => SpecTreeNode): SpecTreeNode {
    let node = this.nodes.get(key);
    if (!node) this.nodes.set(key, (node = make()));
    return node;
  }
}

/** Shown before the metrics of the model the pointer is on in the overview. */
export const HOVER_MARKER = '◀ hovered';

function primaryMetrics(model: ModelSummary, metrics: readonly MetricDefinition[]): string {
  return metrics
    .filter((m) => m.primary && model.metrics[m.name] !== undefined)
    .map((m) => formatMetric(model.metrics[m.name] ?? null, m))
    .join(' · ');
}

function modelTooltip(model: ModelSummary, label: string, metrics: readonly MetricDefinition[]): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(label)}**  \n`);
  tooltip.appendMarkdown(`\`${escape(model.id)}\` · ${escape(describeOperation(model))}` + (model.base ? ` · from \`${escape(model.base)}\`` : '') + '\n\n');
  const declared = new Map(metrics.map((m) => [m.name, m]));
  const rows = Object.entries(model.metrics).map(([name, value]) =>
    `| ${escape(name)} | ${escape(formatMetric(value, declared.get(name)))} |`);
  if (rows.length) tooltip.appendMarkdown(['| Metric | Value |', '|---|---:|', ...rows].join('\n'));
  if (model.artifact) tooltip.appendMarkdown(`\n\nArtifact: \`${escape(model.artifact)}\``);
  return tooltip;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
