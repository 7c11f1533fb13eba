// Converts a TorchSharp classifier into the framework-neutral SequentialModel that the ONNX writer consumes.
// Weights are copied as float32 values together with the layer's WeightEncoding; an encoding whose dequantized
// values differ from the module's weights is refused, so torch accuracy always equals exported accuracy.
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

public static class TorchToSequential
{
    public static SequentialModel Convert(TorchClassifier model)
    {
        var layers = new List<Layer>();
        foreach (var (name, child) in model.Module.named_children())
        {
            if (child is Sequential block)
                foreach (var (index, inner) in block.named_children())
                    layers.Add(ConvertLayer($"{name}.{index}", inner, model.WeightEncodings));
            else
                layers.Add(ConvertLayer(name, child, model.WeightEncodings));
        }
        return new SequentialModel(model.InstanceShape, model.Architecture.Classes, layers);
    }

    static Layer ConvertLayer(string name, nn.Module module, IReadOnlyDictionary<string, WeightEncoding> encodings) => module switch
    {
        Linear linear => new LinearLayer(name, Weight(name, linear.weight!, encodings, out var linearEncoding), Optional(linear.bias), linearEncoding),
        Conv2d conv => new Conv2dLayer(name, Weight(name, conv.weight!, encodings, out var convEncoding), Optional(conv.bias),
            Uniform(name, "stride", conv.stride), Uniform(name, "padding", conv.padding ?? throw new NotSupportedException($"Layer \"{name}\" uses {conv.padding_type} padding; SequentialModel needs explicit padding.")), convEncoding),
        BatchNorm2d norm => new BatchNorm2dLayer(name,
            TensorValues.ToTensorData(norm.weight!), TensorValues.ToTensorData(norm.bias!),
            TensorValues.ToTensorData(norm.running_mean!), TensorValues.ToTensorData(norm.running_var!), (float)norm.eps),
        ReLU => new ReluLayer(name),
        MaxPool2d pool => new MaxPool2dLayer(name, Uniform(name, "kernel size", pool.kernel_size!), Uniform(name, "stride", pool.stride is { Length: > 0 } stride ? stride : pool.kernel_size!)),
        Flatten => new FlattenLayer(name),
        _ => throw new NotSupportedException($"Layer \"{name}\" is a {module.GetType().Name}, which SequentialModel cannot describe."),
    };

    static TensorData Weight(string layer, Tensor weight, IReadOnlyDictionary<string, WeightEncoding> encodings, out WeightEncoding encoding)
    {
        var data = TensorValues.ToTensorData(weight);
        encoding = encodings.GetValueOrDefault(layer) ?? WeightEncoding.Float32;
        if (WeightEncodingValues.Dequantize(encoding, data.Shape) is { } decoded)
            for (var i = 0; i < decoded.Length; i++)
                if (BitConverter.SingleToInt32Bits(decoded[i]) != BitConverter.SingleToInt32Bits(data.Values[i]))
                    throw new InvalidOperationException(
                        $"Layer \"{layer}\": its {encoding.GetType().Name} decodes to {decoded[i]} at index {i} but the weight is {data.Values[i]}; " +
                        "the weights changed after the encoding was made (apply the encoding operation last, or drop its encoding).");
        return data;
    }

    static TensorData? Optional(Tensor? tensor) => tensor is null ? null : TensorValues.ToTensorData(tensor);

    static int Uniform(string layer, string what, long[] values) =>
        values.Distinct().Count() == 1
            ? checked((int)values[0])
            : throw new NotSupportedException($"Layer \"{layer}\": a {what} of [{string.Join(", ", values)}] differs across dimensions; SequentialModel needs one value.");
}
