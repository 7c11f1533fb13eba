// The real dataset feed over a spec written for the test: one model and an .npy dataset of the given instances (labels
// alternate between two classes), as the compression service builds it for a spec's dataset.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Compression.Onnx;

internal static class NpyDatasetFeed
{
    /// <summary>Writes x.npy ([instances, ..instanceShape]), y.npy and models.json into <paramref name="folder"/>; returns the spec's path and the feed.</summary>
    public static (string SpecPath, IOnnxFeed Feed) Create(OnnxTestFolder folder, string modelFile, float[] inputs, params int[] shape)
    {
        NpyArray.OfFloats(inputs, shape).Write(folder.File("x.npy"));
        NpyArray.OfInt64([.. Enumerable.Range(0, shape[0]).Select(i => (long)(i % 2))], shape[0]).Write(folder.File("y.npy"));
        var specPath = folder.File("models.json");
        File.WriteAllText(specPath, $$$"""{"models": [{"id": "m", "path": "{{{modelFile}}}"}], "dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["a", "b"]}}""");
        var spec = SpecParser.Parse(specPath, File.ReadAllText(specPath), CancellationToken.None, File.Exists);
        return (specPath, new DatasetFeed(EvaluationDataset.Load(spec), specPath, "m"));
    }
}
