// Generates protocol/generated/contract.ts from protocol/contract.json (which the C# records generate).
// Usage: node protocol/generate-ts.mjs          writes the file
//        node protocol/generate-ts.mjs --check  exits 1 when the checked-in file differs (the drift test)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../extension/package.json'));
const { compile } = require('json-schema-to-typescript');

const contract = JSON.parse(readFileSync(join(here, 'contract.json'), 'utf8'));
const target = join(here, 'generated/contract.ts');

/** A doc comment's text, safe inside one. */
const doc = (text) => text.replaceAll('*/', '*\\/');

/** A constant as TypeScript source, quoted as the rest of the file quotes. */
const literal = (value) =>
  typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : String(value);

/**
 * Each C# class of constants as one `as const` object of the same name, so `RpcErrorCodes.WorkspaceUntrusted`
 * reads the same in both languages and its members keep their literal types (and so can form unions).
 */
function constantObjects(constants) {
  return Object.entries(constants).flatMap(([name, { description, values }]) => [
    ...(description ? [`/** ${doc(description)} */`] : []),
    `export const ${name} = {`,
    ...Object.entries(values).flatMap(([key, { value, description: about }]) => [
      ...(about ? [`  /** ${doc(about)} */`] : []),
      `  ${key}: ${literal(value)},`,
    ]),
    '} as const;',
    '',
  ]);
}

export async function generate() {
  const wrapper = { title: 'Contract', type: 'object', additionalProperties: false, definitions: contract.definitions };
  const types = await compile(wrapper, 'Contract', {
    bannerComment: '',
    unreachableDefinitions: true,
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 120 },
  });
  const body = types.replace(/export interface Contract \{\}\n*/, '');
  const requests = contract.methods.filter((m) => m.result !== null);
  const notifications = contract.methods.filter((m) => m.result === null);
  const lines = [
    '// Generated from protocol/contract.json by `node protocol/generate-ts.mjs`; do not edit.',
    '// contract.json is generated from the C# records in protocol/ by `dotnet run --project backend -- contract`.',
    '',
    `export const PROTOCOL_VERSION = ${contract.protocolVersion};`,
    '',
    body.trimEnd(),
    '',
    '/** Requests the backend answers: method name → params and result. */',
    'export interface BackendRequests {',
    ...requests.map((m) => `  /** ${m.description} */\n  '${m.name}': { params: ${m.params}; result: ${m.result} };`),
    '}',
    '',
    '/** Notifications the backend sends: method name → params. */',
    'export interface BackendNotifications {',
    ...notifications.map((m) => `  /** ${m.description} */\n  '${m.name}': ${m.params};`),
    '}',
    '',
    `export const BACKEND_REQUESTS = [${requests.map((m) => `'${m.name}'`).join(', ')}] as const;`,
    '',
    ...constantObjects(contract.constants),
  ];
  return lines.join('\n');
}

const text = await generate();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('protocol/generated/contract.ts is out of date with protocol/contract.json.\n' +
      'Regenerate: dotnet run --project backend -- contract > protocol/contract.json && node protocol/generate-ts.mjs && node protocol/generate-validators.mjs');
    process.exit(1);
  }
  console.log('protocol/generated/contract.ts matches contract.json');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
