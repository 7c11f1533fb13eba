// A spec's model as an .onnx file to diagnose or restore from: its id checked, its artifact present, an ONNX model,
// and readable under the workspace policy. Errors name the model and say what to do.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Diagnose;

internal static class SpecArtifacts
{
    /// <summary>The real path of model <paramref name="id"/>'s .onnx artifact; <paramref name="role"/> names what it is for in errors ("base model").</summary>
    public static string Onnx(ParsedSpec spec, string id, string role)
    {
        var model = spec.Models.FirstOrDefault(m => m.Id == id)
            ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The spec {spec.Path} has no model \"{id}\" to use as the {role}.",
                new RpcErrorData { File = spec.Path, ModelId = id, Hint = $"Use one of its model ids: {string.Join(", ", spec.Models.Select(m => m.Id))}." });
        if (model.Artifact is null)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Model \"{id}\" names no artifact, so it has no weights to restore or evaluate.",
                new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Add \"artifact\": the path of its .onnx file, relative to the spec." });
        if (!string.Equals(Path.GetExtension(model.Artifact), ".onnx", StringComparison.OrdinalIgnoreCase))
            throw new BackendException(RpcErrorCodes.ModelNotEvaluable, $"Model \"{id}\"'s artifact {model.Artifact} is not an .onnx file; diagnosing and restoring modules edit ONNX graphs.",
                new RpcErrorData { File = spec.Path, ModelId = id, Hint = "Export the model to ONNX and point its \"artifact\" at the .onnx file." });
        return WorkspacePolicy.Current.SpecFileToRead(spec.Path, model.Artifact, FileKind.Model);
    }
}
