// The virtualized table renders only the rows in view and fetches each backend page once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InstancePages } from '../../extension/webviews/behaviors/instancePages';
import { pagesFor, visibleRows } from '../../extension/webviews/shared/virtualWindow';
import { fakePage } from './behaviorsFixture';

test('the window covers the viewport plus the overscan, clamped to the list', () => {
  assert.deepEqual(visibleRows(0, 280, 28, 100_000, 5), { start: 0, end: 16 });
  assert.deepEqual(visibleRows(28 * 1000, 280, 28, 100_000, 5), { start: 995, end: 1016 });
  assert.deepEqual(visibleRows(28 * 99_995, 280, 28, 100_000, 5), { start: 99_990, end: 100_000 });
  assert.deepEqual(visibleRows(10_000_000, 280, 28, 10, 5), { start: 4, end: 10 });
  assert.deepEqual(visibleRows(0, 280, 28, 0), { start: 0, end: 0 });
});

test('a window maps to the pages that hold it', () => {
  assert.deepEqual(pagesFor({ start: 190, end: 210 }, 200), [0, 1]);
  assert.deepEqual(pagesFor({ start: 0, end: 200 }, 200), [0]);
  assert.deepEqual(pagesFor({ start: 5, end: 5 }, 200), []);
});

const tick = () => new Promise((r) => setImmediate(r));

test('pages are fetched once, rows read through the cache, total learnt from the first page', async () => {
  const asked: number[] = [];
  let changes = 0;
  const pages = new InstancePages(async () => { throw new Error('unused'); }, 100, () => changes++);
  pages.reset(async (offset, limit) => {
    asked.push(offset);
    return fakePage(1000, offset, limit);
  });
  pages.ensure({ start: 0, end: 0 });
  pages.ensure({ start: 0, end: 0 });
  await tick();
  assert.deepEqual(asked, [0]);
  assert.equal(pages.total, 1000);
  pages.ensure({ start: 150, end: 260 });
  await tick();
  assert.deepEqual(asked, [0, 100, 200]);
  assert.equal(pages.row(257)?.instance, 257);
  assert.equal(pages.row(950), undefined);
  assert.equal(changes, 3);
});

test('answers to a query that has since changed are dropped', async () => {
  let release: (() => void) | undefined;
  const pages = new InstancePages(() => new Promise((resolve) => { release = () => resolve(fakePage(50, 0, 10)); }), 10, () => undefined);
  pages.ensure({ start: 0, end: 0 });
  pages.reset(async (offset, limit) => fakePage(7, offset, limit));
  release?.();
  await tick();
  assert.equal(pages.total, null, 'the old answer did not land');
  pages.ensure({ start: 0, end: 0 });
  await tick();
  assert.equal(pages.total, 7);
});

test('a failed page records why and is not asked again until the query changes', async () => {
  let calls = 0;
  const failing = async () => {
    calls++;
    throw new Error('Evaluate the models first.');
  };
  const pages = new InstancePages(failing, 10, () => undefined);
  pages.ensure({ start: 0, end: 0 });
  await tick();
  assert.equal(pages.error, 'Evaluate the models first.');
  // The table redraws on every change and asks again: a failed page must not loop.
  pages.ensure({ start: 0, end: 0 });
  await tick();
  assert.equal(calls, 1);
  pages.reset(async (offset, limit) => fakePage(20, offset, limit));
  pages.ensure({ start: 0, end: 0 });
  await tick();
  assert.equal(pages.error, null);
  assert.equal(pages.total, 20);
});
