// The new model's id in Add Model to Spec…, checked as the user types with the backend's own rule (ModelFileName: an id
// becomes file names, so only plain, safe names are accepted) and against the spec's ids, with a suggestion made from
// the file's name. Pure, so the rule is unit-tested without VS Code.

/** Letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 128 characters; no "..", no trailing '.'. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

/** Why `id` cannot be the new model's id, or undefined when it can. */
export function idProblem(id: string, taken: ReadonlySet<string>): string | undefined {
  if (id.length === 0) return 'Give the new model an id.';
  if (!SAFE_ID.test(id) || id.includes('..') || id.endsWith('.'))
    return "Use letters, digits, '.', '_', '+' and '-', starting with a letter or digit (at most 128 characters).";
  if (taken.has(id)) return `The spec already has a model "${id}"; choose another id.`;
  return undefined;
}

/** A free, safe id from a file name: "ResNet 18 (pruned).onnx" → "ResNet-18-pruned", then "-2", "-3"… if taken. */
export function suggestId(fileName: string, taken: ReadonlySet<string>): string {
  const stem = fileName.replace(/\.(onnx|safetensors)$/i, '');
  let base = stem.replace(/[^A-Za-z0-9._+-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '').replace(/[-.]+$/, '').slice(0, 120);
  if (base.length === 0) base = 'model';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** Tags as typed: comma-separated, trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
}
