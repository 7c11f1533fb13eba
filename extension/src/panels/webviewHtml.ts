// The HTML shell of every panel: a strict Content-Security-Policy with a per-load nonce, scripts and
// styles only from the extension's own dist/webviews folder, nothing remote.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webviews')];
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, panel: string, title: string,
  data: Record<string, string>): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webviews', file)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    // D3 sets inline style attributes; scripts still need the nonce.
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const dataAttributes = Object.entries(data).map(([k, v]) => ` data-${k}="${escapeAttribute(v)}"`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeAttribute(title)}</title>
<link rel="stylesheet" href="${asset(`${panel}.css`)}">
</head>
<body${dataAttributes}>
<div id="root"></div>
<script nonce="${nonce}" src="${asset(`${panel}.js`)}"></script>
</body>
</html>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
