// Generates protocol/generated/validators.js (and its .d.ts) from protocol/contract.json: one ajv validator per params
// and result type of the method table, compiled ahead of time (ajv standalone) so the extension checks what crosses
// the wire without shipping ajv's compiler, and without `new Function`, which a webview's CSP forbids.
// Usage: node protocol/generate-validators.mjs          writes the files
//        node protocol/generate-validators.mjs --check  exits 1 when the checked-in files differ (the drift test)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../extension/package.json'));
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;

const contract = JSON.parse(readFileSync(join(here, 'contract.json'), 'utf8'));
const targets = { js: join(here, 'generated/validators.js'), dts: join(here, 'generated/validators.d.ts') };
const banner = [
  '// Generated from protocol/contract.json by `node protocol/generate-validators.mjs`; do not edit.',
  '// contract.json is generated from the C# records in protocol/ by `dotnet run --project backend -- contract`.',
];

/** The schema without its prose: descriptions and titles only annotate, and would otherwise be copied into the code. */
function withoutProse(node) {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (node === null || typeof node !== 'object') return node;
  const kept = Object.entries(node).filter(([key]) => key !== 'description' && key !== 'title');
  // Under properties and definitions the keys are names, not keywords: a property called "title" stays.
  return Object.fromEntries(kept.map(([key, value]) => [key, key === 'properties' || key === 'definitions'
    ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, withoutProse(schema)]))
    : withoutProse(value)]));
}

export function generate() {
  // Strict, so a keyword ajv would silently ignore fails the generation instead; union types are how the C#
  // exporter writes nullable scalars (["string", "null"]).
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: true, allowUnionTypes: true });
  ajv.addSchema({ $id: 'contract', definitions: withoutProse(contract.definitions) });
  const names = [...new Set(contract.methods.flatMap((m) => [m.params, m.result]).filter(Boolean))].sort();
  const code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, `contract#/definitions/${n}`])));
  const imports = code.match(/require\([^)]*\)/g);
  if (imports) throw new Error(`the validators need ${imports.join(', ')} at run time; keep the schemas to keywords that compile to plain code`);
  const table = (pick) => contract.methods.filter((m) => pick(m)).map((m) => `  '${m.name}': ${pick(m)},`);
  const js = [
    ...banner,
    code.replace(/^"use strict";/, '').trim(),
    '',
    '/** Method → the validator of its params. */',
    'export const paramsValidators = {',
    ...table((m) => m.params),
    '};',
    '',
    '/** Request method → the validator of its result (notifications have none). */',
    'export const resultValidators = {',
    ...table((m) => m.result),
    '};',
    '',
  ].join('\n');
  const dts = [
    ...banner,
    "import type * as Contract from './contract';",
    '',
    '/** One reason a value does not match its schema (ajv\'s error object; only the fields read here are declared). */',
    'export interface ContractValidationError {',
    '  /** JSON Pointer to the offending value, "" for the value itself. */',
    '  instancePath: string;',
    '  /** The schema keyword that failed, e.g. "type", "required", "enum", "additionalProperties". */',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
    '',
    '/** A compiled validator: true when the value matches; otherwise `errors` holds the first reason. */',
    'export interface ContractValidator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: ContractValidationError[] | null;',
    '}',
    '',
    ...names.map((n) => `export declare const ${n}: ContractValidator<Contract.${n}>;`),
    '',
    'export declare const paramsValidators: {',
    ...contract.methods.map((m) => `  '${m.name}': ContractValidator<Contract.${m.params}>;`),
    '};',
    '',
    'export declare const resultValidators: {',
    ...contract.methods.filter((m) => m.result).map((m) => `  '${m.name}': ContractValidator<Contract.${m.result}>;`),
    '};',
    '',
  ].join('\n');
  return { js, dts };
}

const files = generate();
if (process.argv.includes('--check')) {
  const stale = Object.entries(targets).filter(([kind, path]) => readFileSync(path, 'utf8') !== files[kind]).map(([, path]) => path);
  if (stale.length) {
    console.error(`${stale.join(' and ')} out of date with protocol/contract.json.\n` +
      'Regenerate: dotnet run --project backend -- contract > protocol/contract.json && node protocol/generate-ts.mjs && node protocol/generate-validators.mjs');
    process.exit(1);
  }
  console.log('protocol/generated/validators.{js,d.ts} match contract.json');
} else {
  mkdirSync(dirname(targets.js), { recursive: true });
  for (const [kind, path] of Object.entries(targets)) writeFileSync(path, files[kind]);
  console.log(`wrote ${targets.js} and ${targets.dts}`);
}
