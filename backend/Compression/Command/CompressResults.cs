// Between `models/compress`'s wire records and CompressService: the request as the service takes it, and the spec
// entries it appended as the typed result the extension reads (the CLI prints the entries themselves).
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

public static class CompressResults
{
    static readonly JsonSerializerOptions Wire = WireJson.CreateOptions();

    public static CompressRequest RequestOf(CompressParams request, IWorkProgress progress)
    {
        if (request.ParameterSets is not { Count: > 0 } sets)
            throw new BackendException(RpcErrorCodes.InvalidRequest, "models/compress needs at least one parameter set; nothing was written.",
                new RpcErrorData { File = request.Path, Hint = "Send parameterSets: [{}] to run the operation with its defaults." });
        return new CompressRequest(request.Path, request.ModelId, request.Operation, sets[0], request.NewId, request.Tag) { Sweep = sets, Progress = progress };
    }

    public static CompressResult Of(IReadOnlyList<JsonObject> entries) => new()
    {
        Models = [.. entries.Select(e => new CompressedModel
        {
            Id = e["id"]!.GetValue<string>(),
            Operation = e["operation"].Deserialize<OperationApplication>(Wire)!,
            Artifact = e["artifact"]!.GetValue<string>(),
            Metrics = e["metrics"].Deserialize<Dictionary<string, double?>>(Wire)!,
        })],
    };
}
