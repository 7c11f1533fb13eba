// A model id becomes file names (models/<id>.onnx, .dat, .arch.json) when the backend writes a model, and
// when it reads the checkpoint a compression starts from: only ids that are plain file names may do either,
// so an id such as "../../x" or "a/b" can never steer a read or a write out of the models folder.
using System.Text.RegularExpressions;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Compression.Command;

public static partial class ModelFileName
{
    /// <summary>Letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 128 characters; no "..".</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex Safe();

    public static bool IsSafe(string id) => Safe().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal) && !id.EndsWith('.');

    /// <summary>Throws, before any file is touched, when <paramref name="id"/> cannot name files.</summary>
    public static void Require(string id, string role, string specPath)
    {
        if (IsSafe(id)) return;
        var shown = id.Length > 80 ? id[..80] + "…" : id;
        throw new BackendException(RpcErrorCodes.InvalidRequest,
            $"The {role} id \"{shown.Replace("\0", "\\0")}\" cannot name a model file; nothing was written.",
            new RpcErrorData
            {
                File = specPath,
                ModelId = id,
                Hint = "Use letters, digits, '.', '_', '+' and '-' (starting with a letter or digit, at most 128 characters), e.g. --id cnn-prune50-int8.",
            });
    }
}
