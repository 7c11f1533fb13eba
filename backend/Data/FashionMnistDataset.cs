// Fashion-MNIST (Zalando, MIT): 60k + 10k greyscale 28×28 images of 10 clothing classes, installed by the
// Debian package dataset-fashion-mnist. Not shipped with the repository (30 MB): read from where Debian puts it.
namespace CompressCompare.Backend.Data;

public static class FashionMnistDataset
{
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";
    public const string DebianPackage = "dataset-fashion-mnist";
    public const int Side = 28;

    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The four files the package installs; "train" or "t10k" for <paramref name="part"/>.</summary>
    public static (string Images, string Labels) Files(string directory, string part) =>
        (Path.Combine(directory, $"{part}-images-idx3-ubyte.gz"), Path.Combine(directory, $"{part}-labels-idx1-ubyte.gz"));

    public static bool IsAvailable(string directory = DefaultDirectory) =>
        new[] { "train", "t10k" }.Select(part => Files(directory, part)).All(f => File.Exists(f.Images) && File.Exists(f.Labels));

    /// <summary>Both parts, pixels scaled to [0, 1], instances shaped [1, 28, 28]; <paramref name="limit"/> keeps the first rows of each.</summary>
    public static DatasetSplit Load(string directory = DefaultDirectory, int? limit = null) =>
        new(LoadPart(directory, "train", limit), LoadPart(directory, "t10k", limit));

    /// <summary>One part: "train" (60 000 images) or "t10k" (10 000 images).</summary>
    public static ClassificationDataset LoadPart(string directory, string part, int? limit = null)
    {
        var (imagesPath, labelsPath) = Files(directory, part);
        foreach (var path in new[] { imagesPath, labelsPath })
            if (!File.Exists(path))
                throw new FileNotFoundException(
                    $"Fashion-MNIST is not installed: {path} is missing. Install the Debian package with " +
                    $"`sudo apt-get install {DebianPackage}` (it puts the data in {DefaultDirectory}), or point to a folder holding " +
                    $"{Path.GetFileName(imagesPath)} and {Path.GetFileName(labelsPath)}.", path);
        var images = IdxReader.ReadBytes(imagesPath);
        var labels = IdxReader.ReadBytes(labelsPath);
        if (images.Shape is not [var count, Side, Side] || labels.Shape is not [var labelCount] || labelCount != count)
            throw new InvalidDataException(
                $"Fashion-MNIST {part}: images shaped [{string.Join(", ", images.Shape)}] and labels shaped [{string.Join(", ", labels.Shape)}] " +
                $"do not make N images of {Side}×{Side} with N labels.");
        var n = limit is { } l ? Math.Min(l, count) : count;
        var inputs = new float[n * Side * Side];
        for (var i = 0; i < inputs.Length; i++)
            inputs[i] = images.Values[i] / 255f;
        var labelValues = labels.Values.AsSpan(0, n).ToArray().Select(b => (int)b).ToArray();
        return new ClassificationDataset($"fashion-mnist ({part})", inputs, labelValues, [1, Side, Side], ClassNames);
    }
}
