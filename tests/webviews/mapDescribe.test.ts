import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { metricDomain } from '../../extension/webviews/overview/colorScale';
import { describeOperation, displayLabel, metricLines } from '../../extension/webviews/overview/describeModel';

describe('describeModel', () => {
  test('describeOperation lists parameters in spec order', () => {
    assert.equal(describeOperation({ name: 'Prune', parameters: { amount: 0.7, method: 'Magnitude' } }), 'Prune · amount = 0.7, method = Magnitude');
    assert.equal(describeOperation({ name: 'Finetune', parameters: {} }), 'Finetune');
    assert.equal(describeOperation({ name: 'Q', parameters: { symmetric: false, bits: null } }), 'Q · symmetric = false, bits = null');
    assert.equal(describeOperation(null), null);
  });

  test('displayLabel prefers the tag', () => {
    assert.equal(displayLabel({ id: 'm1', tag: 'pruned 70%' }), 'pruned 70%');
    assert.equal(displayLabel({ id: 'm1', tag: '  ' }), 'm1');
    assert.equal(displayLabel({ id: 'm1' }), 'm1');
  });

  test('metricLines formats declared metrics, then undeclared ones', () => {
    const lines = metricLines({ metrics: { acc: 0.7612, latency: 12.3, extra: 2 } }, [
      { name: 'acc', primary: false, format: '.2~%' },
      { name: 'latency', primary: false, format: '.1f', unit: 'ms' },
      { name: 'size', primary: false, format: '.2~s' },
    ]);
    assert.deepEqual(lines, [
      { name: 'acc', value: '76.12%' },
      { name: 'latency', value: '12.3 ms' },
      { name: 'size', value: '—' },
      { name: 'extra', value: '2' },
    ]);
  });
});

describe('metricDomain', () => {
  test('the data extent, not the declared range, so clustered accuracies get distinct colours', () => {
    assert.deepEqual(metricDomain({ min: 0, max: 1 }, [0.5, 0.9]), [0.5, 0.9]);
  });
  test('values outside the declared range are clamped into it', () => {
    assert.deepEqual(metricDomain({ min: 0, max: 1 }, [-0.2, 1.3]), [0, 1]);
  });
  test('declared ends stand in when there is no data; missing values are ignored', () => {
    assert.deepEqual(metricDomain({ min: 0, max: 1 }, [null, undefined]), [0, 1]);
    assert.deepEqual(metricDomain({ min: 0 }, [3, null, 9]), [3, 9]);
    assert.deepEqual(metricDomain({}, [3, null, 9, undefined]), [3, 9]);
  });
  test('never an empty interval', () => {
    assert.deepEqual(metricDomain({}, [5, 5]), [5, 5.25]);
    assert.deepEqual(metricDomain({}, []), [0, 1]);
    assert.deepEqual(metricDomain({ max: 10 }, [10]), [9.5, 10]);
  });
});
