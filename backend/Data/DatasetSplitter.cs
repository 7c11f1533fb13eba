// Deterministic train/test splits: the same seed gives the same split on every machine (System.Random with a
// seed is a fixed, documented-stable algorithm), and stratification keeps every class's share in both parts.
namespace CompressCompare.Backend.Data;

public static class DatasetSplitter
{
    /// <summary>
    /// Splits by class: each class contributes its share of the test part (largest remainders decide the
    /// rounding so the test part has exactly ceil(N · testFraction) instances), the rest train. Both parts are
    /// shuffled with <paramref name="seed"/>.
    /// </summary>
    public static DatasetSplit Stratified(ClassificationDataset data, double testFraction, int seed)
    {
        if (testFraction <= 0 || testFraction >= 1)
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must lie strictly between 0 and 1.");
        var random = new Random(seed);
        var byClass = Enumerable.Range(0, data.Classes)
            .Select(c => Shuffle(Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == c).ToArray(), random))
            .ToArray();

        var testTotal = (int)Math.Ceiling(data.Count * testFraction);
        var exact = byClass.Select(members => members.Length * testFraction).ToArray();
        var quota = exact.Select(x => (int)Math.Floor(x)).ToArray();
        // Largest remainder first; ties go to the lower class so the split does not depend on sort stability.
        foreach (var c in Enumerable.Range(0, data.Classes).OrderByDescending(c => exact[c] - quota[c]).ThenBy(c => c)
                     .Take(testTotal - quota.Sum()))
            quota[c]++;

        var test = byClass.SelectMany((members, c) => members.Take(quota[c])).ToArray();
        var train = byClass.SelectMany((members, c) => members.Skip(quota[c])).ToArray();
        return new DatasetSplit(
            data.Subset(Shuffle(train, random), $"{data.Name} (train)"),
            data.Subset(Shuffle(test, random), $"{data.Name} (test)"));
    }

    /// <summary>A seeded Fisher–Yates shuffle of 0..count-1.</summary>
    public static int[] Permutation(int count, int seed) => Shuffle(Enumerable.Range(0, count).ToArray(), new Random(seed));

    /// <summary>Fisher–Yates in place, drawing from <paramref name="random"/>: our own so the order never depends on a library's choice.</summary>
    public static int[] Shuffle(int[] items, Random random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}
