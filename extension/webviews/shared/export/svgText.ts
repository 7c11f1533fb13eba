// Writes a chart's SVG tree as a standalone file: an XML declaration, the SVG namespace on the root, every text and
// attribute escaped, and any CSS variable left in an attribute (a colour such as var(--vscode-charts-blue, #3794ff))
// replaced by the theme's concrete value, since the file is read where no VS Code theme defines it. Pure, tested.

/** An SVG element as the file will hold it: a snapshot of a live chart (svgSnapshot.ts) or one drawn for the file. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children: (SvgNode | string)[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Builds an element for a file, without a DOM. */
export function svgNode(tag: string, attrs: Record<string, string | number> = {}, children: (SvgNode | string)[] = []): SvgNode {
  return { tag, attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])), children };
}

/** The value a CSS custom property has in the theme; undefined when the theme does not set it. */
export type VariableLookup = (name: string) => string | undefined;

/**
 * Replaces each var(--name[, fallback]) by the theme's value, else its fallback, else nothing. A fallback that is
 * itself a var() (var(--a, var(--b, red))) is resolved on the next pass.
 */
export function resolveVariables(text: string, variable: VariableLookup): string {
  const pattern = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/;
  let out = text;
  for (let guard = 0; guard < 50 && out.includes('var('); guard++) {
    const match = pattern.exec(out);
    if (!match) break;
    const value = variable(match[1])?.trim() || (match[2] ?? '').trim();
    out = out.slice(0, match.index) + value + out.slice(match.index + match[0].length);
  }
  return out;
}

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replaceAll('"', '&quot;');

function write(node: SvgNode, variable: VariableLookup, out: string[]): void {
  out.push(`<${node.tag}`);
  for (const [name, value] of Object.entries(node.attrs)) out.push(` ${name}="${escapeAttribute(resolveVariables(value, variable))}"`);
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) {
    if (typeof child === 'string') out.push(escapeText(child));
    else write(child, variable, out);
  }
  out.push(`</${node.tag}>`);
}

/** The file's text. The root gets the namespaces a viewer needs to read it outside an HTML page. */
export function svgDocument(root: SvgNode, variable: VariableLookup): string {
  const attrs: Record<string, string> = { xmlns: SVG_NS, ...root.attrs };
  const usesXlink = (n: SvgNode): boolean => Object.keys(n.attrs).some((a) => a.startsWith('xlink:')) || n.children.some((c) => typeof c !== 'string' && usesXlink(c));
  if (usesXlink(root)) attrs['xmlns:xlink'] = XLINK_NS;
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'];
  write({ ...root, attrs }, variable, out);
  out.push('\n');
  return out.join('');
}
