// The webview's requests to the host are answered by request id; stale or unknown answers are ignored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BehaviorsToHost } from '../../protocol/behaviorsWebview';
import { HostRequests } from '../../extension/webviews/behaviors/hostRequests';
import { fakePage } from './behaviorsFixture';

test('each answer resolves the request with its id, whatever the order', async () => {
  const posted: BehaviorsToHost[] = [];
  const requests = new HostRequests((m) => posted.push(m));
  const first = requests.instances('cnn', 0, 10, { field: 'flips', descending: true });
  const second = requests.instance(42);
  assert.deepEqual(posted.map((m) => [m.type, 'requestId' in m ? m.requestId : 0]), [['instances', 1], ['instance', 2]]);
  assert.deepEqual(posted[0], { type: 'instances', requestId: 1, base: 'cnn', offset: 0, limit: 10, sort: { field: 'flips', descending: true } });
  assert.equal(requests.receive({ type: 'instance', requestId: 2, data: { instance: 42, label: 1, kind: 'text', text: 'hi', attributes: {} } }), true);
  assert.equal(requests.receive({ type: 'instances', requestId: 1, page: fakePage(5, 0, 10) }), true);
  assert.equal((await first).total, 5);
  assert.equal((await second).text, 'hi');
  assert.equal(requests.receive({ type: 'instances', requestId: 1, page: fakePage(5, 0, 10) }), false, 'answered twice');
  assert.equal(requests.receive({ type: 'instances', requestId: 99, page: fakePage(5, 0, 10) }), false, 'never asked');
});

test('an error answer rejects with the host\'s message', async () => {
  const requests = new HostRequests(() => undefined);
  const asked = requests.instance(3);
  requests.receive({ type: 'instance', requestId: 1, error: 'The dataset file data/digits.csv.gz is missing. Restore it, then open the instance again.' });
  await assert.rejects(asked, /Restore it, then open the instance again/);
});
