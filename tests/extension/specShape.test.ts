// "Open as Compress & Compare Spec" opens only a JSON object with a `models` array, and says why it refuses anything else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { specShapeProblem } from '../../extension/src/specs/specShape';
import { repoRoot } from './repoRoot';

describe('specShapeProblem', () => {
  test("every one of the paper's example specs is accepted", () => {
    const folder = join(repoRoot(), 'tests', 'fixtures', 'paper');
    const specs = readdirSync(folder).filter((f) => f.endsWith('.json'));
    assert.equal(specs.length, 6);
    for (const name of specs) assert.equal(specShapeProblem(name, readFileSync(join(folder, name), 'utf8')), null, name);
  });

  test('a minimal spec, with or without a byte-order mark, is accepted', () => {
    assert.equal(specShapeProblem('a.json', '{"models": []}'), null);
    assert.equal(specShapeProblem('a.json', '\uFEFF{"models": [{"id": "m"}]}'), null);
  });

  test('a JSON object without a models array is refused with what to add', () => {
    const problem = specShapeProblem('package.json', '{"name": "x", "models": {"a": 1}}');
    assert.match(problem ?? '', /^package\.json is not a Compress & Compare spec: it has no "models" array/);
    assert.match(problem ?? '', /Add one/);
  });

  test('a top-level array or value is refused', () => {
    assert.match(specShapeProblem('list.json', '[{"models": []}]') ?? '', /top level is not a JSON object/);
    assert.match(specShapeProblem('n.json', '3') ?? '', /top level is not a JSON object/);
  });

  test('invalid JSON is refused with the parser\'s reason and the next step', () => {
    assert.match(specShapeProblem('broken.json', '{"models": [') ?? '', /^broken\.json is not valid JSON \(.+\)\. Fix the file/);
  });
});
