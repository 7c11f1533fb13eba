// The scatterplot's Pareto front on the fixture the report's C# front is also tested on
// (tests/fixtures/pareto/fronts.json, tests/Backend.Tests/Reports/ParetoAgreementTests.cs): a report must show the overview's front.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Direction } from '../../extension/webviews/overview/scatter/metricDirection';
import { paretoFront } from '../../extension/webviews/overview/scatter/paretoFront';

interface FrontCase {
  name: string;
  points: [string, number | null, number | null][];
  fronts: Record<string, string[]>;
}

function fixture(): FrontCase[] {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'tests', 'fixtures', 'pareto', 'fronts.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { cases: FrontCase[] }).cases;
  }
  throw new Error(`No tests/fixtures/pareto/fronts.json above ${__dirname}`);
}

for (const c of fixture()) {
  test(`paretoFront agrees with the shared fixture: ${c.name}`, () => {
    const points = c.points.map(([id, x, y]) => ({ id, x: x ?? Number.NaN, y: y ?? Number.NaN }));
    for (const [directions, expected] of Object.entries(c.fronts)) {
      const [x, y] = directions.split(',') as [Direction, Direction];
      assert.deepEqual(paretoFront(points, x, y).map((p) => p.id), expected, directions);
    }
  });
}
