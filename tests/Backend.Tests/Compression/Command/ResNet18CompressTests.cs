// `compress` end to end on a real third-party ONNX model (NuGet's CNTK ResNet-18, an image featurizer: an "embedding" task
// over four noise images): pruning to 70 %, int8 weight-only and static, and 4-bit palettization each become a child
// appended to the spec with what the backend can measure on it (sizes, sparsity, parameters, latency); int8 is at least
// 3× and 4-bit palettization at least 5× smaller than the float file; ONNX's own checker accepts each artifact.
using System.Text.Json;
using Backend.Tests.Compression.Onnx;
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Compression.Command;

public sealed class ResNet18CompressTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    static Dictionary<string, JsonElement> Parameters(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [ResNet18Fact]
    public async Task Each_operation_appends_a_measured_child_whose_file_passes_the_checker_and_shrinks_as_promised()
    {
        ResNet18Features.Source(_folder);
        var random = new Random(11);
        NpyArray.OfFloats([.. Enumerable.Range(0, 4 * 3 * 224 * 224).Select(_ => random.NextSingle() * 200 - 100)], 4, 3, 224, 224).Write(_folder.File("x.npy"));
        var spec = _folder.File("models.json");
        File.WriteAllText(spec, """{"models": [{"id": "resnet18", "artifact": "resnet18.onnx"}], "dataset": {"inputs": "x.npy", "task": "embedding"}}""");
        var service = new CompressService();

        var pruned = await service.CompressAsync(new CompressRequest(spec, "resnet18", "Magnitude Prune", Parameters("""{"amount": 0.7}""")), default);
        var int8 = await service.CompressManyAsync(new CompressRequest(spec, "resnet18", "Int8 Quantize", Parameters("{}"))
        {
            Sweep = [Parameters("""{"activations": "none"}"""), Parameters("""{"activations": "static", "samples": 4}""")],
        }, default);
        var palette = await service.CompressAsync(new CompressRequest(spec, "resnet18", "Palettize", Parameters("""{"bits": 4}""")), default);

        var summary = SpecParser.Parse(spec, File.ReadAllText(spec), default, File.Exists);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity == CompressCompare.Protocol.Spec.DiagnosticSeverity.Error);
        var children = summary.Models.Skip(1).ToArray();
        Assert.Equal(4, children.Length);
        var floatBytes = new FileInfo(_folder.File("resnet18.onnx")).Length;
        foreach (var child in children)
        {
            Assert.Equal("resnet18", child.Base);
            foreach (var metric in new[] { ExperimentMetrics.ModelSize, ExperimentMetrics.CompressedSize, ExperimentMetrics.Parameters, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90 })
                Assert.True(child.Metrics.TryGetValue(metric, out var value) && value > 0, $"{child.Id} has {metric}: {JsonSerializer.Serialize(child.Metrics)}");
            var file = _folder.File(child.Artifact!);
            OnnxChecker.AssertValid(file);
            ResNet18PruningTests.AssertRuns(file);
        }
        Assert.InRange(children[0].Metrics[ExperimentMetrics.Sparsity]!.Value, 0.69, 0.71);
        foreach (var quantized in children[1..3]) Assert.True(new FileInfo(_folder.File(quantized.Artifact!)).Length * 3 <= floatBytes, $"{quantized.Id} is at least 3× smaller");
        Assert.True(new FileInfo(_folder.File(children[3].Artifact!)).Length * 5 <= floatBytes, "4-bit palettization is at least 5× smaller");
        Assert.Equal([pruned["id"]!.GetValue<string>(), .. int8.Select(e => e["id"]!.GetValue<string>()), palette["id"]!.GetValue<string>()], children.Select(c => c.Id));
    }
}
