// Turns a SequentialModel into an ONNX file that ONNX Runtime (and Netron, onnx.checker, PyTorch users)
// can open: opset 17, input "input" [N, ..InstanceShape] with a symbolic batch dimension, output "logits"
// [N, Classes], and initializers named as PyTorch's state_dict names them ("{layer}.weight", ".bias",
// ".running_mean", ...), so a tensor read back groups into its module.
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Models.Onnx;

public static class OnnxModelWriter
{
    /// <summary>Opset 17 has every operator we emit with its current attributes (DequantizeLinear's axis since 13).</summary>
    public const int Opset = 17;
    /// <summary>IR version 8 is the one that goes with opset 17 (ONNX 1.12), readable by ONNX Runtime ≥ 1.12.</summary>
    public const int IrVersion = 8;
    public const string BatchDimension = "N";

    /// <summary>
    /// Writes atomically: into a temporary file in the same folder, then moved over `path`, so a reader
    /// (or a crash) never sees half a model.
    /// </summary>
    public static void Write(SequentialModel model, string path)
    {
        var proto = Build(model); // validate before touching the disk
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                proto.WriteTo(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public static void Write(SequentialModel model, Stream stream) => Build(model).WriteTo(stream);

    internal static ModelProto Build(SequentialModel model)
    {
        if (model.Layers.Count == 0)
            throw new ArgumentException("The model has no layers; there is nothing to export.", nameof(model));
        var duplicate = model.Layers.GroupBy(l => l.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two layers are named '{duplicate.Key}'; ONNX value and initializer names must be unique.", nameof(model));

        var graph = new GraphProto { Name = "sequential" };
        graph.Input.Add(ValueInfo(SequentialModel.InputName, OnnxDataType.Float, [BatchDimension, .. model.InstanceShape.Cast<object>()]));
        graph.Output.Add(ValueInfo(SequentialModel.OutputName, OnnxDataType.Float, BatchDimension, model.Classes));

        var current = SequentialModel.InputName;
        for (var i = 0; i < model.Layers.Count; i++)
        {
            var layer = model.Layers[i];
            // Each layer's output is named after the layer, so a later probe can map activations to modules.
            var output = i == model.Layers.Count - 1 ? SequentialModel.OutputName : layer.Name;
            graph.Node.Add(EmitLayer(graph, layer, current, output));
            current = output;
        }

        var proto = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "Compress & Compare",
            ProducerVersion = typeof(OnnxModelWriter).Assembly.GetName().Version?.ToString() ?? "",
            Graph = graph,
        };
        proto.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });
        return proto;
    }

    static NodeProto EmitLayer(GraphProto graph, Layer layer, string input, string output)
    {
        switch (layer)
        {
            case LinearLayer linear:
                RequireRank(linear.Name, linear.Weight, 2);
                return Node("Gemm", linear.Name, WeightAndBias(graph, linear.Name, input, linear.Weight, linear.Bias, linear.Encoding), output,
                    Int("transB", 1)); // PyTorch's Linear keeps Weight as [out, in]
            case Conv2dLayer conv:
                RequireRank(conv.Name, conv.Weight, 4);
                return Node("Conv", conv.Name, WeightAndBias(graph, conv.Name, input, conv.Weight, conv.Bias, conv.Encoding), output,
                    Ints("kernel_shape", conv.Weight.Shape[2], conv.Weight.Shape[3]),
                    Ints("pads", conv.Padding, conv.Padding, conv.Padding, conv.Padding),
                    Ints("strides", conv.Stride, conv.Stride));
            case BatchNorm2dLayer bn:
                string[] parts = ["weight", "bias", "running_mean", "running_var"];
                TensorData[] values = [bn.Scale, bn.Bias, bn.RunningMean, bn.RunningVar];
                for (var k = 0; k < parts.Length; k++)
                    graph.Initializer.Add(Floats($"{bn.Name}.{parts[k]}", values[k]));
                return Node("BatchNormalization", bn.Name, [input, .. parts.Select(p => $"{bn.Name}.{p}")], output, Float("epsilon", bn.Epsilon));
            case ReluLayer relu:
                return Node("Relu", relu.Name, [input], output);
            case MaxPool2dLayer pool:
                return Node("MaxPool", pool.Name, [input], output, Ints("kernel_shape", pool.Kernel, pool.Kernel), Ints("strides", pool.Stride, pool.Stride));
            case FlattenLayer flatten:
                return Node("Flatten", flatten.Name, [input], output, Int("axis", 1));
            default:
                throw new NotSupportedException($"Layer '{layer.Name}': the ONNX writer does not know {layer.GetType().Name}.");
        }
    }

    static string[] WeightAndBias(GraphProto graph, string layer, string input, TensorData weight, TensorData? bias, WeightEncoding encoding)
    {
        var weightName = OnnxWeightEncoder.Emit(graph, layer, weight, encoding);
        if (bias is null) return [input, weightName];
        if (bias.Count != weight.Shape[0])
            throw new ArgumentException($"Layer '{layer}': a bias of {bias.Count} values for {weight.Shape[0]} outputs.");
        graph.Initializer.Add(Floats($"{layer}.bias", bias));
        return [input, weightName, $"{layer}.bias"];
    }

    static void RequireRank(string layer, TensorData weight, int rank)
    {
        if (weight.Shape.Length != rank)
            throw new ArgumentException($"Layer '{layer}': weight shaped [{string.Join(", ", weight.Shape)}], expected {rank} dimensions.");
    }
}
