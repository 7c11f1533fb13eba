// Int8 Quantize's parameters as a spec gives them: "activations" and "samples" read alike on both paths, refused by name when
// out of range; the ONNX operation records activations (and samples only where they matter) and reads back what it
// recorded; a TorchSharp checkpoint refuses "static", which needs an ONNX model to calibrate on, and takes "none" as before.
using System.Text.Json;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxInt8ParameterTests
{
    static OperationApplication Application(string parameters) => new()
    {
        Name = CompressionOperationNames.Int8Quantize,
        Parameters = JsonDocument.Parse(parameters).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
    };

    [Fact]
    public void Defaults_are_weight_only_and_the_spec_records_activations_but_no_samples()
    {
        var operation = Assert.IsType<OnnxInt8Quantization>(OnnxCompressionOperations.Create(Application("{}")));

        Assert.Equal(new OnnxInt8Quantization(Int8Activations.None, Int8Activations.DefaultSamples), operation);
        var recorded = operation.ToApplication().Parameters;
        Assert.Equal(Int8Activations.None, recorded[CompressionParameterKeys.Activations].GetString());
        Assert.False(recorded.ContainsKey(CompressionParameterKeys.Samples));
    }

    [Fact]
    public void Static_records_its_samples_and_reads_back_what_it_recorded()
    {
        var operation = OnnxCompressionOperations.Create(Application("""{"activations": "static", "samples": 64, "exclude": ["fc2.*"]}"""));

        Assert.Equal(new OnnxInt8Quantization(Int8Activations.Static, 64, Exclude: "fc2.*"), operation);
        var json = JsonSerializer.Serialize(operation.ToApplication().Parameters);
        Assert.Equal(operation, OnnxCompressionOperations.Create(Application(json)));
        Assert.Contains("\"samples\":64", json);
    }

    [Theory]
    [InlineData("""{"activations": "dynamic"}""", "activations")]
    [InlineData("""{"activations": "static", "samples": 0}""", "samples")]
    [InlineData("""{"activations": "static", "samples": 100001}""", "samples")]
    [InlineData("""{"activations": "static", "samples": 2.5}""", "samples")]
    [InlineData("""{"bits": 8}""", "bits")]
    public void Bad_parameters_are_refused_by_name(string parameters, string key)
    {
        var error = Assert.Throws<CompressionParameterException>(() => OnnxCompressionOperations.Create(Application(parameters)));

        Assert.Equal(key, error.Parameter);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void A_TorchSharp_checkpoint_refuses_static_activations_and_says_what_to_do()
    {
        var error = Assert.Throws<CompressionParameterException>(() => CompressionOperationFactory.Create(Application("""{"activations": "static"}""")));

        Assert.Equal(CompressionParameterKeys.Activations, error.Parameter);
        Assert.Contains("ONNX", error.Message);
        Assert.Equal(new Int8Quantization(), CompressionOperationFactory.Create(Application("""{"activations": "none", "samples": 8}""")));
    }

    [Fact]
    public void The_catalog_declares_what_the_operation_accepts()
    {
        var declared = OperationCatalog.All.Single(o => o.Name == CompressionOperationNames.Int8Quantize).Parameters.ToDictionary(p => p.Name);

        Assert.Equal([Int8Activations.None, Int8Activations.Static], declared[CompressionParameterKeys.Activations].Options!.Select(o => o.GetString()));
        Assert.Equal((1.0, (double)Int8Activations.MaxSamples), (declared[CompressionParameterKeys.Samples].Min, declared[CompressionParameterKeys.Samples].Max));
        Assert.Equal(OnnxCompressionOperations.Create(Application("""{"activations": "static"}""")).ToApplication().Parameters.Keys.Order(),
            declared.Keys.Intersect([CompressionParameterKeys.Activations, CompressionParameterKeys.Samples]).Order());
    }
}
