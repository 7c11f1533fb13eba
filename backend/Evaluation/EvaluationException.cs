// Why one model's outputs cannot be had, with what to do next. EvaluateAsync turns it into that model's Error;
// GetOutputsAsync into a BackendException.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Evaluation;

internal sealed class EvaluationException(string message, string hint, string? file = null, Exception? inner = null) : Exception(message, inner)
{
    public string Hint { get; } = hint;
    public string? File { get; } = file;

    public BackendException ToBackendException(string modelId) =>
        new(RpcErrorCodes.ModelNotEvaluable, Message, new RpcErrorData { File = File, ModelId = modelId, Hint = Hint });
}
