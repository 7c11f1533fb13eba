// Wires Selection Details into a panel: the view, and the client that asks the host to explain the
// selection. The panel calls update() when the selection or spec changes.
import type { SelectionExplanation, SpecSummary } from '../../../../protocol/generated/contract';
import type { DetailsState } from './detailsState';
import type { CancellationToken } from 'vscode-jsonrpc';
import { ExplainClient } from './explainClient';
import { SelectionDetailsView } from './selectionDetailsView';

export interface SelectionDetailsHost {
  /** Asks the extension host to explain these models; `token` is cancelled when the selection moves on. */
  explain(ids: string[], token: CancellationToken): PromiseLike<SelectionExplanation>;
  /** Selects exactly these models in the panel, as a user selection. */
  select(ids: string[]): void;
  /** Optional: store the view's choices (refine variables, table sort) in the webview state. */
  stateChanged?(state: DetailsState): void;
  /** Optional: the model under the pointer in the charts or table (null: none). */
  hovered?(id: string | null): void;
}

export interface SelectionDetails {
  update(summary: SpecSummary | undefined, selectedIds: readonly string[]): void;
  readonly state: DetailsState;
}

export function mountSelectionDetails(container: HTMLElement, host: SelectionDetailsHost, savedState?: unknown): SelectionDetails {
  // The view is created first: the client's answers go to it, its requests go to the client.
  let client: ExplainClient | undefined;
  const view = new SelectionDetailsView(
    container,
    {
      select: (ids) => host.select(ids),
      explain: (ids) => client?.request(ids),
      cancelExplain: () => client?.cancel(),
      stateChanged: host.stateChanged,
      hovered: host.hovered,
    },
    savedState,
  );
  client = new ExplainClient({ send: (ids, token) => host.explain(ids, token), onOutcome: (outcome) => view.showExplanation(outcome) });
  return {
    update: (summary, ids) => view.update(summary, ids),
    get state() {
      return view.state;
    },
  };
}
