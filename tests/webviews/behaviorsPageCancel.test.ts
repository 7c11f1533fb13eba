// Instance pages the user no longer needs are cancelled, so the host can stop the backend reading them: a page
// scrolled past before it arrived, and every page of a query that changed. A cancelled page is asked again if the
// user scrolls back, and its late answer or cancellation error never lands.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { InstancesPage } from '../../protocol/generated/contract';
import { InstancePages } from '../../extension/webviews/behaviors/instancePages';
import { fakePage } from './behaviorsFixture';

const tick = () => new Promise((r) => setImmediate(r));

/** A fetch that holds every page until settled by hand, keeping the token each was asked with. */
function heldFetch() {
  const asked: { offset: number; token: CancellationToken; settle(page: InstancesPage | Error): void }[] = [];
  const fetch = (offset: number, limit: number, token: CancellationToken) =>
    new Promise<InstancesPage>((resolve, reject) => {
      asked.push({ offset, token, settle: (page) => (page instanceof Error ? reject(page) : resolve(page)) });
      void limit;
    });
  return { asked, fetch };
}

test('a page scrolled out of view before it arrived is cancelled, and asked again when scrolled back', async () => {
  const { asked, fetch } = heldFetch();
  const pages = new InstancePages(fetch, 10, () => undefined);
  pages.ensure({ start: 0, end: 5 });
  asked[0].settle(fakePage(100, 0, 10));
  await tick();
  pages.ensure({ start: 50, end: 55 });
  assert.deepEqual(asked.map((a) => a.offset), [0, 50]);
  pages.ensure({ start: 80, end: 85 });
  assert.equal(asked[1].token.isCancellationRequested, true, 'page 5 left the window before it arrived');
  assert.equal(asked[2].token.isCancellationRequested, false);
  // The cancelled request fails on the host's side; that must not mark the page failed or show an error.
  asked[1].settle(new Error('Request cancelled'));
  await tick();
  assert.equal(pages.error, null);
  pages.ensure({ start: 50, end: 55 });
  assert.deepEqual(asked.map((a) => a.offset), [0, 50, 80, 50]);
});

test('a new query cancels every page still on its way, and their answers are dropped', async () => {
  const { asked, fetch } = heldFetch();
  const pages = new InstancePages(fetch, 10, () => undefined);
  pages.ensure({ start: 0, end: 5 });
  pages.reset(fetch);
  assert.equal(asked[0].token.isCancellationRequested, true);
  asked[0].settle(fakePage(50, 0, 10));
  await tick();
  assert.equal(pages.total, null, 'the cancelled answer did not land');
});
