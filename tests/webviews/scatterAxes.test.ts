import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultDirection, directionOf, flipDirection } from '../../extension/webviews/overview/scatter/metricDirection';
import { chooseScatterAxes } from '../../extension/webviews/overview/scatter/scatterAxes';

describe('metric directions', () => {
  test('cost-like names and units are lower-is-better, everything else higher', () => {
    for (const name of ['Model Size', 'latency', 'Params', 'num_parameters', 'val_loss', 'Top-1 Error', 'inference time', 'modelSize', 'FLOPs'])
      assert.equal(defaultDirection({ name }), 'lower', name);
    for (const name of ['Top-1 Accuracy', 'F1', 'throughput', 'Robustness', 'sparsity score'])
      assert.equal(defaultDirection({ name }), 'higher', name);
    assert.equal(defaultDirection({ name: 'footprint', unit: 'MB' }), 'lower');
    assert.equal(defaultDirection({ name: 'p95', unit: 'ms' }), 'lower');
    assert.equal(defaultDirection({ name: 'accuracy', unit: '%' }), 'higher');
  });

  test('a flipped direction overrides the guess for that metric only', () => {
    const overrides = { 'Model Size': 'higher' } as const;
    assert.equal(directionOf({ name: 'Model Size', unit: 'B' }, overrides), 'higher');
    assert.equal(directionOf({ name: 'latency' }, overrides), 'lower');
    assert.equal(flipDirection('lower'), 'higher');
    assert.equal(flipDirection('higher'), 'lower');
  });
});

describe('chooseScatterAxes', () => {
  const none = { x: null, y: null };
  const demo = [
    { name: 'Top-1 Accuracy', primary: true, format: '.2~%' },
    { name: 'Model Size', primary: true, unit: 'B' },
  ];

  test('size on x against the primary accuracy on y, whatever the declaration order', () => {
    assert.deepEqual(chooseScatterAxes(demo, none), { x: 'Model Size', y: 'Top-1 Accuracy' });
    assert.deepEqual(chooseScatterAxes([...demo].reverse(), none), { x: 'Model Size', y: 'Top-1 Accuracy' });
  });

  test('latency when there is no size; primary accuracy preferred over other accuracies', () => {
    const metrics = [{ name: 'val accuracy', primary: false }, { name: 'latency', primary: false, unit: 'ms' }, { name: 'test accuracy', primary: true }];
    assert.deepEqual(chooseScatterAxes(metrics, none), { x: 'latency', y: 'test accuracy' });
  });

  test('size beats latency for x', () => {
    assert.deepEqual(chooseScatterAxes([{ name: 'latency', primary: false }, { name: 'size', primary: false }, { name: 'acc', primary: false }], none), { x: 'size', y: 'acc' });
  });

  test('keeps declared previous choices and replaces ones the spec dropped', () => {
    assert.deepEqual(chooseScatterAxes(demo, { x: 'Top-1 Accuracy', y: 'Model Size' }), { x: 'Top-1 Accuracy', y: 'Model Size' });
    assert.deepEqual(chooseScatterAxes(demo, { x: 'gone', y: 'Top-1 Accuracy' }), { x: 'Model Size', y: 'Top-1 Accuracy' });
    assert.deepEqual(chooseScatterAxes(demo, { x: 'Model Size', y: 'gone' }), { x: 'Model Size', y: 'Top-1 Accuracy' });
  });

  test('without cost metrics x and y still differ; one metric goes on both; none gives nulls', () => {
    assert.deepEqual(chooseScatterAxes([{ name: 'a', primary: true }, { name: 'b', primary: false }], none), { x: 'b', y: 'a' });
    assert.deepEqual(chooseScatterAxes([{ name: 'only', primary: false }], none), { x: 'only', y: 'only' });
    assert.deepEqual(chooseScatterAxes([], { x: 'x', y: 'y' }), { x: null, y: null });
  });
});
