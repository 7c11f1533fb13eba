// The host's checks on a save request from a webview (untrusted input) and the file name its dialog suggests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultExportFileName, parseSaveExport, parseSaveExportFailed } from '../../protocol/exportWebview';

describe('parseSaveExport', () => {
  test('accepts a chart name, a known format and the content', () => {
    assert.deepEqual(parseSaveExport({ name: 'scatter', format: 'svg', content: '<svg/>' }), { name: 'scatter', format: 'svg', content: '<svg/>' });
  });

  test('refuses a name that could leave the folder or hide a path', () => {
    for (const name of ['../x', 'a/b', 'a\\b', '', '.hidden', 'x'.repeat(81)]) assert.equal(parseSaveExport({ name, format: 'csv', content: '' }), undefined, name);
  });

  test('refuses an unknown format, missing content or a non-object', () => {
    assert.equal(parseSaveExport({ name: 'a', format: 'exe', content: '' }), undefined);
    assert.equal(parseSaveExport({ name: 'a', format: 'png' }), undefined);
    assert.equal(parseSaveExport('scatter'), undefined);
    assert.equal(parseSaveExport(null), undefined);
  });
});

test('the failure message is a non-empty string, or ignored', () => {
  assert.equal(parseSaveExportFailed({ message: 'Could not save' }), 'Could not save');
  assert.equal(parseSaveExportFailed({ message: '' }), undefined);
  assert.equal(parseSaveExportFailed({}), undefined);
});

test('the suggested file is the spec\'s stem, the chart and the format', () => {
  assert.equal(defaultExportFileName('paper.json', { name: 'scatter', format: 'svg' }), 'paper-scatter.svg');
  assert.equal(defaultExportFileName('models.v2.json', { name: 'behaviors-table', format: 'csv' }), 'models.v2-behaviors-table.csv');
  assert.equal(defaultExportFileName('.json', { name: 'map', format: 'png' }), 'spec-map.png');
});
