// `bench diagnose`: times a diagnosis against the goal, total ≤ 1.2 × (modules × one evaluation of the sample).
// It writes a spec into an empty folder: the given ONNX model as the base, a copy pruned by magnitude as the compressed
// model, and a dataset of seeded uniform noise shaped like the model's input with labels of 10 classes (so the metric is
// agreement with the base, as for any model whose output is not one score per class). One evaluation is the compressed
// model's own evaluation within the run: the same sample, feed and session setup every variant pays.
using System.Diagnostics;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Diagnose.Bench;

public static class DiagnoseBenchmark
{
    const int Classes = 10;

    public static async Task<JsonObject> RunAsync(DiagnoseService diagnose, string folder, string model, double amount, int instances, int? depth, bool sensitivity, int seed,
        IWorkProgress progress, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"{folder} is not empty; the benchmark writes its spec, models and dataset there.",
                new RpcErrorData { File = folder, Hint = "Give a new or empty folder, e.g. bench diagnose /tmp/bench-diagnose --model resnet18.onnx" });
        Directory.CreateDirectory(folder);
        var spec = Path.Combine(folder, "models.json");
        File.Copy(model, Path.Combine(folder, "base.onnx"));
        var shape = InstanceShape(Path.Combine(folder, "base.onnx"));
        var random = new Random(seed);
        var features = shape.Aggregate(1, (a, b) => a * b);
        NpyArray.OfFloats([.. Enumerable.Range(0, checked(instances * features)).Select(_ => random.NextSingle() * 2 - 1)], [instances, .. shape])
            .Write(Path.Combine(folder, "inputs.npy"));
        NpyArray.OfInt64([.. Enumerable.Range(0, instances).Select(_ => (long)random.Next(Classes))], instances).Write(Path.Combine(folder, "labels.npy"));
        File.WriteAllText(spec, new JsonObject
        {
            ["models"] = new JsonArray(new JsonObject { ["id"] = "base", ["artifact"] = "base.onnx" }, new JsonObject { ["id"] = "pruned", ["artifact"] = "pruned.onnx" }),
            ["dataset"] = new JsonObject
            {
                ["inputs"] = "inputs.npy",
                ["labels"] = "labels.npy",
                ["classes"] = new JsonArray([.. Enumerable.Range(0, Classes).Select(c => JsonValue.Create($"class {c}"))]),
            },
        }.ToJsonString());
        OnnxMagnitudePruning.Prune(Path.Combine(folder, "base.onnx"), Path.Combine(folder, "pruned.onnx"), spec, new MagnitudePruning(amount), cancellationToken);

        var clock = Stopwatch.StartNew();
        var (result, runner) = await diagnose.RunAsync(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned", Instances = instances, Depth = depth, Sensitivity = sensitivity },
            progress, cancellationToken);
        var total = clock.Elapsed.TotalSeconds;
        var times = runner.EvaluationSeconds;
        // The compressed model's own evaluation: the second, once the first has warmed ONNX Runtime up.
        var one = times[1];
        var modules = result.Modules.Count;
        return new JsonObject
        {
            ["model"] = Path.GetFileName(model),
            ["instances"] = result.Instances,
            ["metric"] = result.Metric,
            ["modules"] = modules,
            ["evaluations"] = times.Count,
            ["oneEvaluationSeconds"] = Math.Round(one, 3),
            ["medianVariantSeconds"] = Math.Round(times.Skip(2).Order().ElementAt((times.Count - 2) / 2), 3),
            ["totalSeconds"] = Math.Round(total, 3),
            // The ratio counts one evaluation per module; with sensitivity each module costs two (restored, and compressed alone).
            ["sensitivity"] = sensitivity,
            ["ratio"] = Math.Round(total / (modules * one), 3),
            ["ratioPerEvaluation"] = Math.Round(total / (times.Count * one), 3),
            ["goal"] = 1.2,
            ["top"] = new JsonArray([.. result.Modules.Take(5).Select(m => (JsonNode)new JsonObject { ["module"] = m.Module, ["recovery"] = m.Recovery, ["sensitivity"] = m.Sensitivity })]),
        };
    }

    /// <summary>One instance's shape: the model's first graph input (not an initializer) without its batch dimension.</summary>
    static int[] InstanceShape(string model)
    {
        var graph = OnnxModelReader.OpenIndexed(model).Model.Graph;
        var initializers = graph.Initializer.Select(i => i.Name).ToHashSet();
        var input = graph.Input.First(i => !initializers.Contains(i.Name));
        var dims = input.Type.TensorType.Shape.Dim.Skip(1).Select(d => (int)d.DimValue).ToArray();
        if (dims.Any(d => d <= 0))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Input '{input.Name}' of {model} has a dimension without a fixed size, so noise cannot be shaped for it.",
                new RpcErrorData { File = model, Hint = "Benchmark a model whose input has fixed sizes after the batch, such as an image model's [N, 3, 224, 224]." });
        return dims;
    }
}
