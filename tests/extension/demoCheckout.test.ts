// Generate Demo Workspace finds the checkout whose backend can train, and builds the CLI line it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { demoCommandLine, findCheckout } from '../../extension/src/walkthrough/demoCheckout';

const project = (folder: string) => path.join(folder, 'backend', 'CompressCompare.Backend.csproj');

test('a workspace folder that is a checkout wins over the folder around the extension', () => {
  const exists = (file: string) => file === project('/work/repo') || file === project('/dev/cc');
  assert.equal(findCheckout('/dev/cc/extension', ['/other', '/work/repo'], exists), '/work/repo');
  assert.equal(findCheckout('/dev/cc/extension', ['/other'], exists), '/dev/cc', 'an extension run from a checkout');
  assert.equal(findCheckout('/home/u/.vscode/extensions/cc', ['/other'], exists), undefined, 'an installed extension has no backend project');
});

test('the command line runs the demo CLI of the checkout into the chosen folder, paths quoted', () => {
  assert.equal(demoCommandLine('/my repo', '/tmp/a "b"/compress-compare-demo'),
    'dotnet run --project "/my repo/backend/CompressCompare.Backend.csproj" -c Release -- demo "/tmp/a \\"b\\"/compress-compare-demo" --dataset digits');
});
