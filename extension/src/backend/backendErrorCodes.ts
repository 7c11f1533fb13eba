// The codes the client itself gives a failed request. The backend's own codes are generated from C#
// (RpcErrorCodes in protocol/generated/contract.ts); these are negative so they never clash with those.

/** Client side: the request could not reach the backend or its answer was lost (transport failure). */
export const TRANSPORT_FAILED = -1;
/** Client side: the backend process stopped (crashed or restarted) before answering. */
export const BACKEND_GONE = -2;
/** Client side: the backend answered with a result that does not match this extension's contract (a version mismatch). */
export const RESULT_UNREADABLE = -3;
