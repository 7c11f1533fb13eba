// Checks what the host sends: the envelopes of its notifications, and one thing about an explanation that no JSON
// schema can say. Backend results (the spec summary, explanations) reach the webview only from the host, which
// validated them against the contract at the backend connection (extension/src/backend/backendConnection.ts), so
// their shape is not checked again here. Pure, tested.
import type { SelectionExplanation, SpecSummary } from '../../../protocol/generated/contract';
import type { HostToOverview } from '../../../protocol/overviewWebview';
import { fromSummaryColumns, isSummaryColumns, summaryLinks, summaryMetricValues } from '../../../protocol/summaryColumns';
import { rememberMetricValues } from './metricValues';
import { rememberLinks } from './modelIndex';

/** A host notification as the panel handles it: the spec's summary decoded from its columns. */
export type OverviewMessage = Exclude<HostToOverview, { type: 'spec' }> | { type: 'spec'; summary: SpecSummary; error?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A notification as `{ type, ...params }` (see onHostNotifications), trimmed to what the panel can use; undefined when unusable. */
export function parseHostNotification(raw: unknown): OverviewMessage | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'spec': {
      let summary: SpecSummary;
      try {
        if (!isSummaryColumns(raw.summary)) throw new Error('it is not in the columns the panel expects');
        summary = fromSummaryColumns(raw.summary);
        rememberLinks(summary, summaryLinks(raw.summary));
        rememberMetricValues(summary.models, summaryMetricValues(raw.summary));
      } catch (e) {
        // Only a host of another version sends this: the panel says so rather than drawing half a map.
        return { type: 'error', message: `The spec's summary could not be read (${(e as Error).message}). Reload the window so the panel and the extension match.` };
      }
      const error = typeof raw.error === 'string' && raw.error.length > 0 ? raw.error : undefined;
      return error === undefined ? { type: 'spec', summary } : { type: 'spec', summary, error };
    }
    case 'error':
      return typeof raw.message === 'string' ? { type: 'error', message: raw.message } : undefined;
    case 'select':
      return Array.isArray(raw.ids) ? { type: 'select', ids: raw.ids.filter((id): id is string => typeof id === 'string') } : undefined;
    case 'requestReport':
      return { type: 'requestReport' };
    default:
      return undefined;
  }
}

/**
 * The explanation the host answered with, once every variable's values index its levels for every model: a chart
 * drawn from one that does not would silently misplace models. Throws, with what to do, otherwise.
 */
export function checkExplanation(explanation: SelectionExplanation): SelectionExplanation {
  const modelCount = explanation.modelIds.length;
  const indexesLevels = ({ levels, values }: SelectionExplanation['variables'][number]) =>
    values.length === modelCount && values.every((i) => Number.isInteger(i) && i >= 0 && i < levels.length);
  if (explanation.variables.every(indexesLevels)) return explanation;
  throw new Error('The backend sent an explanation this panel cannot read. Update the extension, or run "Compress & Compare: Restart Backend".');
}
