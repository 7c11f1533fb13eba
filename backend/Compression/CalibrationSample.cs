// The instances an operation calibrates on: the first n of a seeded permutation of the training data.
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Compression;

internal static class CalibrationSample
{
    public static ClassificationDataset Draw(ClassificationDataset data, int samples, int seed) =>
        data.Subset(DatasetSplitter.Permutation(data.Count, seed).Take(Math.Min(samples, data.Count)).ToArray(), $"{data.Name} (calibration sample)");
}
