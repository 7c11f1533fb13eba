// The backend's application error codes the extension acts on, mirrored from protocol/Rpc/RpcErrorCodes.cs
// (backendErrorCodes.test.ts fails when they drift), and the codes the client itself gives a failed request.

/** A path resolves outside the workspace and the allowed folders (compressCompare.allowedFolders). */
export const PATH_REFUSED = 1007;
/** The workspace is in Restricted Mode: the backend reads specs but runs and decodes no models. */
export const WORKSPACE_UNTRUSTED = 1008;

/** Client side: the request could not reach the backend or its answer was lost (transport failure). */
export const TRANSPORT_FAILED = -1;
/** Client side: the backend process stopped (crashed or restarted) before answering. */
export const BACKEND_GONE = -2;
