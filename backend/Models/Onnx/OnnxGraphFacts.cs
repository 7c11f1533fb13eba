// What an ONNX file says about itself, apart from its weights: the facts the model views show next to a
// model (inputs and outputs with shapes, which operators it uses, which opset it needs).
namespace CompressCompare.Backend.Models.Onnx;

/// <summary>One dimension of a declared shape: a number, a symbol such as "N" or "batch_size", or unknown.</summary>
public readonly record struct OnnxDimension(long? Value, string? Symbol)
{
    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Symbol ?? "?";
}

/// <summary>A graph input or output. Shape is null when the file declares no rank.</summary>
public sealed record OnnxValueInfo(string Name, OnnxDataType ElementType, IReadOnlyList<OnnxDimension>? Shape)
{
    public override string ToString() =>
        $"{Name}: {ElementType.OnnxName()}" + (Shape is null ? "" : $"[{string.Join(", ", Shape)}]");
}

/// <param name="Opsets">Operator set per domain; "" is the default ONNX domain (ai.onnx).</param>
/// <param name="Inputs">Real inputs: initializers that old exporters also list as inputs are left out.</param>
/// <param name="OpTypeCounts">Nodes per operator over the main graph, its subgraphs and functions ("domain:Op" outside ai.onnx).</param>
public sealed record OnnxGraphFacts(
    long IrVersion,
    string Producer,
    IReadOnlyDictionary<string, long> Opsets,
    IReadOnlyList<OnnxValueInfo> Inputs,
    IReadOnlyList<OnnxValueInfo> Outputs,
    IReadOnlyDictionary<string, int> OpTypeCounts,
    int NodeCount,
    int SubgraphCount,
    int InitializerCount,
    int ConstantNodeCount)
{
    /// <summary>The default domain's opset (the number people mean by "opset 17"), 0 when the file imports none.</summary>
    public long Opset => Opsets.TryGetValue("", out var v) ? v : Opsets.TryGetValue("ai.onnx", out v) ? v : 0;
}
