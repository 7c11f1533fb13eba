// The Layers name filter: plain text matches as a case-insensitive substring; with the ".*" toggle on, the
// text is a regular expression (case-insensitive, like plain text). A pattern that does not compile never
// throws: it comes back as an error the panel shows, and no rows are filtered out. Pure, tested.

export interface NameFilter {
  /** Whether a row's full name is kept; null when nothing is filtered (empty text, or an invalid pattern). */
  match: ((name: string) => boolean) | null;
  /** Why the pattern was not applied, in words the panel shows; null when it was. */
  error: string | null;
}

/** Longest pattern compiled: a stored state or a paste cannot make the filter box a place for megabytes of regex. */
const MAX_PATTERN = 200;

export function nameFilter(text: string, regex: boolean): NameFilter {
  const trimmed = text.trim();
  if (!trimmed) return { match: null, error: null };
  if (!regex) {
    const needle = trimmed.toLowerCase();
    return { match: (name) => name.toLowerCase().includes(needle), error: null };
  }
  if (trimmed.length > MAX_PATTERN) return { match: null, error: `The pattern is longer than ${MAX_PATTERN} characters: shorten it.` };
  try {
    const pattern = new RegExp(trimmed, 'i');
    return { match: (name) => pattern.test(name), error: null };
  } catch (e) {
    // Chromium's message names the pattern and the fault ("Invalid regular expression: /(/i: Unterminated group").
    const why = e instanceof Error ? e.message : String(e);
    return { match: null, error: `${why}. Fix the pattern, or turn off .* to match plain text; all rows are shown meanwhile.` };
  }
}
