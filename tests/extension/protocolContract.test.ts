// The TypeScript side of the contract: generated types match contract.json, every fixture validates
// against its definition, and the spec schema accepts real specs and rejects broken ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repoRoot';
import Ajv from 'ajv';

const repo = repoRoot();
const read = (p: string) => JSON.parse(readFileSync(join(repo, p), 'utf8'));

test('protocol/generated/contract.ts is what contract.json generates', () => {
  // Throws (non-zero exit, with the regeneration command on stderr) on drift.
  execFileSync(process.execPath, [join(repo, 'protocol/generate-ts.mjs'), '--check'], { stdio: 'pipe' });
});

test('protocol/generated/validators.{js,d.ts} are what contract.json generates', () => {
  execFileSync(process.execPath, [join(repo, 'protocol/generate-validators.mjs'), '--check'], { stdio: 'pipe' });
});

test('every fixture validates against its contract definition, and every definition has a fixture', () => {
  const contract = read('protocol/contract.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(contract, 'contract');
  const fixtures = readdirSync(join(repo, 'protocol/fixtures')).filter((f) => f.endsWith('.json'));
  for (const file of fixtures) {
    const name = file.replace(/\.json$/, '');
    const validate = ajv.getSchema(`contract#/definitions/${name}`);
    assert.ok(validate, `protocol/fixtures/${file} names no definition in contract.json`);
    assert.ok(validate(read(`protocol/fixtures/${file}`)), `${file}: ${ajv.errorsText(validate.errors)}`);
  }
  const used = new Set(contract.methods.flatMap((m: { params: string; result: string | null }) => [m.params, m.result]).filter(Boolean));
  for (const name of used) assert.ok(fixtures.includes(`${name}.json`), `add protocol/fixtures/${name}.json`);
});

test('a fixture with a mistyped field fails validation (the check can fail)', () => {
  const ajv = new Ajv({ strict: false });
  ajv.addSchema(read('protocol/contract.json'), 'contract');
  const validate = ajv.getSchema('contract#/definitions/SummarizeParams')!;
  assert.equal(validate({ Path: '/a/models.json' }), false, 'PascalCase must not validate');
  assert.equal(validate({ path: 1 }), false);
});

test('the spec schema accepts the demo spec and the upstream-shaped fixture, and rejects a non-numeric metric', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(read('protocol/spec.schema.json'));
  for (const file of ['tests/fixtures/specs/demo.models.json', 'tests/fixtures/specs/upstream.models.json'])
    assert.ok(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`);
  const broken = read('tests/fixtures/specs/demo.models.json');
  broken.models[1].metrics['Top-1 Accuracy'] = 'high';
  assert.equal(validate(broken), false);
});
