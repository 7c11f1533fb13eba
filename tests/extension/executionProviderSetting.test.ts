// How the two execution-provider settings become the one value `initialize` sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { executionProviderSetting } from '../../extension/src/backend/executionProviderSetting';

test('cpu (or no setting) is "cpu" whatever the device', () => {
  assert.equal(executionProviderSetting('cpu', 3), 'cpu');
  assert.equal(executionProviderSetting(undefined, undefined), 'cpu');
  assert.equal(executionProviderSetting('', 0), 'cpu');
});

test('cuda names its device, 0 when none is set', () => {
  assert.equal(executionProviderSetting('cuda', 2), 'cuda:2');
  assert.equal(executionProviderSetting(' CUDA ', undefined), 'cuda:0');
});

test('a value the manifest does not allow reaches the backend as it is, to be refused there rather than run on the cpu', () => {
  assert.equal(executionProviderSetting('gpu', 0), 'gpu');
  assert.equal(executionProviderSetting('cuda', -1), 'cuda:-1');
});
