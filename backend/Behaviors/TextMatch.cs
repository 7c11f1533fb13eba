// How generated text is compared, as SQuAD's evaluation script compares answers: both strings are normalised
// (lower case, punctuation removed, the articles a/an/the removed, whitespace collapsed), then compared by exact
// match and by token F1 (the harmonic mean of token precision and recall over the multiset of shared tokens).
using System.Text;

namespace CompressCompare.Backend.Behaviors;

public static class TextMatch
{
    static readonly HashSet<string> Articles = new(["a", "an", "the"], StringComparer.Ordinal);

    /// <summary>The normalised tokens of <paramref name="text"/>.</summary>
    public static string[] Tokens(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
            if (!char.IsPunctuation(ch) && !char.IsSymbol(ch)) kept.Append(ch);
        return [.. kept.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(t => !Articles.Contains(t))];
    }

    public static bool ExactMatch(string[] prediction, string[] reference) => prediction.AsSpan().SequenceEqual(reference);

    /// <summary>Token F1; two empty answers match fully (1), an empty one against a non-empty one not at all (0).</summary>
    public static double TokenF1(string[] prediction, string[] reference)
    {
        if (prediction.Length == 0 || reference.Length == 0) return prediction.Length == reference.Length ? 1 : 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in reference) counts[t] = counts.GetValueOrDefault(t) + 1;
        var common = 0;
        foreach (var t in prediction)
            if (counts.GetValueOrDefault(t) is > 0 and var left)
            {
                counts[t] = left - 1;
                common++;
            }
        if (common == 0) return 0;
        double precision = (double)common / prediction.Length, recall = (double)common / reference.Length;
        return 2 * precision * recall / (precision + recall);
    }
}
