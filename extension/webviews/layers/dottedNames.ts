// Module names are dotted paths ("features.0"): their parent and last part. "" is the whole model.

/** The enclosing module's name: "features" for "features.0", "" for a top-level name, null for "" itself. */
export function parentName(name: string): string | null {
  if (name === '') return null;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}

export function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
