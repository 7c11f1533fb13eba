// ONNX weights as the compute nodes see them: initializers, Constant nodes and subgraphs, with int8
// (DequantizeLinear) and palettized (Cast→Gather) encodings decoded to the float weights they stand for,
// under the float model's names, so a quantized model matches its parent tensor by tensor.
// Memory: OnnxModelReader decodes the effective weights of the whole model at once (the decoding folds
// graphs of several constants). That is fine for the classifiers this project compresses; the tensor-at-a-time
// bound of LayerService holds for safetensors and TorchSharp files, the formats large checkpoints come in.
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Layers.Sources;

public sealed class OnnxWeightSource : ITensorSource
{
    public const string Extension = ".onnx";

    readonly IReadOnlyDictionary<string, TensorData> _weights;

    public string File { get; }
    public IReadOnlyList<TensorInfo> Tensors { get; }

    public OnnxWeightSource(string file)
    {
        File = file;
        _weights = OnnxModelReader.ReadDequantizedWeights(file);
        Tensors = [.. _weights.Select(w => new TensorInfo(w.Key, [.. w.Value.Shape.Select(d => (long)d)], "float32"))];
    }

    public void Read(TensorInfo tensor, Span<float> destination) => _weights[tensor.Name].Values.CopyTo(destination);

    public void Dispose() { }
}
