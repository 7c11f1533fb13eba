// A function that remembers its result per argument: the views' per-model loops ask for the same colour or value
// thousands of times (a metric takes far fewer distinct values than there are models).

/** `f` remembering its result per argument (a Map key: numbers and strings by value, objects by identity). */
export function memo<K, V>(f: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    // One lookup for a remembered value; `has` only settles an undefined result (a remembered undefined or none).
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as V;
    const value = f(key);
    seen.set(key, value);
    return value;
  };
}

/** `make` run at the first call and its result returned from then on. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
