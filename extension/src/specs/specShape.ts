// Whether a JSON file can be opened as a spec at all, decided before the backend is asked: "Open as Compress & Compare
// Spec" is offered on every .json file, and a package.json or tsconfig.json must be refused with a reason, not opened
// as an empty map. Pure (the text in, a sentence out), so it is tested without VS Code.

/** Null when the text is a JSON object with a `models` array; otherwise what is wrong and what to do. */
export function specShapeProblem(fileName: string, text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripByteOrderMark(text));
  } catch (e) {
    return `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}). Fix the file, or open another one as a spec.`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return `${fileName} is not a Compress & Compare spec: its top level is not a JSON object. A spec is an object whose "models" array lists the models.`;
  }
  if (!Array.isArray((parsed as { models?: unknown }).models)) {
    return `${fileName} is not a Compress & Compare spec: it has no "models" array at its top level. Add one (each entry an object with an "id"), or open another file.`;
  }
  return null;
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
