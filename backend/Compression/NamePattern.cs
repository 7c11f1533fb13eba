// The include/exclude glob patterns operations take ("features.*, *.bias"): `*` matches any run of characters (dots
// included), `?` one character. Shared by the TorchSharp selection (ParameterSelection) and the ONNX one
// (Onnx/OnnxWeightSelection), so a pattern selects the same way whichever path compresses the model.
using System.Text.RegularExpressions;

namespace CompressCompare.Backend.Compression;

/// <param name="IsExplicit">Its last dotted segment has no wildcard ("*.bias", "fc.weight"): it may select a tensor that is not a layer weight.</param>
internal sealed record NamePattern(string Text, Regex Regex, bool IsExplicit)
{
    public bool Matches(string name) => Regex.IsMatch(name);

    /// <summary>The comma-separated patterns of <paramref name="patterns"/>; none for null.</summary>
    public static NamePattern[] Compile(string? patterns) =>
        patterns is null
            ? []
            : patterns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => new NamePattern(p,
                    new Regex("^" + Regex.Escape(p).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.CultureInvariant),
                    !p[(p.LastIndexOf('.') + 1)..].Contains('*') && !p[(p.LastIndexOf('.') + 1)..].Contains('?') && p.Contains('.')))
                .ToArray();
}
