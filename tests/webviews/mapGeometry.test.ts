import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  boundsOf,
  COLUMN_WIDTH,
  columnX,
  discZoom,
  edgeCentreline,
  headerLayout,
  fitView,
  HEADER_HEIGHT,
  intersects,
  MAX_HEADER_HEIGHT,
  MIN_ZOOM,
  NODE_RADIUS,
  PAD,
  READABLE_RADIUS,
  rowHeightFor,
  rowY,
  ROW_HEIGHT,
  SIZED_ROW_EXTRA,
  taperedPolygon,
  visibleWorld,
} from '../../extension/webviews/overview/canvas/mapGeometry';

const near = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} ≠ ${expected}`);

describe('node positions', () => {
  test('columns and rows are centred in their cells', () => {
    assert.equal(columnX(0), COLUMN_WIDTH / 2);
    assert.equal(columnX(2), 2.5 * COLUMN_WIDTH);
    assert.equal(rowY(3, ROW_HEIGHT), 3.5 * ROW_HEIGHT);
  });

  test('rows grow only when a size metric is bound', () => {
    assert.equal(rowHeightFor(false), ROW_HEIGHT);
    assert.equal(rowHeightFor(true), ROW_HEIGHT + SIZED_ROW_EXTRA);
  });
});

describe('edgeCentreline', () => {
  test('a child on its parent’s row is joined by one straight segment', () => {
    assert.deepEqual(edgeCentreline({ x: 90, y: 28 }, { x: 270, y: 28 }), [{ x: 90, y: 28 }, { x: 270, y: 28 }]);
  });

  test('a child below runs along the trunk on the column border, with rounded corners', () => {
    const line = edgeCentreline({ x: 90, y: 28 }, { x: 270, y: 140 });
    assert.deepEqual(line[0], { x: 90, y: 28 });
    assert.deepEqual(line.at(-1), { x: 270, y: 140 });
    const trunk = line.filter((p) => Math.abs(p.x - 180) < 1e-9);
    assert.ok(trunk.length >= 2, 'two points on the trunk x = 180');
    near(Math.min(...trunk.map((p) => p.y)), 38, 'trunk starts one corner radius below the parent row');
    near(Math.max(...trunk.map((p) => p.y)), 130, 'trunk ends one corner radius above the child row');
    for (let i = 1; i < line.length; i++) {
      assert.ok(line[i].x >= line[i - 1].x - 1e-9, 'never runs back left');
      assert.ok(line[i].y >= line[i - 1].y - 1e-9, 'never runs back up');
    }
  });
});

describe('taperedPolygon', () => {
  test('a straight edge is a trapezoid from the start width to the end width', () => {
    const polygon = taperedPolygon([{ x: 0, y: 0 }, { x: 100, y: 0 }], 8, 2);
    assert.deepEqual(polygon, [0, 4, 100, 1, 100, -1, 0, -4]);
  });

  test('equal end widths give a band of constant width', () => {
    const polygon = taperedPolygon([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 100, y: 0 }], 4, 4);
    assert.deepEqual(polygon, [0, 2, 50, 2, 100, 2, 100, -2, 50, -2, 0, -2]);
  });

  test('width runs by arc length, so the middle of a bent edge has the mean width', () => {
    // An L: 100 along x, then 100 down y. The corner is halfway along.
    const polygon = taperedPolygon([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }], 10, 2);
    const corner = { lx: polygon[2], ly: polygon[3], rx: polygon[8], ry: polygon[9] };
    // Miter at a right angle: the two corner points lie √2 × half-width from the bend, on its diagonal.
    near(Math.hypot(corner.lx - 100, corner.ly - 0), Math.SQRT2 * 3, 'left corner offset');
    near(Math.hypot(corner.rx - 100, corner.ry - 0), Math.SQRT2 * 3, 'right corner offset');
  });

  test('fewer than two points give no outline', () => {
    assert.deepEqual(taperedPolygon([{ x: 1, y: 1 }], 4, 4), []);
  });
});

describe('view culling', () => {
  test('the visible world rectangle inverts the zoom transform', () => {
    assert.deepEqual(visibleWorld({ x: 20, y: 40, k: 2 }, 800, 600), { x0: -10, y0: -20, x1: 390, y1: 280 });
    assert.deepEqual(visibleWorld({ x: 0, y: 0, k: 0.5 }, 100, 100, 10), { x0: -20, y0: -20, x1: 220, y1: 220 });
  });

  test('rectangles intersect when they overlap or touch, not when apart', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    assert.ok(intersects(a, { x0: 5, y0: 5, x1: 20, y1: 20 }));
    assert.ok(intersects(a, { x0: 10, y0: 0, x1: 20, y1: 10 }));
    assert.ok(!intersects(a, { x0: 11, y0: 0, x1: 20, y1: 10 }));
    assert.ok(!intersects(a, { x0: 0, y0: -5, x1: 10, y1: -1 }));
  });

  test('bounds enclose every point of a flat outline', () => {
    assert.deepEqual(boundsOf([0, 4, 100, 1, 100, -1, 0, -4]), { x0: 0, y0: -4, x1: 100, y1: 4 });
  });
});

describe('fitView', () => {
  test('a small map is shown at 100% below the header', () => {
    assert.deepEqual(fitView(360, 112, 800, 600), { x: PAD, y: HEADER_HEIGHT + PAD / 2, k: 1 });
  });

  test('a tall map zooms out until every row fits', () => {
    const view = fitView(1800, 10_000 * ROW_HEIGHT, 1200, 800);
    near(view.k, (800 - HEADER_HEIGHT - 2 * PAD) / (10_000 * ROW_HEIGHT), 'scale');
    assert.ok(view.k >= MIN_ZOOM);
  });
});

describe('disc size when zoomed out', () => {
  test('at 100% and above discs are drawn at their own size', () => {
    assert.equal(discZoom(1, ROW_HEIGHT), 1);
    assert.equal(discZoom(2, ROW_HEIGHT), 2);
  });

  test('zoomed out to fit a wide map, a default disc stays readable instead of a 2-px speck', () => {
    // 13 columns in a 700-px pane is about 30% zoom: before, an 8-unit disc was 2.4 px across in radius.
    near(NODE_RADIUS * discZoom(0.3, ROW_HEIGHT), READABLE_RADIUS, 'radius at 30%');
  });

  test('far out, discs shrink with the rows so neighbours never merge', () => {
    const k = 0.05;
    const radius = NODE_RADIUS * discZoom(k, ROW_HEIGHT);
    assert.ok(radius > NODE_RADIUS * k, 'larger than plain zoom');
    assert.ok(2 * radius < ROW_HEIGHT * k, `diameter ${2 * radius} under the row height ${ROW_HEIGHT * k}`);
  });
});

describe('column headers', () => {
  const label = (width: number, longestWord = width) => ({ width, longestWord });

  test('wide columns keep labels flat in the usual strip', () => {
    assert.deepEqual(headerLayout([label(60), label(140, 70)], COLUMN_WIDTH), { upright: false, height: HEADER_HEIGHT });
  });

  test('a label needing more than two lines, or a word wider than its column, turns every header upright', () => {
    const long = headerLayout([label(20), label(90, 30)], 60);
    assert.equal(long.upright, true, '90 px does not fit in two lines of 52 px');
    assert.equal(long.height, 90 + 16);
    assert.equal(headerLayout([label(50, 50)], 40).upright, true, 'a word wider than the column');
  });

  test('an upright strip is as tall as the longest label, within bounds', () => {
    assert.equal(headerLayout([label(8, 8)], 10).height, HEADER_HEIGHT);
    assert.equal(headerLayout([label(900, 90)], 20).height, MAX_HEADER_HEIGHT);
  });

  test('a fit below a taller strip starts lower', () => {
    const view = fitView(2000, 300, 800, 600, 90);
    assert.equal(view.y, 90 + PAD / 2);
  });
});
