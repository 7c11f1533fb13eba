// An expected failure that reaches the user: carries an RpcErrorCodes code and what to do next.
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Errors;

public sealed class BackendException(int code, string message, RpcErrorData data) : Exception(message)
{
    public int Code { get; } = code;
    public RpcErrorData ErrorData { get; } = data;
}
