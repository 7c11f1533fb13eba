using System.Text.Json;
using CompressCompare.Backend.Compression;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Compression;

public sealed class CompressionOperationSpecTests
{
    static OperationApplication Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new OperationApplication
        {
            Name = document.RootElement.GetProperty("name").GetString()!,
            Parameters = document.RootElement.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        };
    }

    [Fact]
    public void Magnitude_prune_reads_the_spec_example()
    {
        var operation = CompressionOperationFactory.Create(Parse("""{"name":"Magnitude Prune","parameters":{"amount":0.5,"scope":"global","exclude":"features.0.*"}}"""));
        Assert.Equal(new MagnitudePruning(0.5, PruningScopes.Global, Exclude: "features.0.*"), operation);
    }

    [Fact]
    public void Every_operation_round_trips_through_its_spec_form()
    {
        ICompressionOperation[] operations =
        [
            new MagnitudePruning(0.3, PruningScopes.PerLayer, "classifier.*", "classifier.4.*"),
            new TaylorPruning(0.7, Include: "*.bias,classifier.*", Samples: 64, Seed: 9),
            new Int8Quantization(Exclude: "features.0.*"),
            new Palettization(6, Iterations: 12),
            new FineTuning(3, 5e-4, 64, 2),
            new BatchNormCalibration(256, 32, 1),
        ];
        foreach (var operation in operations)
        {
            var json = JsonSerializer.Serialize(operation.ToApplication(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
            Assert.Equal(operation, CompressionOperationFactory.Create(Parse(json)));
        }
    }

    [Fact]
    public void Spec_form_lists_every_parameter_with_its_default()
    {
        var parameters = new Palettization(4).ToApplication().Parameters;
        Assert.Equal(CompressionOperationNames.Palettize, new Palettization(4).ToApplication().Name);
        Assert.Equal(4, parameters[CompressionParameterKeys.Bits].GetInt32());
        Assert.Equal(Palettization.DefaultIterations, parameters[CompressionParameterKeys.Iterations].GetInt32());
    }

    [Fact]
    public void Names_match_case_insensitively_and_patterns_may_be_an_array()
    {
        var operation = CompressionOperationFactory.Create(Parse("""{"name":"magnitude prune","parameters":{"amount":0.25,"exclude":["features.0.*","classifier.*"]}}"""));
        Assert.Equal(new MagnitudePruning(0.25, Exclude: "features.0.*,classifier.*"), operation);
    }

    [Theory]
    [InlineData("""{"name":"Magnitude Prune","parameters":{"amount":1.5}}""", "amount")]
    [InlineData("""{"name":"Magnitude Prune","parameters":{}}""", "amount")]
    [InlineData("""{"name":"Magnitude Prune","parameters":{"amount":0.5,"sparsity":0.5}}""", "sparsity")]
    [InlineData("""{"name":"Magnitude Prune","parameters":{"amount":0.5,"scope":"local"}}""", "scope")]
    [InlineData("""{"name":"Palettize","parameters":{"bits":5}}""", "bits")]
    [InlineData("""{"name":"Fine-Tune","parameters":{"epochs":2.5}}""", "epochs")]
    public void Bad_parameters_name_the_operation_and_the_key(string json, string key)
    {
        var error = Assert.Throws<CompressionParameterException>(() => CompressionOperationFactory.Create(Parse(json)));
        Assert.Equal(key, error.Parameter);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Unknown_operation_lists_the_known_ones()
    {
        var error = Assert.Throws<NotSupportedException>(() => CompressionOperationFactory.Create(Parse("""{"name":"Distill","parameters":{}}""")));
        Assert.Contains(CompressionOperationNames.Palettize, error.Message);
    }
}
