// Reads any .onnx file with Google.Protobuf (ONNX Runtime's C# API cannot hand out weights): graph facts,
// every weight tensor wherever the exporter put it, and the float weights our own quantized encodings stand for.
// Memory: the parsed model holds the file's bytes once; tensors are decoded to floats one at a time, on demand.
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace CompressCompare.Backend.Models.Onnx;

public sealed class OnnxModelReader
{
    const string ExportHint = "Export the model with torch.onnx.export (or another ONNX exporter) and point the spec at the .onnx file.";

    readonly Lazy<OnnxGraphFacts> _facts;

    OnnxModelReader(string path, ModelProto model)
    {
        Path = path;
        Model = model;
        _facts = new Lazy<OnnxGraphFacts>(() => OnnxGraphFactsReader.Read(model));
    }

    public string Path { get; }
    internal ModelProto Model { get; }
    public OnnxGraphFacts Facts => _facts.Value;

    /// <summary>Parses the file; throws OnnxModelException (file, problem, what to do) when it is not a usable ONNX model.</summary>
    public static OnnxModelReader Open(string path) => Open(path, stream => ModelProto.Parser.ParseFrom(stream));

    /// <summary>
    /// Open, without loading the main graph's floating-point initializers: they are read from the file one at a time when
    /// their values are asked for, so memory holds the graph's structure and integer tensors only (OnnxIndexedParser).
    /// </summary>
    public static OnnxModelReader OpenIndexed(string path) => Open(path, stream => OnnxIndexedParser.Parse(stream, path));

    static OnnxModelReader Open(string path, Func<FileStream, ModelProto> parse)
    {
        if (!File.Exists(path))
            throw new OnnxModelException(path, "The file does not exist.", "Check the model's path in the spec (relative paths start at the spec's folder).");
        ModelProto model;
        long size;
        try
        {
            using var stream = File.OpenRead(path);
            size = stream.Length;
            if (LooksLikeZip(stream))
                throw new OnnxModelException(path, "This is a zip archive (a PyTorch .pt/.pth checkpoint?), not an ONNX model.", ExportHint);
            model = parse(stream);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException && e.Message.Contains("truncated", StringComparison.OrdinalIgnoreCase))
        {
            throw new OnnxModelException(path, "The file ends in the middle of a record: it was cut short (an interrupted copy or download?) or is not an ONNX file.",
                "Copy or export the model again and check that the whole file arrived.", inner: e);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            throw new OnnxModelException(path, $"This is not an ONNX model (it is not a valid protobuf ModelProto: {e.Message})", ExportHint, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OnnxModelException(path, $"The file cannot be read: {e.Message}", "Check that it exists and that you may read it.", inner: e);
        }

        // Almost any bytes parse as *some* protobuf message (as unknown fields), so check what ONNX requires.
        if (model.Graph is null)
            throw new OnnxModelException(path, $"This is not an ONNX model: its {size} bytes hold no graph.", ExportHint);
        if (model.OpsetImport.Count == 0)
            throw new OnnxModelException(path, "The model imports no operator set: the file was cut short after its graph, or its exporter is faulty.",
                "Copy or export the model again.");
        return new OnnxModelReader(path, model);
    }

    /// <summary>
    /// Every numeric-or-not weight tensor of the model, one at a time: the initializers and Constant nodes of the
    /// main graph, then those of each subgraph (If/Loop/Scan, depth-first) and model-local function.
    /// Values are decoded only when the caller asks the tensor for them.
    /// </summary>
    public IEnumerable<OnnxTensor> EnumerateTensors()
    {
        foreach (var scope in OnnxGraphScopes.All(Model))
        {
            foreach (var init in scope.Initializers)
                yield return new OnnxTensor(init, init.Name, OnnxTensorSource.Initializer, scope.Path, Path);
            foreach (var node in scope.Nodes)
                if (OnnxGraphScopes.ConstantValue(node) is { } value)
                    yield return new OnnxTensor(value, node.Output[0], OnnxTensorSource.ConstantNode, scope.Path, Path);
        }
    }

    /// <summary>
    /// The float weights the model's compute nodes see, keyed by value name: plain float tensors as they are,
    /// and constant decoding graphs folded, so an int8 weight behind DequantizeLinear or a palette behind
    /// Cast→Gather→Reshape comes back as "{layer}.weight" with the floats it stands for. Quantized nodes' weights
    /// (MatMulInteger, ConvInteger, QLinearMatMul, QLinearConv, MatMulNBits) come back decoded under the float model's
    /// name ("W_quantized" and "W_Q4" as "W"). Scales, zero points, codebooks and index tensors, which only feed that
    /// decoding, are left out, as are scalars. A name used in two subgraphs is qualified with the second one's GraphPath ("If_0.then_branch/w").
    /// </summary>
    public IReadOnlyDictionary<string, TensorData> ReadDequantizedWeights() => OnnxDequantizer.EffectiveWeights(this);

    public static IReadOnlyDictionary<string, TensorData> ReadDequantizedWeights(string path) => Open(path).ReadDequantizedWeights();

    /// <summary>
    /// The same weights, names and order as ReadDequantizedWeights, without decoding the ones the compute nodes read as stored:
    /// those come back as their OnnxTensor (values read on demand, from the file when opened with OpenIndexed), and quantized
    /// codes decode when read (scales and zero points held); only weights that other decoding graphs produce (palettes behind
    /// Gather, folded data movement) are decoded and held.
    /// </summary>
    public IReadOnlyDictionary<string, OnnxWeight> ReadWeightsOnDemand() => OnnxDequantizer.EffectiveWeightsOnDemand(this);

    static bool LooksLikeZip(FileStream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var n = stream.Read(head);
        stream.Position = 0;
        return n == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
    }
}
