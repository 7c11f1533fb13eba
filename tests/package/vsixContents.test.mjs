// What each platform's VSIX holds (scripts/package.sh builds them into packages/): a self-contained backend and the
// ONNX Runtime library built for that platform's OS and CPU (read from the binaries' headers, not their names), the
// target VS Code installs it for, and none of what the packaged backend never loads (symbols, source maps, libtorch).
// The linux-x64 package is also run end to end (scripts/test.sh); the others can only be checked this way here.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const yauzl = createRequire(path.join(ROOT, 'extension', 'package.json'))('yauzl');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', 'package.json'), 'utf8')).version;
const BACKEND = 'extension/dist/backend/';

/** Per target: the binary format and CPU its natives must have, and their file names. */
const TARGETS = {
  'linux-x64': { format: 'elf', cpu: 'x64', executable: 'CompressCompare.Backend', onnxRuntime: 'libonnxruntime.so', clr: 'libcoreclr.so', skia: 'libSkiaSharp.so' },
  'linux-arm64': { format: 'elf', cpu: 'arm64', executable: 'CompressCompare.Backend', onnxRuntime: 'libonnxruntime.so', clr: 'libcoreclr.so', skia: 'libSkiaSharp.so' },
  'win32-x64': { format: 'pe', cpu: 'x64', executable: 'CompressCompare.Backend.exe', onnxRuntime: 'onnxruntime.dll', clr: 'coreclr.dll', skia: 'libSkiaSharp.dll' },
  'darwin-arm64': { format: 'macho', cpu: 'arm64', executable: 'CompressCompare.Backend', onnxRuntime: 'libonnxruntime.dylib', clr: 'libcoreclr.dylib', skia: 'libSkiaSharp.dylib' },
};

/** Reads the zip's entries: name → { size, mode (Unix permission bits, when recorded), head (first bytes, for `wanted` names) }. */
function readVsix(file, wanted) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry) => {
        const info = { size: entry.uncompressedSize, mode: (entry.externalFileAttributes >>> 16) & 0o777 };
        entries.set(entry.fileName, info);
        if (!wanted.has(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            info.head = Buffer.concat(chunks).subarray(0, 64 * 1024);
            info.text = wanted.get(entry.fileName) === 'text' ? Buffer.concat(chunks).toString('utf8') : undefined;
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The OS format and CPU of a native binary, from its header: ELF e_machine, PE's COFF machine, Mach-O cputype. */
function binaryKind(head) {
  if (head.readUInt32BE(0) === 0x7f454c46) {
    const machine = head.readUInt16LE(18);
    return { format: 'elf', cpu: { 0x3e: 'x64', 0xb7: 'arm64' }[machine] ?? `e_machine ${machine}` };
  }
  if (head.toString('latin1', 0, 2) === 'MZ') {
    const pe = head.readUInt32LE(0x3c);
    assert.equal(head.toString('latin1', pe, pe + 4), 'PE\0\0', 'a PE signature after the MZ header');
    const machine = head.readUInt16LE(pe + 4);
    return { format: 'pe', cpu: { 0x8664: 'x64', 0xaa64: 'arm64' }[machine] ?? `machine 0x${machine.toString(16)}` };
  }
  if (head.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = head.readUInt32LE(4);
    return { format: 'macho', cpu: { 0x01000007: 'x64', 0x0100000c: 'arm64' }[cpu] ?? `cputype 0x${cpu.toString(16)}` };
  }
  if (head.readUInt32BE(0) === 0xcafebabe) {
    // A universal binary (SkiaSharp's macOS library): it serves the CPU when one of its slices is for it.
    const cpus = Array.from({ length: head.readUInt32BE(4) }, (_, i) => head.readUInt32BE(8 + 20 * i));
    return { format: 'macho', cpu: cpus.includes(0x0100000c) ? 'arm64' : `universal without arm64 (${cpus.map((c) => c.toString(16))})` };
  }
  return { format: 'unknown', cpu: 'unknown' };
}

for (const [target, expected] of Object.entries(TARGETS)) {
  test(`the ${target} VSIX holds a self-contained ${expected.format} ${expected.cpu} backend, its ONNX Runtime, and nothing unused`, async () => {
    const file = path.join(ROOT, 'packages', `compress-compare-${target}-${VERSION}.vsix`);
    assert.ok(fs.existsSync(file), `${file} is missing: build it with \`bash scripts/package.sh ${target}\``);
    const natives = [expected.executable, expected.onnxRuntime, expected.clr, expected.skia];
    const wanted = new Map([
      ...natives.map((n) => [BACKEND + n, 'binary']),
      [BACKEND + 'target.json', 'text'],
      ['extension.vsixmanifest', 'text'],
    ]);
    const entries = await readVsix(file, wanted);

    // VS Code installs a VSIX only on the platform its manifest names; the extension checks target.json at start-up.
    assert.match(entries.get('extension.vsixmanifest')?.text ?? '', new RegExp(`TargetPlatform="${target}"`));
    assert.equal(JSON.parse(entries.get(BACKEND + 'target.json')?.text ?? '{}').target, target);

    for (const name of natives) {
      const entry = entries.get(BACKEND + name);
      assert.ok(entry, `${name} is in the package`);
      assert.deepEqual(binaryKind(entry.head), { format: expected.format, cpu: expected.cpu }, `${name} is built for ${target}`);
    }
    // Self-contained: the runtime's own assemblies travel with it, so no `dotnet` is needed.
    assert.ok(entries.has(BACKEND + 'System.Private.CoreLib.dll'), 'the .NET runtime is bundled');
    const runtimeConfig = [...entries.keys()].find((n) => n === BACKEND + 'CompressCompare.Backend.runtimeconfig.json');
    assert.ok(runtimeConfig, 'the runtimeconfig is there');
    if (expected.format !== 'pe') assert.equal(entries.get(BACKEND + expected.executable).mode & 0o111, 0o111, 'the executable keeps its executable bits');

    const names = [...entries.keys()];
    const unused = names.filter((n) =>
      /\.(pdb|map|lib|dbg)$/i.test(n) ||
      // libtorch's libraries and TorchSharp's native bridge; TorchSharp.dll stays: the backend's types reference it.
      /^libtorch|^libc10|^libgomp|LibTorchSharp/.test(n.slice(n.lastIndexOf('/') + 1)) ||
      /createdump|mscordbi|mscordaccore/i.test(n));
    assert.deepEqual(unused, [], 'no symbols, source maps, libtorch, TorchSharp bridge or debugger support');
    // Natives of other platforms (the ONNX Runtime package copies onnxruntime.dll everywhere; SkiaSharp ships many).
    // (Managed .dll files are the same everywhere; the native ones are these.)
    const windowsNative = /\/(onnxruntime[^/]*|libSkiaSharp|LibTorchSharp|coreclr|clrjit)\.dll$/;
    const foreign = { elf: [/\.dylib$/, windowsNative], pe: [/\.so$/, /\.dylib$/], macho: [/\.so$/, windowsNative] }[expected.format];
    const foreignNatives = names.filter((n) => n.startsWith(BACKEND) && foreign.some((pattern) => pattern.test(n)));
    assert.deepEqual(foreignNatives, [], 'no native library of another platform');
  });
}
