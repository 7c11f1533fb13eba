// Restore Module on a model palettized per grouped channel: the restored module's weight is the base's float values again
// under its own name, the grouped decoder (codes, stacked codebook, row offsets) goes, the other module keeps its palettes,
// and the file runs in ONNX Runtime and passes the checker. WeightSwap reads the consumer's input whatever decodes it.
using System.Text.Json;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Spec;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Compression.Onnx;

public sealed class GroupedPaletteRestoreTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-grouped-restore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Restore_Module_puts_the_base_values_back_in_place_of_a_grouped_palette()
    {
        var random = new Random(7);
        float[] fc1 = [.. Enumerable.Range(0, 8 * 2).Select(_ => random.NextSingle() * 2 - 1)];
        float[] fc2 = [.. Enumerable.Range(0, 2 * 8).Select(_ => random.NextSingle() * 2 - 1)];
        OnnxModelWriter.Write(new SequentialModel([2], 2,
        [
            new LinearLayer("fc1", new TensorData(fc1, [8, 2]), new TensorData(new float[8], [8]), WeightEncoding.Float32),
            new ReluLayer("act"),
            new LinearLayer("fc2", new TensorData(fc2, [2, 8]), new TensorData(new float[2], [2]), WeightEncoding.Float32),
        ]), Path.Combine(_folder, "base.onnx"));
        NpyArray.OfFloats([1, 0, 0, 1], 2, 2).Write(Path.Combine(_folder, "inputs.npy"));
        NpyArray.OfInt64([0, 1], 2).Write(Path.Combine(_folder, "labels.npy"));
        var spec = Path.Combine(_folder, "models.json");
        File.WriteAllText(spec, """
            {"models": [{"id": "base", "artifact": "base.onnx"}, {"id": "grouped", "artifact": "grouped.onnx"}],
             "dataset": {"inputs": "inputs.npy", "labels": "labels.npy", "classes": ["a", "b"]}}
            """);
        var grouped = Path.Combine(_folder, "grouped.onnx");
        OnnxPalettization.Palettize(new OnnxCompressionInput(Path.Combine(_folder, "base.onnx"), grouped, spec),
            new Palettization(2, Granularity: PaletteGranularities.PerGroupedChannel, GroupSize: 4));

        var restored = Path.Combine(_folder, "restored.onnx");
        OnnxCompressionOperations.Create(new OperationApplication
        {
            Name = CompressionOperationNames.RestoreModule,
            Parameters = new Dictionary<string, JsonElement> { ["module"] = JsonSerializer.SerializeToElement("fc1"), ["from"] = JsonSerializer.SerializeToElement("base") },
        }).Apply(new OnnxCompressionInput(grouped, restored, spec), CancellationToken.None);

        var model = OnnxModelReader.Open(restored).Model;
        Assert.DoesNotContain(model.Graph.Initializer, i => i.Name.StartsWith("fc1.weight_", StringComparison.Ordinal));
        Assert.Contains(model.Graph.Initializer, i => i.Name == "fc2.weight_row_offsets");
        var weights = OnnxModelReader.OpenIndexed(restored).ReadWeightsOnDemand();
        var values = new float[fc1.Length];
        weights["fc1.weight"].ReadFloats(values);
        Assert.Equal(fc1, values);
        using var session = new InferenceSession(restored);
        Assert.Single(session.OutputMetadata);
        OnnxChecker.AssertValid(restored);
    }
}
