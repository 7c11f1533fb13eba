// A crashed backend is restarted by the extension, which re-reads the specs: the open Model Map keeps
// following the spec on disk.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { openOverview, readOutputChannel, readSpec, waitFor, withWorkbench } from './workbench.mjs';

const backendPids = (session) =>
  [...(readOutputChannel(session.cs) ?? '').matchAll(/\(pid (\d+)\) ready/g)].map((m) => Number(m[1]));

test('the extension restarts a killed backend and the map keeps following the spec', { timeout: 270_000 }, async () => {
  await withWorkbench('backendRestart', async (session) => {
    const { page, specPath } = session;
    const spec = readSpec(specPath);
    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    const nodeCount = async () => Number(await map.getAttribute('data-node-count', { timeout: 2_000 }));
    assert.equal(await nodeCount(), spec.models.length);

    const [first] = await waitFor('the backend to log its pid', () => backendPids(session).length === 1 && backendPids(session));
    process.kill(first, 'SIGKILL');
    const [, second] = await waitFor('a second backend to start', () => backendPids(session).length === 2 && backendPids(session),
      { timeout: 30_000, interval: 200 });
    assert.notEqual(second, first);
    assert.match(readOutputChannel(session.cs), /backend exited unexpectedly \(SIGKILL\)/);

    spec.models = spec.models.filter((m) => m.base !== null); // drop the root: its children become roots with errors
    fs.writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
    await waitFor(`data-node-count to become ${spec.models.length}`, async () => (await nodeCount()) === spec.models.length,
      { timeout: 15_000, interval: 200 });
  });
});
