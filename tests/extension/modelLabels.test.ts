// Every list of models shows each one under a label unique in its spec, readable where tags repeat (issue 17: the
// base dropdowns listed "Quantize (amount: int8, method: quantize)" twelve times).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './repoRoot';
import { isMeaningfulId, modelLabel, modelLabels, operationLabel, type LabelledModel } from '../../extension/shared/modelLabels';

const root = repoRoot();
const paperFolder = join(root, 'tests', 'fixtures', 'paper');

function readModels(file: string): LabelledModel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { models: LabelledModel[] }).models;
}

describe('modelLabels', () => {
  const paperSpecs = readdirSync(paperFolder).filter((f) => f.endsWith('.json'));

  test("every model of each of the paper's six specs gets a unique label", () => {
    assert.equal(paperSpecs.length, 6);
    for (const name of paperSpecs) {
      const models = readModels(join(paperFolder, name));
      const labels = [...modelLabels(models).values()];
      assert.equal(labels.length, models.length, name);
      assert.equal(new Set(labels).size, labels.length, `${name}: ${labels.filter((l, i) => labels.indexOf(l) !== i).join(' | ')}`);
    }
  });

  test('the e2e workspace and the ImageNet spec keep every unique tag and name repeated ones by their ids', () => {
    const fixture = readModels(join(root, 'tests', 'e2e', 'fixtures', 'workspace', 'models.json'));
    for (const m of fixture) assert.equal(modelLabel(fixture, m.id), m.tag);
    const imagenet = readModels(join(paperFolder, 'imagenet_models.json'));
    const quantized = imagenet.filter((m) => m.tag === 'Quantize (amount: int8, method: quantize)');
    assert.ok(quantized.length > 12);
    for (const m of quantized) assert.equal(modelLabel(imagenet, m.id), m.id);
  });

  test('models with hash ids and repeated tags are told apart by their ancestors, as far up as needed', () => {
    const models: LabelledModel[] = [
      { id: '1', tag: 'Train', base: null, operation: null },
      { id: 'a1b2c3d4e5', tag: 'Prune 50%', base: '1', operation: { name: 'Prune', parameters: { amount: 0.5 } } },
      { id: 'b2c3d4e5f6', tag: 'Prune 70%', base: '1', operation: { name: 'Prune', parameters: { amount: 0.7 } } },
      { id: 'c3d4e5f6a7', tag: 'Quantize', base: 'a1b2c3d4e5', operation: { name: 'Quantize', parameters: { bits: 8 } } },
      { id: 'd4e5f6a7b8', tag: 'Quantize', base: 'b2c3d4e5f6', operation: { name: 'Quantize', parameters: { bits: 8 } } },
      { id: 'e5f6a7b8c9', tag: null, base: '1', operation: { name: 'Distil', parameters: { teacher: 'big' } } },
    ];
    const labels = modelLabels(models);
    assert.equal(labels.get('1'), 'Train');
    assert.equal(labels.get('c3d4e5f6a7'), 'Prune 50% › Quantize');
    assert.equal(labels.get('d4e5f6a7b8'), 'Prune 70% › Quantize');
    assert.equal(labels.get('e5f6a7b8c9'), 'Distil (teacher big)');
  });

  test('identical lineages and cycles end in the id, and a tag equal to another model\'s id gains its own id', () => {
    const twins: LabelledModel[] = [
      { id: '10', tag: 'Copy', base: '11', operation: null },
      { id: '11', tag: 'Copy', base: '10', operation: null },
      { id: 'x', tag: 'y', base: null, operation: null },
      { id: 'y', tag: 'Same', base: null, operation: null },
      { id: 'z', tag: 'Same', base: null, operation: null },
    ];
    const labels = modelLabels(twins);
    assert.equal(new Set(labels.values()).size, twins.length);
    assert.equal(labels.get('x'), 'y (x)');
    assert.equal(labels.get('y'), 'y');
    assert.match(labels.get('10') ?? '', /\(10\)$/);
  });

  test('a model missing from the spec is shown by its id; labels are cached per models array', () => {
    const models: LabelledModel[] = [{ id: 'm', tag: 'Base', base: null, operation: null }];
    assert.equal(modelLabel(models, 'gone'), 'gone');
    assert.equal(modelLabels(models), modelLabels(models));
  });

  test('ids that name nothing (numbers, UUIDs, hashes) are not used as labels', () => {
    for (const id of ['17', '3f2a9c1d', 'a3bb189e-8bf9-3888-9912-ace4e6543002', ' ']) assert.equal(isMeaningfulId(id), false, id);
    for (const id of ['p30', 'base', 'resnet50trained-magnitudepruning90_compressed', 'deadbeefcafe', 'pruning0.1']) assert.equal(isMeaningfulId(id), true, id);
    assert.equal(operationLabel({ operation: null }), 'Base model');
    assert.equal(operationLabel({ operation: { name: 'Prune', parameters: {} } }), 'Prune');
  });
});
