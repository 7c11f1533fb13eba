// Tables saved as CSV: RFC 4180 quoting, CRLF lines, and numbers unformatted at full precision, since spreadsheets
// and scripts read these files rather than people.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvField, toCsv } from '../../extension/webviews/shared/export/csv';

describe('csvField (RFC 4180)', () => {
  test('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  });

  test('leaves a plain field as it is', () => {
    assert.equal(csvField('resnet-50%'), 'resnet-50%');
    assert.equal(csvField(' spaced '), ' spaced ');
  });

  test('writes numbers at full precision with a "." decimal and no grouping', () => {
    assert.equal(csvField(0.1 + 0.2), '0.30000000000000004');
    assert.equal(csvField(1234567.5), '1234567.5');
    assert.equal(csvField(-1e-7), '-1e-7');
    assert.equal(Number(csvField(Math.PI)), Math.PI, 'reads back as the same double');
  });

  test('leaves missing and non-finite values empty', () => {
    assert.equal(csvField(null), '');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(Number.NaN), '');
    assert.equal(csvField(Number.POSITIVE_INFINITY), '');
  });
});

describe('toCsv', () => {
  test('a header row, then each row, every line ending with CRLF', () => {
    assert.equal(toCsv(['Model', 'Accuracy'], [['a', 0.5], ['b,c', null]]), 'Model,Accuracy\r\na,0.5\r\n"b,c",\r\n');
  });

  test('a header alone when there are no rows', () => {
    assert.equal(toCsv(['x', 'y "quoted"'], []), 'x,"y ""quoted"""\r\n');
  });
});
