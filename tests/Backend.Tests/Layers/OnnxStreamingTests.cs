// ONNX weights read tensor by tensor from the file (OnnxModelReader.OpenIndexed): the same names, shapes and values as
// the decoding reader, the float initializers left in the file, and a cut-short file refused with a clear error.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers;

public sealed class OnnxStreamingTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Models => ["float cnn", "int8 cnn", "palette cnn", "constants and if", "graphs and function", "float16, double and float_data", "external data"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Streamed_weights_equal_the_decoded_ones_name_by_name_and_value_by_value(string kind)
    {
        var path = Write(kind);
        var decoded = OnnxModelReader.ReadDequantizedWeights(path);

        using var source = new OnnxWeightSource(path);

        Assert.Equal(decoded.Keys, source.Tensors.Select(t => t.Name)); // the same order, too
        foreach (var tensor in source.Tensors)
        {
            var expected = decoded[tensor.Name];
            Assert.Equal(expected.Shape.Select(d => (long)d), tensor.Shape);
            var values = new float[tensor.Count + 3]; // a reused buffer is longer than the tensor
            source.Read(tensor, values);
            Assert.Equal(expected.Values, values[..(int)tensor.Count]); // bit for bit
        }
    }

    [Fact]
    public void Main_graph_float_initializers_and_int8_codes_stay_in_the_file_and_nothing_is_held()
    {
        var model = OnnxTestModels.Cnn();
        var (plain, int8) = (_folder.File("plain.onnx"), _folder.File("int8.onnx"));
        OnnxModelWriter.Write(model, plain);
        OnnxModelWriter.Write(OnnxTestModels.ToInt8(model), int8);

        Assert.All(OnnxModelReader.OpenIndexed(plain).ReadWeightsOnDemand().Values, w => Assert.False(w.IsHeld));
        var quantized = OnnxModelReader.OpenIndexed(int8).ReadWeightsOnDemand();
        var encoded = model.Layers.Where(l => l is LinearLayer or Conv2dLayer).Select(l => l.Name).ToList();
        Assert.Equal(3, encoded.Count);
        foreach (var layer in encoded)
        {
            Assert.False(quantized[$"{layer}.weight"].IsHeld); // int8 codes decoded with their scales when read
            Assert.False(quantized[$"{layer}.bias"].IsHeld); // biases stay float, in the file
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_cut_short_file_is_refused_with_the_file_and_what_to_do(double kept)
    {
        var path = Write("float cnn");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * kept)]);

        var error = Assert.Throws<BackendException>(() => TensorSources.Open(path));

        Assert.Equal(path, error.ErrorData.File);
        Assert.Contains("cut short", error.Message);
        Assert.Contains("again", error.ErrorData.Hint);
    }

    [Fact]
    public void A_file_cut_after_opening_fails_the_read_with_the_file_and_tensor()
    {
        var path = Write("float cnn");
        using var source = new OnnxWeightSource(path);
        var last = source.Tensors.MaxBy(t => t.Count)!;
        using (var file = File.OpenWrite(path)) file.SetLength(file.Length / 2);

        var error = Assert.Throws<BackendException>(() => source.Read(last, new float[last.Count]));

        Assert.Equal(path, error.ErrorData.File);
        Assert.Contains(last.Name, error.Message);
    }

    string Write(string kind)
    {
        var path = _folder.File(kind.Replace(' ', '_').Replace(",", "") + ".onnx");
        switch (kind)
        {
            case "float cnn": OnnxModelWriter.Write(OnnxTestModels.Cnn(), path); break;
            case "int8 cnn": OnnxModelWriter.Write(OnnxTestModels.ToInt8(OnnxTestModels.Cnn()), path); break;
            case "palette cnn": OnnxModelWriter.Write(OnnxTestModels.ToPalette(OnnxTestModels.Cnn(), 4), path); break;
            case "constants and if": OnnxProtoModels.ConstantsAndIf().Save(path); break;
            case "graphs and function": OnnxProtoModels.GraphsAttributeAndFunction().Save(path); break;
            case "float16, double and float_data":
                var half = Tensor("half", OnnxDataType.Float16, (ReadOnlySpan<Half>)[(Half)1.5f, (Half)(-2f), (Half)0.25f], [3]);
                var wide = Tensor("wide", OnnxDataType.Double, (ReadOnlySpan<double>)[1e-3, -4.5, 7], [3]);
                var typed = new TensorProto { Name = "typed", DataType = (int)OnnxDataType.Float, Dims = { 3 }, FloatData = { 3f, 0f, -1f } };
                var graph = new GraphProto { Name = "types", Initializer = { half, wide, typed } };
                graph.Node.Add(Node("Add", "a", ["x", "half"], "y1"));
                graph.Node.Add(Node("Add", "b", ["y1", "wide"], "y2"));
                graph.Node.Add(Node("Add", "c", ["y2", "typed"], "y3"));
                OnnxProtoModels.Model(graph, 17).Save(path);
                break;
            case "external data":
                File.WriteAllBytes(_folder.File("weights.bin"), [.. new byte[8], .. new[] { 1f, 2f, 3f, 4f }.SelectMany(BitConverter.GetBytes)]);
                OnnxProtoModels.ExternalWeight("weights.bin", offset: 8).Save(path);
                break;
        }
        return path;
    }
}
