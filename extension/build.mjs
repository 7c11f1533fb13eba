// Bundles the extension host (Node, CommonJS), each webview (browser, IIFE) and the unit tests.
// Usage: node build.mjs [--watch]
import { build, context } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, existsSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const root = new URL('..', import.meta.url).pathname;
const panels = readdirSync(join(root, 'extension/webviews'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'extension/webviews', d.name, 'main.ts')))
  .map((d) => d.name);
const testDirs = ['tests/extension', 'tests/webviews'].map((d) => join(root, d)).filter(existsSync);
const tests = testDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)));

// Files outside extension/ (protocol/, tests/) resolve packages from extension/node_modules.
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2022', nodePaths: [join(root, 'extension/node_modules')] };
const configs = [
  {
    ...common,
    entryPoints: { extension: join(root, 'extension/src/extension.ts') },
    outdir: join(root, 'extension/dist'),
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: Object.fromEntries(panels.map((p) => [p, join(root, 'extension/webviews', p, 'main.ts')])),
    outdir: join(root, 'extension/dist/webviews'),
    platform: 'browser',
    format: 'iife',
    minify: !watch,
  },
  {
    ...common,
    entryPoints: tests,
    outdir: join(root, 'extension/dist/tests'),
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
];

// Stale bundles of deleted tests must not keep running.
rmSync(join(root, 'extension/dist/tests'), { recursive: true, force: true });

if (watch) {
  for (const config of configs) await (await context(config)).watch();
  console.log('watching…');
} else {
  await Promise.all(configs.filter((c) => Object.keys(c.entryPoints).length > 0).map((c) => build(c)));
  // A panel's stylesheet is the shared page.css, then `<panel>.css` next to its main.ts, then each of its capability folders'
  // `<folder>/<folder>.css` (map/details/details.css), so one <link> loads all and each folder owns its styles.
  for (const panel of panels) {
    const dir = join(root, 'extension/webviews', panel);
    const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const sheets = [join(root, 'extension/webviews/shared/page.css'), join(dir, `${panel}.css`), ...folders.map((f) => join(dir, f, `${f}.css`))].filter(existsSync);
    if (sheets.length > 0) {
      mkdirSync(join(root, 'extension/dist/webviews'), { recursive: true });
      writeFileSync(join(root, 'extension/dist/webviews', `${panel}.css`), sheets.map((f) => readFileSync(f, 'utf8')).join('\n'));
    }
  }
  // The spec schema ships inside the extension for jsonValidation; protocol/ stays its one source.
  mkdirSync(join(root, 'extension/dist/schemas'), { recursive: true });
  if (existsSync(join(root, 'protocol/spec.schema.json')))
    cpSync(join(root, 'protocol/spec.schema.json'), join(root, 'extension/dist/schemas/spec.schema.json'));
  console.log(`built extension, ${panels.length} webview(s), ${tests.length} test file(s)`);
}
