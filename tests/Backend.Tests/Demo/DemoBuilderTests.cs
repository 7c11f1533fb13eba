// The demo is real: every model is a file on disk and every metric was measured from it.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Demo;
using System.Text.Json;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Demo;

[Collection(TorchSharpTests.Name)]
public sealed class DemoBuilderTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    ParsedSpec Summary => SpecParser.Parse(demo.Report.Spec, File.ReadAllText(demo.Report.Spec), CancellationToken.None);

    static double Metric(ModelSummary model, string name) => model.Metrics[name] ?? throw new Xunit.Sdk.XunitException($"{model.Id} lacks {name}");

    [Fact]
    public void The_spec_has_at_least_25_models_in_two_trees_and_no_problems()
    {
        var summary = Summary;
        Assert.Empty(summary.Diagnostics);
        Assert.True(summary.Models.Count >= 25, $"{summary.Models.Count} models");
        Assert.Equal([DemoPlan.Cnn, DemoPlan.Mlp], summary.Roots);
        Assert.Equal(10, summary.Dataset!.Classes.Count);
        Assert.Equal([8, 8], summary.Dataset.Instance!.Shape);
    }

    [Fact]
    public void Every_model_has_its_artifact_and_its_size_is_that_files_size()
    {
        var folder = Path.GetDirectoryName(demo.Report.Spec)!;
        foreach (var model in Summary.Models)
        {
            var artifact = Path.Combine(folder, model.Artifact!);
            Assert.True(File.Exists(artifact), artifact);
            Assert.Equal(new FileInfo(artifact).Length, Metric(model, ExperimentMetrics.ModelSize));
        }
    }

    [Fact]
    public void Measured_metrics_show_the_operations_effects()
    {
        var byId = Summary.Models.ToDictionary(m => m.Id);
        Assert.True(Metric(byId["cnn"], ExperimentMetrics.Top1) > 0.9, "the trained CNN is accurate");
        Assert.Equal(0.5, Metric(byId["cnn-prune50"], ExperimentMetrics.Sparsity), 3);
        Assert.Equal(0.9, Metric(byId["cnn-prune90"], ExperimentMetrics.Sparsity), 3);
        // Sparing the first layer leaves its weights dense, so the measured sparsity is below the target.
        Assert.InRange(Metric(byId["cnn-sprune70"], ExperimentMetrics.Sparsity), 0.55, 0.699);
        Assert.True(Metric(byId["cnn-int8"], ExperimentMetrics.ModelSize) < Metric(byId["cnn"], ExperimentMetrics.ModelSize) / 1.8);
        Assert.True(Metric(byId["mlp-int8"], ExperimentMetrics.ModelSize) < Metric(byId["mlp"], ExperimentMetrics.ModelSize) / 2.8);
        Assert.InRange(Metric(byId["cnn-int8"], ExperimentMetrics.Top1), Metric(byId["cnn"], ExperimentMetrics.Top1) - 0.01, 1);
        Assert.True(Metric(byId["cnn-prune70-ft"], ExperimentMetrics.Top1) > Metric(byId["cnn-prune70"], ExperimentMetrics.Top1),
            "fine-tuning recovers accuracy lost to pruning");
        Assert.Equal(0.7, Metric(byId["cnn-prune70-ft"], ExperimentMetrics.Sparsity), 3);
        foreach (var model in byId.Values) Assert.True(Metric(model, ExperimentMetrics.Latency) > 0);
    }

    [Fact]
    public void Compression_trade_offs_are_real_in_the_files()
    {
        var byId = Summary.Models.ToDictionary(m => m.Id);
        double Size(string id) => Metric(byId[id], ExperimentMetrics.ModelSize);
        double Deflated(string id) => Metric(byId[id], ExperimentMetrics.CompressedSize);
        Assert.True(Metric(byId["cnn"], ExperimentMetrics.Parameters) >= 100_000, "the CNN is big enough for compression to matter");
        Assert.True(Size("cnn-int8") <= Size("cnn") / 2, $"int8 {Size("cnn-int8")} B vs float {Size("cnn")} B");
        Assert.True(Size("mlp-int8") <= Size("mlp") / 2, $"int8 {Size("mlp-int8")} B vs float {Size("mlp")} B");
        var palettes = new[] { 2, 4, 6 }.Select(bits => Size($"cnn-pal{bits}")).ToArray();
        Assert.True(palettes.Zip(palettes.Skip(1)).All(p => p.First < p.Second), $"palettized sizes by bits: {string.Join(", ", palettes)}");
        // Pruning keeps the file (zeros are stored) but the zeros deflate away: sparser is smaller.
        var pruned = new[] { "cnn", "cnn-prune10", "cnn-prune30", "cnn-prune50", "cnn-prune70", "cnn-prune90", "cnn-prune99" };
        Assert.All(pruned, id => Assert.Equal(Size("cnn"), Size(id)));
        var deflated = pruned.Select(Deflated).ToArray();
        Assert.True(deflated.Zip(deflated.Skip(1)).All(p => p.First > p.Second), $"compressed sizes by sparsity: {string.Join(", ", deflated)}");
        Assert.True(Deflated("mlp-prune50") > Deflated("mlp-prune90"));
        Assert.All(byId.Values, m => Assert.InRange(Deflated(m.Id), 1, Size(m.Id) + 1024));
        // The scatterplot's default x is the first declared size metric (webviews/overview/scatter/scatterAxes.ts).
        Assert.Equal(ExperimentMetrics.CompressedSize, Summary.Metrics.First(m => m.Name.Contains("Size", StringComparison.Ordinal)).Name);
    }

    [Fact]
    public void Operations_are_recorded_with_every_parameter_and_declared()
    {
        var summary = Summary;
        var prune = summary.Models.Single(m => m.Id == "cnn-sprune50").Operation!;
        Assert.Equal("Magnitude Prune", prune.Name);
        Assert.Equal(0.5, prune.Parameters["amount"].GetDouble());
        Assert.Equal("features.0.*", prune.Parameters["exclude"].ToString());
        Assert.All(summary.Models.Where(m => m.Operation is not null), m => Assert.Contains(summary.Operations, o => o.Name == m.Operation!.Name));
    }

    [Fact]
    public void The_same_seed_gives_the_same_tree_and_another_seed_a_different_one()
    {
        var again = Directory.CreateTempSubdirectory("cc-demo-again-").FullName;
        var other = Directory.CreateTempSubdirectory("cc-demo-other-").FullName;
        try
        {
            var same = DemoBuilder.Build(new DemoOptions(again, Seed: 1), NoProgress.Instance, CancellationToken.None);
            var different = DemoBuilder.Build(new DemoOptions(other, Seed: 7), NoProgress.Instance, CancellationToken.None);
            static Dictionary<string, double?> Accuracies(string spec) => SpecParser.Parse(spec, File.ReadAllText(spec), default).Models
                .ToDictionary(m => m.Id, m => m.Metrics[ExperimentMetrics.Top1]);
            var first = Accuracies(demo.Report.Spec);
            Assert.Equal(first, Accuracies(same.Spec));
            Assert.Equal(first.Keys, Accuracies(different.Spec).Keys);
            Assert.NotEqual(first, Accuracies(different.Spec));
        }
        finally
        {
            Directory.Delete(again, true);
            Directory.Delete(other, true);
        }
    }

    [Fact]
    public void It_never_builds_in_a_folder_that_holds_files()
    {
        var folder = Directory.CreateTempSubdirectory("cc-demo-taken-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "models"));
            File.WriteAllText(Path.Combine(folder, "models", "cnn.onnx"), "a user's model");
            var error = Assert.Throws<BackendException>(() => DemoBuilder.Build(new DemoOptions(folder), NoProgress.Instance, default));
            Assert.Contains("not empty", error.Message);
            Assert.Equal("a user's model", File.ReadAllText(Path.Combine(folder, "models", "cnn.onnx")));
            Assert.Single(Directory.GetFileSystemEntries(folder));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void It_never_overwrites_an_existing_spec()
    {
        var before = File.ReadAllText(demo.Report.Spec);
        var error = Assert.Throws<BackendException>(() => DemoBuilder.Build(new DemoOptions(demo.Folder), NoProgress.Instance, default));
        Assert.Contains("never overwrites", error.Message);
        Assert.Equal(before, File.ReadAllText(demo.Report.Spec));
    }

    [Fact]
    public async Task Compress_appends_a_measured_child_and_keeps_the_rest_of_the_spec()
    {
        var (copy, spec) = CopyDemo("cc-compress-");
        try
        {
            var before = File.ReadAllText(spec);
            var entry = await Prune60(spec, "cnn-prune50-ft");
            Assert.Equal("cnn-prune50-ft-magnitudeprune", entry["id"]!.GetValue<string>());
            var summary = SpecParser.Parse(spec, File.ReadAllText(spec), default);
            Assert.Empty(summary.Diagnostics);
            var child = summary.Models[^1];
            Assert.Equal(("cnn-prune50-ft-magnitudeprune", "cnn-prune50-ft"), (child.Id, child.Base));
            Assert.Equal(0.6, child.Metrics[ExperimentMetrics.Sparsity]!.Value, 3);
            Assert.True(File.Exists(Path.Combine(copy, child.Artifact!)));
            Assert.StartsWith(before[..before.LastIndexOf('}', before.LastIndexOf(']'))], File.ReadAllText(spec));

            var unknown = await Assert.ThrowsAsync<BackendException>(() =>
                new CompressService().CompressAsync(new CompressRequest(spec, "cnn", "Shrink", new Dictionary<string, JsonElement>()), default));
            Assert.Contains("Magnitude Prune", unknown.ErrorData.Hint);
        }
        finally { Directory.Delete(copy, true); }
    }

    [Fact]
    public async Task Compress_leaves_Compressed_Size_out_of_a_spec_that_does_not_declare_it()
    {
        // A demo workspace generated before Compressed Size existed: compressing in it must not add a warning.
        var (copy, spec) = CopyDemo("cc-compress-old-");
        try
        {
            var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(spec))!.AsObject();
            var declared = document["metrics"]!.AsArray();
            declared.Remove(declared.Single(m => m!["name"]!.GetValue<string>() == ExperimentMetrics.CompressedSize));
            foreach (var model in document["models"]!.AsArray()) model!["metrics"]!.AsObject().Remove(ExperimentMetrics.CompressedSize);
            File.WriteAllText(spec, document.ToJsonString());
            Assert.Empty(SpecParser.Parse(spec, File.ReadAllText(spec), default).Diagnostics);

            await Prune60(spec, "cnn");
            var summary = SpecParser.Parse(spec, File.ReadAllText(spec), default);
            Assert.Empty(summary.Diagnostics);
            Assert.False(summary.Models[^1].Metrics.ContainsKey(ExperimentMetrics.CompressedSize));
            Assert.True(summary.Models[^1].Metrics.ContainsKey(ExperimentMetrics.ModelSize));
        }
        finally { Directory.Delete(copy, true); }
    }

    /// <summary>A copy of the demo folder to compress in (the fixture's folder is shared by every test).</summary>
    (string Folder, string Spec) CopyDemo(string prefix)
    {
        var copy = Directory.CreateTempSubdirectory(prefix).FullName;
        CopyFolder(demo.Folder, copy);
        return (copy, Path.Combine(copy, DemoBuilder.SpecFileName));
    }

    static Task<System.Text.Json.Nodes.JsonObject> Prune60(string spec, string model) =>
        new CompressService().CompressAsync(new CompressRequest(spec, model, "Magnitude Prune",
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"amount": 0.6, "scope": "global"}""")!), default);

    static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[Collection(TorchSharpTests.Name)]
public sealed class OperationCatalogTests
{
    [Fact]
    public void Every_operation_is_declared_with_every_parameter_it_records()
    {
        // The demo uses every operation; what ToApplication records must be declared, or the spec would warn.
        foreach (var planned in DemoPlan.Models(seed: 3))
        {
            var recorded = CompressCompare.Backend.Compression.CompressionOperationFactory.Create(planned.Operation).ToApplication();
            var declared = OperationCatalog.All.Single(o => o.Name == recorded.Name).Parameters.Select(p => p.Name).ToHashSet();
            Assert.Subset(declared, recorded.Parameters.Keys.ToHashSet());
        }
        Assert.Equal(CompressCompare.Backend.Compression.CompressionOperationNames.All.Order(), OperationCatalog.All.Select(o => o.Name).Order());
    }
}
