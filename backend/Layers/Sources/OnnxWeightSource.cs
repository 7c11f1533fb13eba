// ONNX weights as the compute nodes see them: initializers, Constant nodes and subgraphs, with quantized encodings
// (DequantizeLinear, QOperator MatMulInteger/ConvInteger/QLinearMatMul/QLinearConv, MatMulNBits, int4) and palettized
// (Cast→Gather) ones decoded to the float weights they stand for, under the float model's names, so a quantized model
// matches its parent tensor by tensor.
// Memory: the file is opened indexed (OnnxModelReader.OpenIndexed): the main graph's float initializers and large integer
// codes stay in the file and are read one at a time by seeking, as are external-data tensors; quantized codes are decoded
// when read, with only their scales and zero points held. So the tensor-at-a-time bound of LayerService holds for float
// and quantized models. What other decoding graphs produce (palettes, folded graphs) is decoded at open and held;
// Constant-node and subgraph tensors are held as parsed.
// Names: weights whose stored names carry no module path are labelled and placed in modules from the graph (OnnxGraphNaming).
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Layers.Sources;

public sealed class OnnxWeightSource : ITensorSource, IModuleTypeSource
{
    public const string Extension = ".onnx";

    readonly IReadOnlyDictionary<string, OnnxWeight> _weights;

    public string File { get; }
    public IReadOnlyList<TensorInfo> Tensors { get; }

    public OnnxWeightSource(string file)
    {
        File = file;
        var reader = OnnxModelReader.OpenIndexed(file);
        _weights = reader.ReadWeightsOnDemand();
        var naming = new OnnxGraphNaming(reader.Model.Graph);
        Tensors = [.. _weights.Select(w => naming.Describe(new TensorInfo(w.Key, w.Value.Shape, "float32")))];
        ModuleTypes = naming.ModuleTypes;
        HeldBytes = _weights.Values.Where(w => w.IsHeld).Sum(w => w.Shape.Aggregate(1L, (a, d) => a * d) * sizeof(float));
    }

    public IReadOnlyDictionary<string, string> ModuleTypes { get; }

    /// <summary>Bytes of the weights held decoded (palettized ones, folded graphs): memory the source keeps while open.</summary>
    public long HeldBytes { get; }

    public void Read(TensorInfo tensor, Span<float> destination)
    {
        try
        {
            _weights[tensor.Name].ReadFloats(destination[..checked((int)tensor.Count)]);
        }
        catch (OnnxModelException e)
        {
            // The file changed or was cut after it was opened (opening walks every tensor's bytes).
            throw TensorSources.Invalid(e.Message, File, null, e.Hint);
        }
        catch (IOException e)
        {
            throw TensorSources.Error($"{File}: reading tensor \"{tensor.Name}\" failed: {e.Message}", File, null, "Check that the file is complete and readable, or save it again.");
        }
    }

    public void Dispose() { }
}
