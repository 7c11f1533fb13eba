// An ONNX file that cannot be read or run: says which file (and tensor), what is wrong and what to do next,
// so the RPC layer can turn it into an error the user can act on.
namespace CompressCompare.Backend.Models.Onnx;

public sealed class OnnxModelException(string file, string problem, string hint, string? tensor = null, Exception? inner = null)
    : Exception($"{file}: {problem} {hint}", inner)
{
    /// <summary>The .onnx file (or external data file) concerned.</summary>
    public string File { get; } = file;
    /// <summary>The tensor concerned, when there is one.</summary>
    public string? Tensor { get; } = tensor;
    /// <summary>What went wrong, without the file name.</summary>
    public string Problem { get; } = problem;
    /// <summary>What the user should do next.</summary>
    public string Hint { get; } = hint;
}
