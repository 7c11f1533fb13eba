// Decides what a view shows after a re-read: the new summary, or the last good one plus the error
// (so that a half-typed edit saved to disk does not blank the map the user is looking at).
import { DiagnosticCodes, DiagnosticSeverities, type SpecSummary } from '../../../protocol/generated/contract';

export interface ShownSpec {
  summary: SpecSummary;
  /** Why the newest read is not shown; undefined when it is. */
  error?: string;
}

/** Codes after which the file's models cannot be trusted as a whole (nothing or almost nothing was read). */
const FATAL_CODES = new Set<string>([DiagnosticCodes.InvalidJson, DiagnosticCodes.FileUnreadable]);

export function chooseShownSpec(previous: SpecSummary | undefined, next: SpecSummary): ShownSpec {
  const fatal = next.diagnostics.find((d) => d.severity === DiagnosticSeverities.Error && FATAL_CODES.has(d.code));
  if (!fatal) return { summary: next };
  const where = `${next.path.split(/[\\/]/).pop()}:${fatal.line}:${fatal.column}`;
  const error = `${fatal.message} (${where})` + (previous ? ' — showing the last version that could be read.' : '');
  return { summary: previous ?? next, error };
}
