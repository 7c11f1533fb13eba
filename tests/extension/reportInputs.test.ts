// What the overview sends for Export Report… is checked before the host acts on it: a webview is untrusted input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReportInputs } from '../../protocol/overviewWebview';

test('report inputs: ids and budget strings are kept, anything malformed is refused', () => {
  assert.deepEqual(parseReportInputs({ ids: ['a', 'b'], budgets: ['Model Size<=5MB'] }), { ids: ['a', 'b'], budgets: ['Model Size<=5MB'] });
  assert.deepEqual(parseReportInputs({ ids: [], budgets: [] }), { ids: [], budgets: [] });
  assert.equal(parseReportInputs({ ids: ['a'] }), undefined);
  assert.equal(parseReportInputs({ ids: ['a'], budgets: [3] }), undefined);
  assert.equal(parseReportInputs({ ids: [1], budgets: [] }), undefined);
  assert.equal(parseReportInputs({ ids: ['a'], budgets: ['x'.repeat(1001)] }), undefined);
  assert.equal(parseReportInputs(null), undefined);
});
