// A temporary spec folder with the six-instance example as files: labels .npy, attributes CSV, inputs or texts.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Behaviors;

public sealed class BehaviorSpecFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cc-behaviors-").FullName;
    public string Spec => Path.Combine(Root, "models.json");

    public static readonly long[] Labels = [0, 0, 0, 1, 1, 1];

    /// <summary>The hand example of BehaviorAggregationTests as outputs of models A (base), B and C.</summary>
    public static FixedOutputSource Outputs() => new(
        HandOutputs.Predicting("A", 2, 0, 0, 1, 1, 1, 0), HandOutputs.Predicting("B", 2, 0, 1, 1, 1, 0, 0), HandOutputs.Predicting("C", 2, 0, 0, 0, 1, 1, 1));

    public BehaviorSpecFolder(string dataset = """
        {"inputs": "x.npy", "labels": "y.npy", "classes": ["cat", "dog"], "attributes": "a.csv", "instance": {"type": "image", "shape": [1, 2]}}
        """)
    {
        NpyArray.OfInt64(Labels, Labels.Length).Write(Path.Combine(Root, "y.npy"));
        File.WriteAllText(Path.Combine(Root, "a.csv"), "g,note\nx,plain\nx,plain\ny,\"with, comma\"\ny,plain\nx,plain\ny,plain\n");
        File.WriteAllText(Spec, $$"""
            {"dataset": {{dataset}},
             "models": [{"id": "A"}, {"id": "B", "base": "A"}, {"id": "C", "base": "A"}]}
            """);
    }

    public BehaviorService Service(FixedOutputSource? outputs = null) =>
        new(new SpecService(NullLogger<SpecService>.Instance), outputs ?? Outputs());

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
