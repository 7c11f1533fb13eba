// Checks the shape of what the host sends: its notifications and the explanations it answers with. The host is
// trusted, but a value of the wrong shape (another extension version, a test harness) should be ignored, trimmed
// or shown as an error rather than crash the panel half-way through a redraw. Pure, tested.
import type { ComparisonVariable, ModelSummary, SelectionExplanation, SpecSummary, VariableKind } from '../../../protocol/generated/contract';
import type { HostToOverview } from '../../../protocol/overviewWebview';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A notification as `{ type, ...params }` (see onHostNotifications), trimmed to what the panel can use; undefined when unusable. */
export function parseHostNotification(raw: unknown): HostToOverview | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'spec': {
      const summary = parseSummary(raw.summary);
      if (!summary) return undefined;
      const error = typeof raw.error === 'string' && raw.error.length > 0 ? raw.error : undefined;
      return error === undefined ? { type: 'spec', summary } : { type: 'spec', summary, error };
    }
    case 'error':
      return typeof raw.message === 'string' ? { type: 'error', message: raw.message } : undefined;
    case 'select':
      return Array.isArray(raw.ids) ? { type: 'select', ids: raw.ids.filter((id): id is string => typeof id === 'string') } : undefined;
    default:
      return undefined;
  }
}

/** The explanation the host answered with; throws, with what to do, when the panel cannot read it. */
export function checkExplanation(raw: unknown): SelectionExplanation {
  const explanation = parseExplanation(raw);
  if (explanation) return explanation;
  throw new Error('The backend sent an explanation this panel cannot read. Update the extension, or run "Compress & Compare: Restart Backend".');
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Rejects the whole explanation when any variable's values do not index its levels for every model:
 * a chart drawn from a half-valid explanation would silently misplace models. */
function parseExplanation(raw: unknown): SelectionExplanation | undefined {
  if (!isObject(raw) || !isStrings(raw.modelIds) || !Array.isArray(raw.variables)) return undefined;
  const modelCount = raw.modelIds.length;
  const variables: ComparisonVariable[] = [];
  for (const v of raw.variables as unknown[]) {
    if (!isObject(v) || typeof v.name !== 'string' || typeof v.kind !== 'string' || !isStrings(v.levels) || !Array.isArray(v.values)) return undefined;
    const levelCount = v.levels.length;
    const values = v.values as unknown[];
    if (values.length !== modelCount || !values.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < levelCount)) return undefined;
    variables.push({
      name: v.name,
      // The host checked the result against the contract (protocol/contractValidation.ts), so the word is a known kind.
      kind: v.kind as VariableKind,
      levels: [...v.levels],
      values: values as number[],
      numeric: v.numeric === true,
      parts: isStrings(v.parts) ? [...v.parts] : [],
    });
  }
  return { modelIds: [...raw.modelIds], unknownIds: isStrings(raw.unknownIds) ? [...raw.unknownIds] : [], variables };
}

function parseSummary(raw: unknown): SpecSummary | undefined {
  if (!isObject(raw) || !Array.isArray(raw.models)) return undefined;
  const summary = raw as unknown as SpecSummary;
  const models = (raw.models as unknown[])
    .filter((m): m is ModelSummary => isObject(m) && typeof m.id === 'string')
    .map((m) => (isObject(m.metrics) ? m : { ...m, metrics: {} }));
  const metrics = Array.isArray(raw.metrics) ? summary.metrics.filter((m) => isObject(m) && typeof m.name === 'string') : [];
  return { ...summary, models, metrics };
}
