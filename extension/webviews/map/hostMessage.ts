// Checks the shape of what arrives on window 'message'. The host is trusted, but a message of the
// wrong shape (another extension version, a test harness, another frame) should be ignored or
// trimmed rather than crash the panel half-way through a redraw. Pure, tested.
import type { ModelSummary, SpecSummary } from '../../../protocol/generated/contract';
import type { HostToWebview } from '../../../protocol/webview';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseHostMessage(raw: unknown): HostToWebview | undefined {
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

function parseSummary(raw: unknown): SpecSummary | undefined {
  if (!isObject(raw) || !Array.isArray(raw.models)) return undefined;
  const summary = raw as unknown as SpecSummary;
  const models = (raw.models as unknown[])
    .filter((m): m is ModelSummary => isObject(m) && typeof m.id === 'string')
    .map((m) => (isObject(m.metrics) ? m : { ...m, metrics: {} }));
  const metrics = Array.isArray(raw.metrics) ? summary.metrics.filter((m) => isObject(m) && typeof m.name === 'string') : [];
  return { ...summary, models, metrics };
}
