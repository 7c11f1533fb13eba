// MagnitudeBracket, global pruning's one counting pass: with a bracket around the cut, the cut it settles zeros exactly the
// values a full sort by (|w|, position) picks, over several tensors; a bracket that misses the cut says so
// (so pruning falls back to the exact histogram passes); a non-finite weight is refused with what to check.
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;

namespace Backend.Tests.Compression.Onnx;

public sealed class MagnitudeBracketTests
{
    const double Amount = 0.613;

    /// <summary>Three tensors of 300,000 values with few distinct magnitudes, so many values tie with the cut.</summary>
    static float[][] Tensors()
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 300_000).Select(_ => random.Next(-50, 51) * 0.01f).ToArray())];
    }

    static uint Key(float v) => BitConverter.SingleToUInt32Bits(v) & 0x7FFF_FFFF;

    static MagnitudeBracket Counted(float[][] tensors, uint low, uint high)
    {
        var bracket = new MagnitudeBracket(low, high);
        foreach (var tensor in tensors) bracket.Count(tensor);
        return bracket;
    }

    [Fact]
    public void A_bracket_around_the_cut_settles_the_zeros_a_full_sort_picks()
    {
        var tensors = Tensors();
        var total = tensors.Sum(t => t.Length);
        var zeros = ExactPruner.TargetZeros(Amount, total);
        var keys = tensors.SelectMany(t => t).Select(Key).Order().ToArray();

        var cut = Counted(tensors, keys[zeros - 20_000], keys[zeros + 20_000] + 1).Cut(zeros);

        Assert.NotNull(cut);
        float[][] pruned = [.. tensors.Select(t => t.ToArray())];
        Assert.Equal(zeros, pruned.Sum(t => cut.Apply(t)));
        Assert.Equal(OnnxMagnitudePruningTests.Reference(tensors, Amount), pruned.SelectMany(t => t));
    }

    [Fact]
    public void A_bracket_that_misses_the_cut_gives_no_cut()
    {
        var tensors = Tensors();
        var zeros = ExactPruner.TargetZeros(Amount, tensors.Sum(t => t.Length));

        Assert.Null(Counted(tensors, Key(0.01f), Key(0.05f)).Cut(zeros));   // all of it below the cut
        Assert.Null(Counted(tensors, Key(0.45f), Key(0.5f) + 1).Cut(zeros)); // all of it above
    }

    [Fact]
    public void A_non_finite_weight_is_refused_with_what_to_check()
    {
        var values = new float[1000];
        values[517] = float.NaN;

        var error = Assert.Throws<InvalidDataException>(() => new MagnitudeBracket(0, Key(1f)).Count(values));

        Assert.Contains("magnitude pruning needs finite weights", error.Message);
    }
}
