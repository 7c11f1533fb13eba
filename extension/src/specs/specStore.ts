// The workspace's spec files and their latest summaries: found by the glob setting, kept current by a
// file watcher (and editor edits, for diagnostics while typing), read through the backend.
import * as vscode from 'vscode';
import type { SpecSummary } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import { describeRequestError } from '../panels/requestError';
import { chooseShownSpec, type ShownSpec } from './lastGoodSummary';
import type { SpecDiagnostics } from './specDiagnostics';

/** The paper's example specs are named `<dataset>_models.json`, ours `models.json` or `<name>.models.json`. */
export const DEFAULT_SPEC_GLOB = '**/{models.json,*.models.json,*_models.json}';
const EXCLUDE = '**/{node_modules,.git}/**';
const TYPING_DEBOUNCE_MS = 300;

export interface SpecEntry {
  uri: vscode.Uri;
  /** What views show; undefined until the first read finishes. */
  shown?: ShownSpec;
  modelCount?: number;
  /** Set when the file could not be read at all. */
  failure?: string;
}

export class SpecStore implements vscode.Disposable {
  private readonly entries = new Map<string, SpecEntry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with a spec's uri when it was re-read, or undefined when the set of specs changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** The glob's watcher with its listeners; replaced (and disposed) on every scan. */
  private globWatch: vscode.Disposable | undefined;
  private readonly explicitWatchers = new Map<string, vscode.Disposable>();
  private readonly typingTimers = new Map<string, NodeJS.Timeout>();
  private readonly runningReads = new Map<string, Promise<SpecEntry>>();
  private readonly queuedReads = new Map<string, Promise<SpecEntry>>();

  constructor(
    private readonly backend: BackendClient,
    private readonly diagnostics: SpecDiagnostics,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('compressCompare.specGlob')) void this.scan();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onTyping(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.isTracked(d.uri) && void this.read(d.uri)),
      backend.onDidRestart(() => void this.rereadAll()),
    );
  }

  list(): SpecEntry[] {
    return [...this.entries.values()].sort((a, b) => a.uri.fsPath.localeCompare(b.uri.fsPath));
  }

  isTracked(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  /** The entry with a summary, reading the file first when needed. */
  async get(uri: vscode.Uri): Promise<SpecEntry> {
    const entry = this.entries.get(uri.toString());
    if (entry?.shown || entry?.failure) return entry;
    return this.read(uri);
  }

  /** Tracks a file outside the glob (opened with Compare Models) and watches it. */
  async track(uri: vscode.Uri): Promise<SpecEntry> {
    if (!this.isTracked(uri)) {
      this.entries.set(uri.toString(), { uri });
      const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!);
      this.explicitWatchers.set(uri.toString(), this.watch(vscode.workspace.createFileSystemWatcher(pattern)));
      this.changed.fire(undefined);
    }
    return this.get(uri);
  }

  /** Finds every spec in the workspace and validates them all (one backend call, with progress). */
  async scan(): Promise<void> {
    const glob = vscode.workspace.getConfiguration('compressCompare').get<string>('specGlob') || DEFAULT_SPEC_GLOB;
    this.globWatch?.dispose();
    this.globWatch = this.watch(vscode.workspace.createFileSystemWatcher(glob));
    const uris = await vscode.workspace.findFiles(glob, EXCLUDE);
    for (const [key, entry] of this.entries)
      if (!this.explicitWatchers.has(key) && !uris.some((u) => u.toString() === key)) this.forget(entry.uri);
    for (const uri of uris) if (!this.isTracked(uri)) this.entries.set(uri.toString(), { uri });
    this.changed.fire(undefined);
    if (uris.length === 0) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Compress & Compare: validating specs', cancellable: true },
      async (progress, token) => {
        const result = await this.backend.request('spec/validateMany', { paths: uris.map((u) => u.fsPath) }, token,
          (p) => p.message && progress.report({ message: p.message }));
        for (const validation of result.results) {
          const uri = vscode.Uri.file(validation.path);
          const entry = this.entries.get(uri.toString());
          if (!entry) continue;
          entry.modelCount = validation.modelCount;
          this.diagnostics.set(uri, validation.diagnostics);
        }
        this.changed.fire(undefined);
      },
    ).then(undefined, (e) => this.output.error(`scanning specs failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  /**
   * Re-reads one spec from disk, updates diagnostics and notifies views. Reads of one file run one at a
   * time; changes that arrive during a read coalesce into a single follow-up read.
   */
  read(uri: vscode.Uri): Promise<SpecEntry> {
    const key = uri.toString();
    const queued = this.queuedReads.get(key);
    if (queued) return queued;
    const previous = this.runningReads.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => {
      this.queuedReads.delete(key);
      return this.readNow(uri);
    });
    this.queuedReads.set(key, next);
    this.runningReads.set(key, next);
    void next.finally(() => this.runningReads.get(key) === next && this.runningReads.delete(key));
    return next;
  }

  private async readNow(uri: vscode.Uri): Promise<SpecEntry> {
    const key = uri.toString();
    const entry = this.entries.get(key) ?? { uri };
    this.entries.set(key, entry);
    try {
      const summary: SpecSummary = await this.backend.request('spec/summarize', { path: uri.fsPath });
      entry.shown = chooseShownSpec(entry.shown?.summary, summary);
      entry.modelCount = summary.models.length;
      entry.failure = undefined;
      if (!this.isDirty(uri)) this.diagnostics.set(uri, summary.diagnostics);
    } catch (e) {
      entry.failure = describeRequestError(e); // With the backend's hint: what to do about it.
      if (entry.shown) entry.shown = { summary: entry.shown.summary, error: entry.failure };
      this.diagnostics.setFileError(uri, entry.failure);
    }
    this.changed.fire(uri);
    return entry;
  }

  /** Re-reads the spec and gives the snapshot views show now, or undefined when it cannot be read (see requestOnSnapshot). */
  async rereadSnapshot(uri: vscode.Uri): Promise<string | undefined> {
    const entry = await this.read(uri);
    return entry.failure ? undefined : entry.shown?.summary.snapshot ?? undefined;
  }

  private async rereadAll(): Promise<void> {
    for (const entry of this.list()) if (entry.shown || entry.failure) await this.read(entry.uri);
    await this.scan();
  }

  /** The watcher and its listeners as one disposable, so a re-scan or forget() leaves nothing behind. */
  private watch(watcher: vscode.FileSystemWatcher): vscode.Disposable {
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => {
        if (!this.isTracked(uri)) this.entries.set(uri.toString(), { uri });
        void this.read(uri);
      }),
      watcher.onDidChange((uri) => this.isTracked(uri) && void this.read(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.entries.delete(key)) return;
    this.explicitWatchers.get(key)?.dispose();
    this.explicitWatchers.delete(key);
    this.diagnostics.delete(uri);
    this.changed.fire(undefined);
  }

  private isDirty(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString());
  }

  /** Unsaved edits: refresh the Problems panel from the editor's text; views wait for the save. */
  private onTyping(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.isTracked(document.uri) || !document.isDirty) return;
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.set(key, setTimeout(() => {
      this.typingTimers.delete(key);
      this.backend.request('spec/summarize', { path: document.uri.fsPath, text: document.getText() })
        .then((summary) => this.diagnostics.set(document.uri, summary.diagnostics))
        .catch((e) => this.output.warn(`validating unsaved ${document.uri.fsPath} failed: ${String(e)}`));
    }, TYPING_DEBOUNCE_MS));
  }

  dispose(): void {
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    for (const watcher of this.explicitWatchers.values()) watcher.dispose();
    this.globWatch?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
