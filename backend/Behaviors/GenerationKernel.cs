// The per-instance comparison of one model's generated strings with the base's and with the reference strings:
// exact match and token F1 (TextMatch). Agreement is an exact match with the base's text; correctness an exact
// match with the reference, so the class-keyed readers (fixed, broken, flips) work unchanged.
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class GenerationKernel
{
    /// <param name="references">The reference strings, one per instance, or null when the dataset has none.</param>
    public static ModelBehavior Compare(string modelId, string[] baseTexts, string[] texts, string[]? references)
    {
        var n = texts.Length;
        var baseTokens = baseTexts.Select(TextMatch.Tokens).ToArray();
        var referenceTokens = references?.Select(TextMatch.Tokens).ToArray();
        var f1ToBase = new float[n];
        float[]? f1 = referenceTokens is null ? null : new float[n];
        var agrees = new bool[n];
        var change = new CorrectnessChange[n];
        for (var i = 0; i < n; i++)
        {
            var tokens = TextMatch.Tokens(texts[i]);
            agrees[i] = TextMatch.ExactMatch(tokens, baseTokens[i]);
            f1ToBase[i] = (float)TextMatch.TokenF1(tokens, baseTokens[i]);
            if (referenceTokens is null) continue;
            f1![i] = (float)TextMatch.TokenF1(tokens, referenceTokens[i]);
            var right = TextMatch.ExactMatch(tokens, referenceTokens[i]);
            var baseRight = TextMatch.ExactMatch(baseTokens[i], referenceTokens[i]);
            change[i] = baseRight ? (right ? CorrectnessChange.BothRight : CorrectnessChange.Broken)
                : (right ? CorrectnessChange.Fixed : CorrectnessChange.BothWrong);
        }
        return new ModelBehavior(modelId, new int[n], new float[n], new float[n], new float[n], change, agrees)
        {
            Text = new TextChange(texts, f1, f1ToBase),
        };
    }
}
