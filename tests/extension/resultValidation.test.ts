// Results are checked against the contract where they arrive: the generated validators accept every fixture and
// refuse a wrong type or a missing required field with its path, and BackendConnection rejects such a result with
// the message that tells the user what to do, never passing it on. The fake backend is fixtures/answeringBackend.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateParams, validateResult } from '../../protocol/contractValidation';
import type { BackendRequests } from '../../protocol/generated/contract';
import { RESULT_UNREADABLE } from '../../extension/src/backend/backendErrorCodes';
import { BackendConnection, BackendRequestError } from '../../extension/src/backend/backendConnection';
import { repoRoot } from './repoRoot';

const repo = repoRoot();
const contract = JSON.parse(readFileSync(join(repo, 'protocol/contract.json'), 'utf8')) as { methods: { name: string; params: string; result: string | null }[] };
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(repo, `protocol/fixtures/${name}.json`), 'utf8'));

test('every method\'s result and params fixture passes its validator', () => {
  for (const { name, params, result } of contract.methods) {
    if (result) assert.equal(validateResult(name as keyof BackendRequests, fixture(result)), undefined, `${name} result`);
    assert.equal(validateParams(name as keyof BackendRequests, fixture(params)), undefined, `${name} params`);
  }
});

test('a wrong type, a missing required field, an unknown word or an extra field is named with its path', () => {
  const summary = fixture('SpecSummary') as { models: { id: unknown }[]; diagnostics: { severity: unknown }[] };
  summary.models[0].id = 7;
  assert.equal(validateResult('spec/summarize', summary), '/models/0/id: must be string');
  const { roots: _roots, ...withoutRoots } = fixture('SpecSummary') as Record<string, unknown>;
  assert.equal(validateResult('spec/summarize', withoutRoots), "/: must have required property 'roots'");
  const page = fixture('InstancesPage') as { rows: { predictions: { change: string }[] }[] };
  page.rows[0].predictions[0].change = 'worse';
  assert.equal(validateResult('behaviors/instances', page),
    '/rows/0/predictions/0/change: must be equal to one of the allowed values ("bothRight", "fixed", "broken", "bothWrong")');
  assert.equal(validateResult('dataset/instance', { ...(fixture('InstanceData') as object), extra: 1 }), '/: must NOT have additional properties "extra"');
  assert.equal(validateResult('dataset/instance', null), '/: must be object');
});

let backend: BackendConnection;
before(async () => {
  const fake = { file: process.execPath, args: [join(repo, 'tests/extension/fixtures/answeringBackend.mjs')] };
  backend = await BackendConnection.start(fake, { info: () => undefined, error: () => undefined }, 'node-test', { trusted: true });
});
after(() => backend?.stop());

test('BackendConnection passes a valid result on', async () => {
  const data = await backend.request('dataset/instance', { path: '/valid', instance: 17 });
  assert.deepEqual(data, fixture('InstanceData'));
});

for (const [path, problem] of [['/wrong-type', '/label: must be integer'], ['/missing-kind', "/: must have required property 'kind'"]]) {
  test(`BackendConnection rejects a result with ${path.slice(1)}, saying what to do`, async () => {
    await assert.rejects(backend.request('dataset/instance', { path, instance: 17 }), (e: unknown) => {
      assert.ok(e instanceof BackendRequestError, String(e));
      assert.equal(e.code, RESULT_UNREADABLE);
      assert.equal(e.message, `The backend answered dataset/instance with a result this extension cannot read (${problem}). ` +
        'Update the extension and backend together, or run "Compress & Compare: Restart Backend".');
      return true;
    });
    assert.equal(backend.alive, true, 'the connection stays usable');
  });
}
