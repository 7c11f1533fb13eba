// Scatterplot zoom: gridlines sit at the zoomed axes' ticks, and points zoomed off the plot no longer catch the pointer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scaleLinear, zoomIdentity } from 'd3';
import { gridLines, MARGIN } from '../../extension/webviews/overview/scatter/scatterAxisLayer';
import { hitIndex } from '../../extension/webviews/overview/scatter/scatterText';

const WIDTH = 600;
const HEIGHT = 400;
const x = scaleLinear().domain([0, 100]).range([MARGIN.left, WIDTH - MARGIN.right]);
const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);

test('gridlines follow the zoom: twice as close, the same ticks sit twice as far apart', () => {
  const plain = gridLines(x, y, WIDTH, HEIGHT);
  const zoom = zoomIdentity.translate(-WIDTH / 2, 0).scale(2);
  const zoomed = gridLines(zoom.rescaleX(x), zoom.rescaleY(y), WIDTH, HEIGHT);
  assert.ok(plain.xs.length >= 2 && zoomed.xs.length >= 2);
  assert.notDeepEqual(zoomed.xs, plain.xs);
  for (const px of [...plain.xs, ...zoomed.xs]) assert.ok(px >= MARGIN.left - 1 && px <= WIDTH - MARGIN.right + 1, `gridline at ${px} inside the plot`);
  // Ticks stay round numbers of the zoomed domain.
  const domain = zoom.rescaleX(x).domain();
  assert.ok(domain[1] - domain[0] < 60, `zoomed domain ${domain}`);
});

test('points outside the plot (zoomed away) are not hit; points inside are', () => {
  const placed = [
    { id: 'in', x: 50, y: 0.5, px: x(50), py: y(0.5) },
    { id: 'left-of-plot', x: -40, y: 0.5, px: x(-40), py: y(0.5) },
  ];
  const hits = hitIndex(placed, x, y, 9, null);
  assert.equal(hits.all.find(x(50), y(0.5), 10)?.id, 'in');
  assert.equal(hits.all.find(x(-40), y(0.5), 10), undefined);
  const allowedOnly = hitIndex(placed, x, y, 9, (id) => id !== 'in');
  assert.equal(allowedOnly.allowed.find(x(50), y(0.5), 10), undefined, 'a filtered-out point is only in the "all" tree');
  assert.equal(allowedOnly.all.find(x(50), y(0.5), 10)?.id, 'in');
});
