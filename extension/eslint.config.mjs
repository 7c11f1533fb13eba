// ESLint (flat config) for the extension's TypeScript: only the layering rules, which the type checker cannot state.
// The host (extension/src) and the webviews (extension/webviews) are two programs in two processes; they meet only
// through messages declared in protocol/ and pure code in extension/shared/. An import across that line would bundle one
// side's code into the other and fail at run time (no DOM in the host, no Node or vscode in a webview), so it fails here.
// Run from the repository root (`npm run lint` in extension/ does): paths below are relative to it.
import tsParser from '@typescript-eslint/parser';

const WEBVIEW_CODE = { regex: '(^|/)webviews(/|$)', message: 'Host code may not import webview code: share pure code through extension/shared/ or protocol/.' };
const HOST_CODE = { regex: '(^|/)src(/|$)', message: 'Webview code may not import host code: share pure code through extension/shared/ or protocol/, talk through postMessage.' };
const NODE_BUILTINS = { regex: '^node:', message: 'Webviews run in a browser: no Node built-ins.' };
const HOST_ONLY_PACKAGES = [
  { name: 'vscode', message: 'Webviews run in a browser: the vscode API exists only in the extension host.' },
  { name: 'vscode-jsonrpc/node', message: 'Webviews run in a browser: reach the backend through the host, not its Node transport.' },
];

// The webviews reach the host only through extension/webviews/shared/hostChannel.ts: it owns the one
// acquireVsCodeApi() call VS Code allows and the JSON-RPC channel whose ids, errors and cancellation a hand-posted
// message would bypass.
const HOST_CHANNEL = 'extension/webviews/shared/hostChannel.ts';
const HOST_CHANNEL_ONLY = [
  { selector: "Identifier[name='acquireVsCodeApi']", message: `Only ${HOST_CHANNEL} may call acquireVsCodeApi: use its host connection and loadState/saveState.` },
  { selector: "CallExpression[callee.property.name='postMessage']", message: `Talk to the host through ${HOST_CHANNEL} (host.sendRequest / sendNotification), not postMessage.` },
  {
    selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message']",
    message: `Host messages arrive through ${HOST_CHANNEL} (onHostNotifications, request results), not window 'message' events.`,
  },
];

/** The core rule's options: forbidden packages by name, forbidden paths by pattern. */
function forbid(patterns, paths = []) {
  return ['error', { paths, patterns }];
}

export default [
  {
    files: ['extension/**/*.ts', 'tests/extension/**/*.ts', 'tests/webviews/**/*.ts', 'protocol/**/*.ts'],
    ignores: ['extension/dist/**', 'extension/node_modules/**'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['extension/src/**/*.ts'],
    rules: { 'no-restricted-imports': forbid([WEBVIEW_CODE]) },
  },
  {
    // Host tests may share the webview tests' fixtures (pure data), never extension/webviews itself.
    files: ['tests/extension/**/*.ts'],
    rules: { 'no-restricted-imports': forbid([{ ...WEBVIEW_CODE, regex: '(^|/)extension/webviews(/|$)' }]) },
  },
  {
    files: ['extension/webviews/**/*.ts'],
    rules: { 'no-restricted-imports': forbid([HOST_CODE, NODE_BUILTINS], HOST_ONLY_PACKAGES) },
  },
  {
    files: ['extension/webviews/**/*.ts'],
    ignores: [HOST_CHANNEL],
    rules: { 'no-restricted-syntax': ['error', ...HOST_CHANNEL_ONLY] },
  },
  {
    // Webview tests run under node:test, so Node built-ins are fine; host code and the vscode API are not.
    files: ['tests/webviews/**/*.ts'],
    rules: { 'no-restricted-imports': forbid([{ ...HOST_CODE, regex: '(^|/)extension/src(/|$)' }], HOST_ONLY_PACKAGES) },
  },
  {
    // Imported by both sides, so it may depend on neither, nor on anything only one side has.
    files: ['extension/shared/**/*.ts', 'protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [
          { regex: '(^|/)(src|webviews)(/|$)', message: 'Shared code may import only shared code (extension/shared/, protocol/).' },
          { regex: '^node:', message: 'Shared code runs in the webviews too: no Node built-ins.' },
        ],
        HOST_ONLY_PACKAGES.map(({ name }) => ({ name, message: 'Shared code runs in the webviews too: no vscode API.' })),
      ),
    },
  },
];
