// What extension/package.json must keep for the extension to work where its data is: it runs on the workspace side
// under VS Code Remote (so the backend runs on the GPU box or server that holds the models), and it declares the
// execution-provider settings the backend is started with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repoRoot';

interface SettingSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  scope?: string;
}

const manifest = JSON.parse(readFileSync(join(repoRoot(), 'extension', 'package.json'), 'utf8')) as {
  extensionKind?: string[];
  contributes: { configuration: { properties: Record<string, SettingSchema> } };
};
const settings = manifest.contributes.configuration.properties;

test('the extension is a workspace extension, so under Remote it and its backend run where the workspace is', () => {
  assert.deepEqual(manifest.extensionKind, ['workspace']);
});

test('the execution provider setting offers cpu and cuda, defaults to the cpu, and a remote machine can set its own', () => {
  const provider = settings['compressCompare.evaluation.executionProvider'];
  assert.deepEqual(provider?.enum, ['cpu', 'cuda']);
  assert.equal(provider?.default, 'cpu');
  assert.equal(provider?.scope, 'machine-overridable');
  const device = settings['compressCompare.evaluation.cudaDevice'];
  assert.equal(device?.type, 'integer');
  assert.equal(device?.default, 0);
});
