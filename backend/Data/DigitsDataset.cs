// The UCI 8×8 handwritten digits shipped with the repository (data/digits, see its README for attribution):
// 1797 rows of 64 grey levels 0–16 and the label, no header. Small enough to train on in well under a second.
using System.Globalization;
using System.IO.Compression;

namespace CompressCompare.Backend.Data;

public static class DigitsDataset
{
    /// <summary>Where the file lives, relative to the repository root.</summary>
    public const string RelativePath = "data/digits/digits.csv.gz";
    public const int Rows = 1797;
    public const int Side = 8;
    public const int Features = Side * Side;
    /// <summary>The largest grey level: a 4×4 block of a 32×32 bitmap has 16 pixels.</summary>
    public const float MaxGreyLevel = 16f;
    /// <summary>scikit-learn's customary 25 % test share: 1347 train and 450 test instances.</summary>
    public const double DefaultTestFraction = 0.25;

    public static IReadOnlyList<string> ClassNames { get; } = Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Reads all rows, grey levels scaled to [0, 1], instances shaped [64].</summary>
    public static ClassificationDataset Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The digits data set is missing at {path}. It ships with the repository as {RelativePath}.", path);
        var inputs = new List<float>(Rows * Features);
        var labels = new List<int>(Rows);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split(',');
            if (fields.Length != Features + 1)
                throw new InvalidDataException($"{path}, line {lineNumber}: expected {Features + 1} comma-separated values (64 grey levels and the label), found {fields.Length}.");
            for (var i = 0; i < Features; i++)
                inputs.Add((float)(Parse(fields[i], path, lineNumber) / MaxGreyLevel));
            labels.Add((int)Parse(fields[Features], path, lineNumber));
        }
        return new ClassificationDataset("digits", inputs.ToArray(), labels.ToArray(), [Features], ClassNames);
    }

    /// <summary>Reads and splits (stratified, shuffled with <paramref name="seed"/>): 1347 train / 450 test by default.</summary>
    public static DatasetSplit LoadSplit(string path, int seed, double testFraction = DefaultTestFraction) =>
        DatasetSplitter.Stratified(Load(path), testFraction, seed);

    static double Parse(string field, string path, int line) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}, line {line}: \"{field}\" is not a number.");
}
