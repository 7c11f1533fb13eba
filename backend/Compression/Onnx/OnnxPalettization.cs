// Palettization of an ONNX model's weights, with no libtorch: the same operation and parameters as Palettization (bits,
// iterations, include, exclude), applied to the .onnx file, plus granularity: per grouped channel, each groupSize slices of
// the weight's first axis get their own codebook (as coremltools' per_grouped_channel: one palette for a whole ResNet-18
// conv keeps a feature cosine of 0.80 at 4 bits, one per 16 channels 0.84, one per channel 0.92). Each selected weight,
// read one at a time, gets k-means codebooks (an entry pinned at 0 where its values have exact zeros, so palettizing after
// pruning keeps the sparsity); its indices are stored packed at `bits` bits each in a uint8 initializer beside the float32
// codebooks (stacked, group after group), and decoder nodes (OnnxPaletteGraph, adding each row's palette offset) rebuild
// codebook[index] under the weight's own name, so its consumers, Restore Module and the Layers probe see the same name as before. Memory holds one weight and its packed indices, never the model.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

public static class OnnxPalettization
{
    /// <summary>
    /// Lloyd's iterations run on at most this many values in evenly spread runs of a weight (every value of a smaller one); each value
    /// is then assigned once. Sixty-four thousand samples place 256 centroids as well as millions do, at a fixed cost.
    /// </summary>
    internal const int SampleLimit = 1 << 16;

    public static IReadOnlyList<OnnxChangedWeight> Palettize(OnnxCompressionInput input, Palettization palettization, CancellationToken cancellationToken = default)
    {
        palettization.Validate();
        var (name, bits) = (palettization.Name, palettization.Bits);
        var realSource = WorkspacePolicy.Current.ToRead(input.Source, input.SpecPath, FileKind.Model);
        var weights = OnnxWeightSelection.Select(OnnxModelReader.OpenIndexed(realSource), name, palettization.Include, palettization.Exclude);
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        edit.RequireOpset(OnnxPaletteGraph.MinimumOpset, $"{name}'s decoder (Mod, and Slice with inputs)");

        var taken = NamesTaken(edit.Graph, weights);
        var largest = weights.Max(w => w.Count);
        var values = new float[largest];
        var packed = new byte[OnnxPaletteGraph.PackedLength(largest, bits)];
        var decoders = new GraphProto();
        var changed = new List<OnnxChangedWeight>();
        var progress = input.Progress;
        progress?.Begin($"{name} {bits}-bit: {weights.Count} weights");
        foreach (var weight in weights)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(weight.Name, 100 * changed.Count / weights.Count);
            var tensor = edit.Initializer(weight.Name)!;
            var count = weight.Count;
            edit.ReadFloats(tensor, values.AsSpan(0, count));
            var (codebooks, groupLength, rowOffsets) = Fit(values.AsSpan(0, count), tensor, palettization);
            var length = (int)OnnxPaletteGraph.PackedLength(count, bits);
            OnnxPaletteIndices.AssignPacked(values.AsSpan(0, count), codebooks, groupLength, bits, packed.AsSpan(0, length));
            float[] codebook = [.. codebooks.SelectMany(c => c)];
            edit.RemoveInitializer(weight.Name);
            // IR 3 models (CNTK's) list every initializer among the graph inputs; the weight is now a node output.
            RemoveInput(edit.Graph, weight.Name);
            edit.AddInitializer($"{weight.Name}_indices", OnnxDataType.UInt8, [length], packed.AsSpan(0, length));
            edit.AddInitializer($"{weight.Name}_codebook", [codebook.Length], codebook);
            OnnxPaletteGraph.EmitDecoder(decoders, $"{weight.Name}/Palette", weight.Name, [.. tensor.Dims], bits, length, rowOffsets);
            changed.Add(new OnnxChangedWeight(weight.Name, count, codebooks.Count == 1
                ? $"{bits}-bit palette of {codebook.Length} values"
                : $"{bits}-bit palettes of {1 << bits} values, one per {palettization.GroupSize} output channels ({codebooks.Count} palettes)"));
        }
        Splice(edit.Graph, decoders, taken, input.Source);
        progress?.Report("writing the model", 99);
        edit.Save(input.Target, input.SpecPath, cancellationToken);
        progress?.End($"{name}: {changed.Count} weights at {bits} bits");
        return changed;
    }

    /// <summary>
    /// The codebooks of one weight, each sorted, for consecutive runs of groupLength values: one for the whole tensor, or per
    /// grouped channel one per GroupSize slices of the first axis (output channels of a Conv, and of a Gemm as PyTorch exports
    /// Linear), the last group holding what is left; then rowOffsets gives each first-axis slice its palette's start in the
    /// stacked codebook. Each codebook pins an entry at 0 where its own values have exact zeros.
    /// </summary>
    static (IReadOnlyList<float[]> Codebooks, long GroupLength, long[]? RowOffsets) Fit(ReadOnlySpan<float> values, TensorProto tensor, Palettization palettization)
    {
        var k = 1 << palettization.Bits;
        float[] FitOne(ReadOnlySpan<float> group) =>
            KMeans1D.FitSampled(group, k, palettization.Iterations, HasZero(group) ? 0f : null, SampleLimit);
        if (!palettization.PerGroupedChannel || tensor.Dims.Count == 0 || values.Length == 0) return ([FitOne(values)], values.Length, null);
        var rows = tensor.Dims[0];
        var groupLength = values.Length / rows * palettization.GroupSize;
        var codebooks = new List<float[]>();
        for (long from = 0; from < values.Length; from += groupLength)
            codebooks.Add(FitOne(values.Slice((int)from, (int)Math.Min(groupLength, values.Length - from))));
        long[] offsets = [.. Enumerable.Range(0, (int)rows).Select(r => (long)(r / palettization.GroupSize) * k)];
        return (codebooks, groupLength, offsets);
    }

    /// <summary>
    /// Whether any value is ±0 (what Contains(0f) answers), a vector at a time: Contains runs float's Equals value by value,
    /// which cost as much as fitting and assigning all the codebooks (bench compress).
    /// </summary>
    static bool HasZero(ReadOnlySpan<float> values)
    {
        var i = 0;
        for (; i <= values.Length - System.Numerics.Vector<float>.Count; i += System.Numerics.Vector<float>.Count)
            if (System.Numerics.Vector.EqualsAny(new System.Numerics.Vector<float>(values[i..]), System.Numerics.Vector<float>.Zero)) return true;
        foreach (var v in values[i..])
            if (v == 0f) return true;
        return false;
    }

    static void RemoveInput(GraphProto graph, string name)
    {
        for (var i = graph.Input.Count - 1; i >= 0; i--)
            if (graph.Input[i].Name == name) graph.Input.RemoveAt(i);
    }

    /// <summary>Every value name the graph uses, but the weights about to be replaced (their names pass to the decoders).</summary>
    static HashSet<string> NamesTaken(GraphProto graph, IEnumerable<OnnxStoredWeight> replaced)
    {
        var taken = graph.Node.SelectMany(n => n.Output).Concat(graph.Input.Select(i => i.Name)).Concat(graph.Output.Select(o => o.Name))
            .Concat(graph.Initializer.Select(i => i.Name)).ToHashSet(StringComparer.Ordinal);
        taken.ExceptWith(replaced.Select(w => w.Name));
        return taken;
    }

    /// <summary>
    /// Puts the decoders before every other node (they read only initializers, so the graph stays topologically sorted) and
    /// their constants among the initializers, refusing a model that already uses one of the names they introduce.
    /// </summary>
    static void Splice(GraphProto graph, GraphProto decoders, HashSet<string> taken, string source)
    {
        var clash = decoders.Node.SelectMany(n => n.Input.Concat(n.Output)).Concat(decoders.Initializer.Select(i => i.Name)).FirstOrDefault(taken.Contains);
        if (clash is not null)
            throw new OnnxModelException(source, $"The model already has a value called '{clash}', a name palettization needs for its decoder.",
                "Rename that value in the model, or exclude the weight it belongs to.", clash);
        graph.Initializer.AddRange(decoders.Initializer);
        for (var i = decoders.Node.Count - 1; i >= 0; i--) graph.Node.Insert(0, decoders.Node[i]);
    }
}
