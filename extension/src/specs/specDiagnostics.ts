// Spec problems from the backend → VS Code's Problems panel.
import * as vscode from 'vscode';
import { DiagnosticCodes, DiagnosticSeverities, type SpecDiagnostic } from '../../../protocol/generated/contract';

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  [DiagnosticSeverities.Error]: vscode.DiagnosticSeverity.Error,
  [DiagnosticSeverities.Warning]: vscode.DiagnosticSeverity.Warning,
  [DiagnosticSeverities.Information]: vscode.DiagnosticSeverity.Information,
};

export function toVscodeDiagnostic(d: SpecDiagnostic): vscode.Diagnostic {
  // The backend counts lines and columns from 1 (as people and the CLI do); VS Code from 0.
  const range = new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, Math.max(d.endColumn - 1, d.column - 1));
  const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITIES[d.severity] ?? vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Compress & Compare';
  diagnostic.code = d.code;
  return diagnostic;
}

export class SpecDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('compress-compare');

  set(uri: vscode.Uri, diagnostics: readonly SpecDiagnostic[]): void {
    this.collection.set(uri, diagnostics.map(toVscodeDiagnostic));
  }

  /**
   * A file-level problem that is not located in the JSON (unreadable file, backend failure): the same kind as the
   * backend's own for a file it cannot read in a scan, wherever it came from.
   */
  setFileError(uri: vscode.Uri, message: string): void {
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'Compress & Compare';
    diagnostic.code = DiagnosticCodes.FileUnreadable;
    this.collection.set(uri, [diagnostic]);
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
