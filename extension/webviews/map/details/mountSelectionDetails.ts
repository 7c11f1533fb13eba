// Wires Selection Details into a panel: the view, and the client that asks the host to explain the
// selection. The panel calls update() when the selection or spec changes and receive() with every
// 'selectionExplained' message.
import type { SpecSummary } from '../../../../protocol/generated/contract';
import type { DetailsState } from './detailsState';
import { ExplainClient, type ExplainAnswer, type ExplainRequest } from './explainClient';
import { SelectionDetailsView } from './selectionDetailsView';

export interface SelectionDetailsHost {
  /** Sends the request to the extension host (vscode.postMessage). */
  post(request: ExplainRequest): void;
  /** Selects exactly these models in the panel, as a user selection. */
  select(ids: string[]): void;
  /** Optional: store the view's choices (refine variables, table sort) in the webview state. */
  stateChanged?(state: DetailsState): void;
}

export interface SelectionDetails {
  update(summary: SpecSummary | undefined, selectedIds: readonly string[]): void;
  receive(answer: ExplainAnswer): void;
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
    },
    savedState,
  );
  client = new ExplainClient({ post: (request) => host.post(request), onOutcome: (outcome) => view.showExplanation(outcome) });
  return {
    update: (summary, ids) => view.update(summary, ids),
    receive: (answer) => void client?.receive(answer),
    get state() {
      return view.state;
    },
  };
}
