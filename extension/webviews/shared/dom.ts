// The one helper for building the panel's DOM by hand: text goes in through textContent only, since
// ids, tags and metric names come from a user-edited file and must never be parsed as HTML.
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
