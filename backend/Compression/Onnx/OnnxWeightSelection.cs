// Which initializers of an ONNX model an operation compresses. By default the weights of Conv, Gemm and MatMul nodes (the
// initializer they compute with: Conv's W, Gemm's B, MatMul's constant operand); biases and normalization parameters
// only when an include pattern names them explicitly, as ParameterSelection does for TorchSharp models. Patterns match
// a weight by its stored name ("Parameter91") or by the name the Layers panel shows for it ("Convolution249 (Conv).W",
// OnnxGraphNaming), so what a user reads in the panel is what they can type. Exclude always wins.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxWeightSelection
{
    /// <summary>The selected weights, in file order; throws when a pattern matches nothing or nothing is left.</summary>
    public static IReadOnlyList<OnnxStoredWeight> Select(OnnxModelReader indexed, string operation, string? include, string? exclude)
    {
        var graph = indexed.Model.Graph;
        var layerWeights = LayerWeights(graph);
        var naming = new OnnxGraphNaming(graph);
        var floats = graph.Initializer.Where(i => i.DataType == (int)OnnxDataType.Float)
            .Select(i => (i.Name, Names: NamesOf(naming, i))).ToArray();
        var includes = NamePattern.Compile(include);
        var excludes = NamePattern.Compile(exclude);
        foreach (var (key, patterns) in new[] { (CompressionParameterKeys.Include, includes), (CompressionParameterKeys.Exclude, excludes) })
            foreach (var pattern in patterns)
                if (!floats.Any(f => f.Names.Any(pattern.Matches)))
                    throw new CompressionParameterException(operation, key,
                        $"\"{pattern.Text}\" matches no float weight of the model; its layer weights are {Listed(floats.Where(f => layerWeights.Contains(f.Name)))}.");

        var chosen = floats.Where(f =>
            !excludes.Any(x => f.Names.Any(x.Matches)) &&
            (layerWeights.Contains(f.Name)
                ? includes.Length == 0 || includes.Any(i => f.Names.Any(i.Matches))
                : includes.Any(i => i.IsExplicit && f.Names.Any(i.Matches))))
            .Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0)
            throw new CompressionParameterException(operation, include is null ? CompressionParameterKeys.Exclude : CompressionParameterKeys.Include,
                $"no weight is left to compress (include \"{include}\", exclude \"{exclude}\"); layer weights are {Listed(floats.Where(f => layerWeights.Contains(f.Name)))}.");

        var stored = OnnxStoredWeight.InMainFile(indexed.Path).Where(w => chosen.Contains(w.Name)).ToArray();
        if (stored.Length < chosen.Count)
        {
            var missing = chosen.Except(stored.Select(w => w.Name)).First();
            throw new OnnxModelException(indexed.Path, $"Weight '{missing}' is not stored as raw float32 bytes inside the .onnx file (external data, float_data, or a damaged tensor), which this operation rewrites in place.",
                "Re-save the model with its weights inside the file as raw data (onnx.save_model(model, path, save_as_external_data=False)), or exclude that weight.", missing);
        }
        return stored;
    }

    /// <summary>Initializers that Conv, Gemm and MatMul nodes of the main graph compute with directly.</summary>
    static HashSet<string> LayerWeights(GraphProto graph)
    {
        var initializers = graph.Initializer.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var weights = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            IEnumerable<int> inputs = node.OpType switch
            {
                "Conv" or "Gemm" => [1],
                "MatMul" => [0, 1],
                _ => [],
            };
            foreach (var i in inputs)
                if (i < node.Input.Count && initializers.Contains(node.Input[i])) weights.Add(node.Input[i]);
        }
        return weights;
    }

    /// <summary>The stored name and, where the graph gives it another, the name the Layers panel shows.</summary>
    static string[] NamesOf(OnnxGraphNaming naming, TensorProto init)
    {
        var shown = naming.Describe(new TensorInfo(init.Name, [.. init.Dims], "float32")).Label;
        return shown is null || shown == init.Name ? [init.Name] : [init.Name, shown];
    }

    static string Listed(IEnumerable<(string Name, string[] Names)> weights) =>
        string.Join(", ", weights.Take(12).Select(w => w.Names[^1])) + (weights.Skip(12).Any() ? ", …" : "");
}
