// How a multilabel instance's class sets read: the labelled or predicted set as class names, and what a model's
// predicted set adds to or drops from the base's. Shared by the instance rows and the instance view so both say
// the same thing. Pure, tested.

/** A set of class indices as names joined by " + ", or "∅" when the set is empty. */
export function classSetText(set: readonly number[], classNames: readonly string[]): string {
  return set.length > 0 ? set.map((c) => classNames[c] ?? `class ${c}`).join(' + ') : '∅';
}

/** The classes a model predicts that the base does not ("+dog") and those it drops ("−cat"); empty when the sets are equal. */
export function setChangeText(set: readonly number[], baseSet: readonly number[], classNames: readonly string[]): string {
  const name = (c: number) => classNames[c] ?? `class ${c}`;
  const added = set.filter((c) => !baseSet.includes(c)).map((c) => `+${name(c)}`);
  const dropped = baseSet.filter((c) => !set.includes(c)).map((c) => `−${name(c)}`);
  return [...added, ...dropped].join(' ');
}
