// Saving a chart or a table from any panel (Compression Overview, Behaviors, Layers): the webview renders the file's
// content and the host asks where to save it and writes it. One request for every panel, so each host panel registers
// the same handler (extension/src/export/saveExport.ts). The host validates the params: a webview is untrusted input.
import { NotificationType, RequestType } from 'vscode-jsonrpc';

export const EXPORT_FORMATS = ['svg', 'png', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface SaveExportParams {
  /** What was saved, as a file-name part: "scatter", "behaviors-classes". The host prefixes the spec's stem. */
  name: string;
  format: ExportFormat;
  /** The file's text (SVG, CSV), or for PNG its bytes in base64 (no data: prefix). */
  content: string;
}

/** Webview → host: save this content; answers the saved file's URI, or null when the user cancelled the dialog. */
export const SaveExport = new RequestType<SaveExportParams, { saved: string | null }, void>('export/save');
/** Webview → host: the panel could not render what the user asked to save; the host shows the message. */
export const SaveExportFailed = new NotificationType<{ message: string }>('export/failed');

/** A chart the size of a large monitor at 3× still fits; anything bigger is not one of ours. */
const MAX_CONTENT = 256 * 1024 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** The params of a save request, or undefined when malformed (never throws). */
export function parseSaveExport(raw: unknown): SaveExportParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { name, format, content } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || !NAME.test(name)) return undefined;
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) return undefined;
  if (typeof content !== 'string' || content.length > MAX_CONTENT) return undefined;
  return { name, format: format as ExportFormat, content };
}

/** The failure message to show, or undefined when malformed. */
export function parseSaveExportFailed(raw: unknown): string | undefined {
  const message = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).message : undefined;
  return typeof message === 'string' && message.length > 0 ? message.slice(0, 2000) : undefined;
}

/** The save dialog's suggested file name: "<spec stem>-<name>.<format>" ("paper-scatter.svg" for paper.json). */
export function defaultExportFileName(specFileName: string, params: Pick<SaveExportParams, 'name' | 'format'>): string {
  const stem = specFileName.replace(/\.[^.]*$/, '') || 'spec';
  return `${stem}-${params.name}.${params.format}`;
}
