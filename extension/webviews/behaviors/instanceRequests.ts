// The Behaviors webview's requests to the host for instance pages and single instances, over the shared channel.
// The answers are backend results the host validated against the contract at the backend connection; one the
// extension cannot read comes back as the host's error, which the view shows.
// Callers pass a token and cancel it when the answer stops mattering (the query changed, the page scrolled away,
// another instance opened); the host forwards that to the backend, which stops the work.
import type { CancellationToken } from 'vscode-jsonrpc';
import { InstanceRequest, InstancesRequest } from '../../../protocol/behaviorsWebview';
import type { InstanceData, InstanceFilter, InstanceSort, InstancesPage } from '../../../protocol/generated/contract';
import { host } from '../shared/hostChannel';

export function requestInstances(base: string, offset: number, limit: number, sort: InstanceSort | undefined, filter: InstanceFilter | undefined,
  token?: CancellationToken): Promise<InstancesPage> {
  return host.sendRequest(InstancesRequest, { base, offset, limit, ...(sort ? { sort } : {}), ...(filter ? { filter } : {}) }, token);
}

export function requestInstance(instance: number, token?: CancellationToken): Promise<InstanceData> {
  return host.sendRequest(InstanceRequest, { instance }, token);
}
