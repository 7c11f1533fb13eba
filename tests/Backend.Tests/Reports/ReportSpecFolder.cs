// A temporary workspace for report tests: a spec with two primary metrics, an operation, a six-instance image
// dataset and each model's precomputed outputs (so Behaviors can be compared without running anything), plus a
// model whose id, tag and class name try to inject markup.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Backend.Tests.Reports;

public sealed class ReportSpecFolder : IDisposable
{
    public const string HostileId = "<script>alert('id')</script>";
    public const string HostileTag = "<img src=x onerror=alert(1)>";
    public const string HostileClass = "</td><b>dog</b>";

    public string Root { get; } = Directory.CreateTempSubdirectory("cc-report-").FullName;
    public string Spec => Path.Combine(Root, "models.json");
    public string Out(string name) => Path.Combine(Root, name);

    public ReportSpecFolder()
    {
        NpyArray.OfInt64([0, 0, 0, 1, 1, 1], 6).Write(Path.Combine(Root, "y.npy"));
        NpyArray.OfFloats([0f, 1f, 0.5f, 0.2f, 0.1f, 0.9f, 0.3f, 0.3f, 0.7f, 0.6f, 0.4f, 0.8f], 6, 1, 2).Write(Path.Combine(Root, "x.npy"));
        // Predictions per instance (labels 0 0 0 1 1 1): A right on all but one, B and C each flip some.
        Outputs("a.csv", 0, 0, 1, 1, 1, 1);
        Outputs("b.csv", 0, 1, 1, 1, 0, 0);
        Outputs("c.csv", 0, 0, 0, 1, 1, 0);
        Outputs("h.csv", 0, 0, 1, 1, 1, 1);
        File.WriteAllText(Spec, """
            {
              "metrics": [
                {"name": "Accuracy", "min": 0, "max": 1, "primary": true, "format": ".2~%"},
                {"name": "Model Size", "min": 0, "primary": true, "unit": "B"},
                {"name": "Latency", "unit": "ms"}
              ],
              "operations": [{"name": "Prune", "parameters": {"amount": {"type": "continuous", "min": 0, "max": 1}}}],
              "dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["cat", "@class"],
                          "instance": {"type": "image", "shape": [1, 2]}},
              "models": [
                {"id": "A", "outputs": "a.csv", "metrics": {"Accuracy": 0.83, "Model Size": 4000000, "Latency": 2.0}},
                {"id": "B", "base": "A", "operation": {"name": "Prune", "parameters": {"amount": 0.5}}, "outputs": "b.csv",
                 "metrics": {"Accuracy": 0.5, "Model Size": 2000000, "Latency": 1.5}},
                {"id": "C", "base": "A", "operation": {"name": "Prune", "parameters": {"amount": 0.7}}, "outputs": "c.csv",
                 "metrics": {"Accuracy": 0.67, "Model Size": 1200000, "Latency": 1.2}},
                {"id": "D", "base": "A", "operation": {"name": "Prune", "parameters": {"amount": 0.9}},
                 "metrics": {"Accuracy": 0.3, "Model Size": 400000, "Latency": 1.0}},
                {"id": "@id", "base": "A", "tag": "@tag",
                 "operation": {"name": "Prune", "parameters": {"amount": 0.2}}, "outputs": "h.csv",
                 "metrics": {"Accuracy": 0.83, "Model Size": 3500000, "Latency": 1.9}}
              ]
            }
            """.Replace("\"@class\"", Json(HostileClass)).Replace("\"@id\"", Json(HostileId)).Replace("\"@tag\"", Json(HostileTag)));
    }

    static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    void Outputs(string name, params int[] predicted) =>
        File.WriteAllText(Path.Combine(Root, name), "cat,dog\n" + string.Concat(predicted.Select(p => p == 0 ? "2.0,-1.0\n" : "-1.0,2.0\n")));

    public WriteReportParams Request(string outName, params string[] modelIds) => new()
    {
        Path = Spec,
        ModelIds = modelIds,
        Out = Out(outName),
    };

    public static ReportService Service() => TestBackend.Services().GetRequiredService<ReportService>();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
