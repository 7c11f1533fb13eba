// Files written by OnnxModelWriter run in ONNX Runtime and compute what the layers define.
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxModelWriterTests
{
    const float Tolerance = 1e-5f;

    public static TheoryData<string> Models => ["cnn", "mlp"];

    static SequentialModel Model(string name) => name == "cnn" ? OnnxTestModels.Cnn() : OnnxTestModels.Mlp();

    [Theory]
    [MemberData(nameof(Models))]
    public void Float_model_in_OnnxRuntime_matches_the_reference_forward_pass(string name)
    {
        var model = Model(name);
        using var folder = new OnnxTestFolder();
        var path = folder.File("model.onnx");
        OnnxModelWriter.Write(model, path);

        AssertRunsLikeReference(path, model);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Int8_model_in_OnnxRuntime_matches_the_forward_pass_with_dequantized_weights(string name)
    {
        var model = OnnxTestModels.ToInt8(Model(name));
        using var folder = new OnnxTestFolder();
        var path = folder.File("int8.onnx");
        OnnxModelWriter.Write(model, path);

        AssertRunsLikeReference(path, OnnxTestModels.Dequantized(model));
    }

    [Theory]
    [InlineData("cnn", 4)]
    [InlineData("mlp", 4)]
    [InlineData("mlp", 2)]
    [InlineData("mlp", 8)]
    [InlineData("cnn", 6)]
    [InlineData("mlp", 5)]
    [InlineData("mlp", 7)]
    public void Palette_model_in_OnnxRuntime_matches_the_forward_pass_with_codebook_weights(string name, int bits)
    {
        var model = OnnxTestModels.ToPalette(Model(name), bits);
        using var folder = new OnnxTestFolder();
        var path = folder.File("palette.onnx");
        OnnxModelWriter.Write(model, path);

        AssertRunsLikeReference(path, OnnxTestModels.Dequantized(model));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(7)]
    public void Palette_with_a_partly_used_last_byte_decodes_every_weight(int bits)
    {
        // 7·5 = 35 and 5·3 = 15 weights: packing leaves padding in the last byte (or group of bytes) that must be trimmed.
        var model = OnnxTestModels.ToPalette(OnnxTestModels.Mlp(4, 7, 5, 3), bits);
        using var folder = new OnnxTestFolder();
        var path = folder.File("odd.onnx");
        OnnxModelWriter.Write(model, path);

        AssertRunsLikeReference(path, OnnxTestModels.Dequantized(model));
    }

    [Fact]
    public void Written_graph_declares_a_symbolic_batch_and_PyTorch_initializer_names()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("cnn.onnx");
        OnnxModelWriter.Write(OnnxTestModels.Cnn(), path);

        var reader = OnnxModelReader.Open(path);
        var facts = reader.Facts;
        Assert.Equal(OnnxModelWriter.Opset, facts.Opset);
        Assert.Equal("input: float[N, 1, 8, 8]", Assert.Single(facts.Inputs).ToString());
        Assert.Equal("logits: float[N, 10]", Assert.Single(facts.Outputs).ToString());
        Assert.Equal(2, facts.OpTypeCounts["Conv"]);
        Assert.Equal(1, facts.OpTypeCounts["Gemm"]);
        Assert.Equal(1, facts.OpTypeCounts["BatchNormalization"]);
        Assert.Equal(
            ["features.0.weight", "features.0.bias", "features.1.weight", "features.1.bias", "features.1.running_mean", "features.1.running_var",
             "features.4.weight", "features.4.bias", "classifier.weight", "classifier.bias"],
            reader.EnumerateTensors().Select(t => t.Name));
    }

    [Fact]
    public void Writing_over_an_existing_file_replaces_it_and_leaves_no_temporary_file()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("model.onnx");
        OnnxModelWriter.Write(OnnxTestModels.Cnn(), path);
        OnnxModelWriter.Write(OnnxTestModels.Mlp(), path);

        Assert.Equal([path], Directory.GetFiles(folder.Path));
        Assert.Equal("input: float[N, 64]", Assert.Single(OnnxModelReader.Open(path).Facts.Inputs).ToString());
    }

    [Fact]
    public void Stream_and_file_output_are_the_same_bytes()
    {
        var model = OnnxTestModels.ToPalette(OnnxTestModels.Cnn(), 4);
        using var folder = new OnnxTestFolder();
        var path = folder.File("model.onnx");
        OnnxModelWriter.Write(model, path);
        using var memory = new MemoryStream();
        OnnxModelWriter.Write(model, memory);

        Assert.Equal(File.ReadAllBytes(path), memory.ToArray());
    }

    [Fact]
    public void Invalid_encoding_is_refused_before_any_file_is_written()
    {
        var model = OnnxTestModels.Mlp();
        var first = (LinearLayer)model.Layers[0];
        var broken = model with { Layers = [first with { Encoding = new Int8PerChannelEncoding(new sbyte[10], new float[32]) }, .. model.Layers.Skip(1)] };
        using var folder = new OnnxTestFolder();

        var error = Assert.Throws<ArgumentException>(() => OnnxModelWriter.Write(broken, folder.File("broken.onnx")));

        Assert.Contains("layers.0", error.Message);
        Assert.Contains("10 int8 codes", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    static void AssertRunsLikeReference(string path, SequentialModel reference)
    {
        const int batch = 5;
        var input = OnnxTestModels.RandomBatch(reference, batch);
        using var inference = new OnnxInference(path);
        var logits = inference.Run(input, batch);
        var expected = ReferenceForward.Run(reference, input, batch);

        Assert.Equal(batch * reference.Classes, logits.Length);
        var worst = logits.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst <= Tolerance, $"max |ORT − reference| = {worst:G3} > {Tolerance:G3}");
    }
}
