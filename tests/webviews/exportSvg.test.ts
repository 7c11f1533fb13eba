// Charts saved as SVG must look the same outside VS Code: theme variables resolved, computed styles inlined (initial
// values left out), hidden parts dropped, and a standalone document (XML declaration, namespaces, escaping).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inlineStyle, snapshotSvg, type ElementLike, type StyleLike, type TextLike } from '../../extension/webviews/shared/export/svgSnapshot';
import { resolveVariables, svgDocument, svgNode } from '../../extension/webviews/shared/export/svgText';

const theme: Record<string, string> = { '--vscode-charts-blue': '#3794ff', '--vscode-foreground': 'rgb(204, 204, 204)' };
const lookup = (name: string) => theme[name];

/** A DOM-shaped element: the snapshot reads only these fields. */
function el(tagName: string, attributes: Record<string, string>, ...children: (ElementLike | TextLike)[]): ElementLike {
  return { nodeType: 1, tagName, attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })), childNodes: children };
}
const text = (nodeValue: string): TextLike => ({ nodeType: 3, nodeValue });
function style(values: Record<string, string>): StyleLike {
  return { getPropertyValue: (p) => values[p] ?? '' };
}

describe('resolveVariables', () => {
  test('replaces a theme variable by its value', () => {
    assert.equal(resolveVariables('var(--vscode-charts-blue)', lookup), '#3794ff');
  });

  test('uses the fallback when the theme lacks the variable, including a colour function', () => {
    assert.equal(resolveVariables('var(--missing, #123456)', lookup), '#123456');
    assert.equal(resolveVariables('var(--missing, rgb(1, 2, 3))', lookup), 'rgb(1, 2, 3)');
  });

  test('resolves a fallback that is itself a variable, and several in one value', () => {
    assert.equal(resolveVariables('var(--missing, var(--vscode-foreground))', lookup), 'rgb(204, 204, 204)');
    assert.equal(resolveVariables('1px solid var(--vscode-charts-blue) var(--x, red)', lookup), '1px solid #3794ff red');
  });

  test('leaves text without variables alone', () => {
    assert.equal(resolveVariables('url(#clip)', lookup), 'url(#clip)');
  });
});

describe('svgDocument', () => {
  test('starts with an XML declaration and puts the SVG namespace on the root', () => {
    const out = svgDocument(svgNode('svg', { width: 10, height: 5 }), lookup);
    assert.ok(out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"/>'), out);
  });

  test('adds the xlink namespace only when an element uses it', () => {
    assert.doesNotMatch(svgDocument(svgNode('svg', {}, [svgNode('g')]), lookup), /xmlns:xlink/);
    assert.match(svgDocument(svgNode('svg', {}, [svgNode('use', { 'xlink:href': '#a' })]), lookup), /xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/);
  });

  test('escapes text and attributes, and resolves theme variables in attributes', () => {
    const out = svgDocument(svgNode('svg', {}, [svgNode('text', { fill: 'var(--vscode-charts-blue, red)', 'aria-label': 'a "b" & <c>' }, ['x < y & z'])]), lookup);
    assert.match(out, /<text fill="#3794ff" aria-label="a &quot;b&quot; &amp; &lt;c&gt;">x &lt; y &amp; z<\/text>/);
    assert.doesNotMatch(out, /var\(/);
  });
});

describe('snapshotSvg', () => {
  test('inlines computed styles, leaves out initial values, and keeps attributes that draw', () => {
    const rect = el('rect', { x: '1', class: 'bar', 'data-model': 'a', tabindex: '0', style: 'fill: var(--vscode-charts-blue)' });
    const styles = new Map<ElementLike, StyleLike>([[rect, style({ fill: 'rgb(55, 148, 255)', stroke: 'none', opacity: '1', 'stroke-width': '2px', 'font-family': 'Segoe' })]]);
    const node = snapshotSvg(el('svg', { viewBox: '0 0 4 4' }, rect), (e) => styles.get(e));
    assert.deepEqual(node?.children[0], {
      tag: 'rect',
      attrs: { x: '1', class: 'bar', style: 'fill: rgb(55, 148, 255); stroke-width: 2px' },
      children: [],
    });
  });

  test('gives text its font, and only text', () => {
    const look = { 'font-family': '"Segoe WPC", sans-serif', 'font-size': '11px', 'text-anchor': 'middle', fill: 'rgb(204, 204, 204)' };
    assert.equal(inlineStyle(style(look), true), 'fill: rgb(204, 204, 204); font-family: "Segoe WPC", sans-serif; font-size: 11px; text-anchor: middle');
    assert.equal(inlineStyle(style(look), false), 'fill: rgb(204, 204, 204)');
  });

  test('drops what is not shown, keeps text, and the result writes a standalone file with no var()', () => {
    const hidden = el('g', { class: 'brush' });
    const label = el('text', { x: '2' }, text('Accuracy & size'));
    const root = el('svg', { width: '20', height: '10' }, hidden, label);
    const styles = new Map<ElementLike, StyleLike>([[hidden, style({ display: 'none' })], [label, style({ fill: 'rgb(204, 204, 204)' })]]);
    const node = snapshotSvg(root, (e) => styles.get(e));
    assert.ok(node);
    assert.equal(node.children.length, 1);
    const out = svgDocument(node, lookup);
    assert.match(out, /<text x="2" style="fill: rgb\(204, 204, 204\)">Accuracy &amp; size<\/text>/);
  });
});
