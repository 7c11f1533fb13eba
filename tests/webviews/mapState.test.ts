import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SpecSummary } from '../../protocol/generated/contract';
import { toSummaryColumns } from '../../protocol/summaryColumns';
import { parseHostNotification } from '../../extension/webviews/overview/hostMessage';
import { EMPTY_DETAILS_STATE } from '../../extension/webviews/overview/details/detailsState';
import { DEFAULT_SPLIT, MIN_SHARE } from '../../extension/webviews/overview/paneSplit';
import { chooseColorMetric, chooseSizeMetric, clickSelection, parseState, reconcileSelection } from '../../extension/webviews/overview/state';

describe('map state', () => {
  test('parseState accepts what it stored and ignores anything else', () => {
    const defaults = { arrangement: 'operation', sizeMetric: null, scatterX: null, scatterY: null, directions: {}, filters: [], split: DEFAULT_SPLIT, details: EMPTY_DETAILS_STATE };
    assert.deepEqual(parseState({ selected: ['a', 'b'], colorMetric: 'acc' }), { selected: ['a', 'b'], colorMetric: 'acc', ...defaults });
    assert.deepEqual(parseState(undefined), { selected: [], colorMetric: null, ...defaults });
    assert.deepEqual(parseState('junk'), { selected: [], colorMetric: null, ...defaults });
    assert.deepEqual(parseState({ selected: ['a', 3, 'a'], colorMetric: 5 }), { selected: ['a'], colorMetric: null, ...defaults });
  });

  test('parseState keeps the arrangement and size metric, rejecting unknown arrangements', () => {
    assert.deepEqual(parseState({ selected: [], colorMetric: null, arrangement: 'step', sizeMetric: 'size' }), {
      selected: [],
      colorMetric: null,
      arrangement: 'step',
      sizeMetric: 'size',
      scatterX: null,
      scatterY: null,
      directions: {},
      filters: [],
      split: DEFAULT_SPLIT,
      details: EMPTY_DETAILS_STATE,
    });
    assert.equal(parseState({ arrangement: 'diagonal' }).arrangement, 'operation');
    assert.equal(parseState({ sizeMetric: 3 }).sizeMetric, null);
  });

  test('parseState keeps scatter axes, flipped directions and filters it stored', () => {
    const stored = {
      selected: ['a'],
      colorMetric: 'acc',
      arrangement: 'operation',
      sizeMetric: null,
      scatterX: 'size',
      scatterY: 'acc',
      directions: { size: 'higher', acc: 'lower' },
      filters: [{ metric: 'size', range: [1, 2] }, { metric: 'acc', range: null }],
      split: { mapShare: 0.3, topShare: 0.7 },
      details: { variables: { x: 'Calibrate', color: null }, sort: { column: 'accuracy', descending: true } },
      specUri: 'file:///x/models.json',
    };
    const { specUri: _uri, ...expected } = stored;
    assert.deepEqual(parseState(stored), expected);
  });

  test('parseState repairs or drops garbage scatter and filter state from older builds', () => {
    const state = parseState({
      scatterX: 7,
      scatterY: ['acc'],
      directions: { size: 'sideways', acc: 'higher', lat: null },
      filters: [
        { metric: 'size', range: [5, 1] },
        { metric: 'size', range: [0, 9] },
        { metric: 'acc', range: [0, Number.NaN] },
        { metric: 'lat', range: [1, 2, 3] },
        { range: [1, 2] },
        'junk',
        null,
      ],
    });
    assert.equal(state.scatterX, null);
    assert.equal(state.scatterY, null);
    assert.deepEqual(state.directions, { acc: 'higher' });
    assert.deepEqual(state.filters, [
      { metric: 'size', range: [1, 5] },
      { metric: 'acc', range: null },
      { metric: 'lat', range: null },
    ]);
    assert.deepEqual(parseState({ directions: ['lower'], filters: { metric: 'x' } }).filters, []);
    assert.deepEqual(parseState({ directions: ['lower'] }).directions, {});
  });

  test('parseState clamps dragged pane shares and defaults missing ones', () => {
    assert.deepEqual(parseState({ split: { mapShare: 0.99, topShare: -2 } }).split, { mapShare: 1 - MIN_SHARE, topShare: MIN_SHARE });
    assert.deepEqual(parseState({ split: { mapShare: '0.4' } }).split, DEFAULT_SPLIT);
    assert.deepEqual(parseState({ split: 'wide' }).split, DEFAULT_SPLIT);
    assert.deepEqual(parseState({ split: { topShare: 0.5 } }).split, { mapShare: DEFAULT_SPLIT.mapShare, topShare: 0.5 });
  });

  test('chooseSizeMetric keeps a still-declared choice and otherwise draws uniform nodes', () => {
    const metrics = [{ name: 'latency', primary: false }, { name: 'accuracy', primary: true }];
    assert.equal(chooseSizeMetric(metrics, 'latency'), 'latency');
    assert.equal(chooseSizeMetric(metrics, 'gone'), null);
    assert.equal(chooseSizeMetric(metrics, null), null);
  });

  test('reconcileSelection drops ids that no longer exist, keeping order', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    assert.deepEqual(reconcileSelection(['c', 'gone', 'a'], nodes), ['c', 'a']);
    assert.deepEqual(reconcileSelection(['b', 'b'], nodes), ['b', 'b'], 'what it keeps is the selection as given');
    assert.deepEqual(reconcileSelection([], nodes), []);
  });

  test('chooseColorMetric keeps a still-declared choice, else the first primary, else the first', () => {
    const metrics = [{ name: 'latency', primary: false }, { name: 'accuracy', primary: true }, { name: 'size', primary: true }];
    assert.equal(chooseColorMetric(metrics, 'size'), 'size');
    assert.equal(chooseColorMetric(metrics, 'removed'), 'accuracy');
    assert.equal(chooseColorMetric(metrics, null), 'accuracy');
    assert.equal(chooseColorMetric([{ name: 'latency', primary: false }], null), 'latency');
    assert.equal(chooseColorMetric([], 'accuracy'), null);
  });

  test('clickSelection: plain click selects one, modifier click toggles', () => {
    assert.deepEqual(clickSelection(['a', 'b'], 'c', false), ['c']);
    assert.deepEqual(clickSelection(['a'], 'c', true), ['a', 'c']);
    assert.deepEqual(clickSelection(['a', 'c'], 'a', true), ['c']);
  });
});

describe('parseHostNotification', () => {
  const summary = {
    path: '/x/models.json',
    models: [{ id: 'a', metrics: {}, line: 1, column: 1 }],
    metrics: [],
    operations: [],
    roots: ['a'],
    layout: { nodes: [{ id: 'a', column: 0, row: 0, depth: 0, parent: null }], columns: [], rowCount: 1, stepCount: 0 },
    diagnostics: [],
  } as unknown as SpecSummary;
  const columns = toSummaryColumns(summary);

  test('passes well-formed notifications through, the spec decoded from its columns', () => {
    assert.deepEqual(parseHostNotification({ type: 'spec', summary: columns }), { type: 'spec', summary });
    assert.deepEqual(parseHostNotification({ type: 'spec', summary: columns, error: 'bad json' }), { type: 'spec', summary, error: 'bad json' });
    assert.deepEqual(parseHostNotification({ type: 'error', message: 'nope' }), { type: 'error', message: 'nope' });
    assert.deepEqual(parseHostNotification({ type: 'select', ids: ['a', 1, 'b'] }), { type: 'select', ids: ['a', 'b'] });
  });

  test('rejects malformed envelopes', () => {
    assert.equal(parseHostNotification(null), undefined);
    assert.equal(parseHostNotification({ type: 'other' }), undefined);
    assert.equal(parseHostNotification({ type: 'error' }), undefined);
    assert.equal(parseHostNotification({ type: 'select', ids: 'a' }), undefined);
    assert.deepEqual(parseHostNotification({ type: 'spec', summary: columns, error: '' }), { type: 'spec', summary }, 'an empty error is no error');
  });

  test('a summary not in columns, or with a column that does not fit, becomes an error the panel shows', () => {
    for (const bad of [summary, { ...columns, models: { ...columns.models, length: 5 } }]) {
      const parsed = parseHostNotification({ type: 'spec', summary: bad });
      assert.equal(parsed?.type, 'error');
      assert.match(parsed?.type === 'error' ? parsed.message : '', /could not be read.*Reload the window/);
    }
  });
});
