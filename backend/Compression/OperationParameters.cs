// Typed reading and writing of an operation's parameters as they appear in a spec (JSON values by key), with
// errors that say which operation and key are wrong and what would be accepted.
using System.Globalization;
using System.Text.Json;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

internal sealed class OperationParameters
{
    readonly string operation;
    readonly IReadOnlyDictionary<string, JsonElement> values;

    OperationParameters(string operation, IReadOnlyDictionary<string, JsonElement> values)
    {
        this.operation = operation;
        this.values = values;
    }

    /// <summary>Reads <paramref name="values"/>, refusing keys other than <paramref name="known"/> (a misspelt key would otherwise be ignored).</summary>
    public static OperationParameters Of(string operation, IReadOnlyDictionary<string, JsonElement> values, params string[] known)
    {
        foreach (var key in values.Keys)
            if (!known.Contains(key, StringComparer.Ordinal))
                throw new CompressionParameterException(operation, key, $"unknown parameter; \"{operation}\" takes {string.Join(", ", known.Select(k => $"\"{k}\""))}.");
        return new OperationParameters(operation, values);
    }

    public double Double(string key, double? fallback, double min, double max)
    {
        if (!values.TryGetValue(key, out var value))
            return fallback ?? throw Error(key, $"required; give a number from {min} to {max}.");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < min || number > max)
            throw Error(key, $"{value.GetRawText()} is not a number from {min} to {max}.");
        return number;
    }

    public int Int(string key, int? fallback, int min, int max, IReadOnlyList<int>? allowed = null)
    {
        if (!values.TryGetValue(key, out var value))
            return fallback ?? throw Error(key, $"required; give an integer from {min} to {max}.");
        var what = allowed is null ? $"an integer from {min} to {max}" : $"one of {string.Join(", ", allowed)}";
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max
            || (allowed is not null && !allowed.Contains(number)))
            throw Error(key, $"{value.GetRawText()} is not {what}.");
        return number;
    }

    public string Choice(string key, string fallback, params string[] allowed)
    {
        if (!values.TryGetValue(key, out var value)) return fallback;
        if (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString(), StringComparer.Ordinal))
            throw Error(key, $"{value.GetRawText()} is not one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}.");
        return value.GetString()!;
    }

    /// <summary>A required non-empty string (a module name, a model id).</summary>
    public string Text(string key, string what)
    {
        if (!values.TryGetValue(key, out var value)) throw Error(key, $"required; give {what}.");
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text) throw Error(key, $"{value.GetRawText()} is not {what}.");
        return text;
    }

    /// <summary>Glob patterns: a string (comma-separated) or an array of strings; null when absent.</summary>
    public string? Patterns(string key)
    {
        if (!values.TryGetValue(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        var patterns = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                value.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(p => p.Length > 0).ToArray(),
            _ => throw Error(key, $"{value.GetRawText()} is neither a pattern string like \"features.0.*\" nor an array of them."),
        };
        return patterns.Length == 0 ? null : string.Join(",", patterns);
    }

    CompressionParameterException Error(string key, string message) => new(operation, key, message);

    /// <summary>Builds the parameter dictionary of <see cref="OperationApplication"/>; null values are left out.</summary>
    public static OperationApplication Application(string name, params (string Key, object? Value)[] parameters) => new()
    {
        Name = name,
        Parameters = parameters
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value switch
            {
                double d => JsonSerializer.SerializeToElement(d),
                int i => JsonSerializer.SerializeToElement(i),
                string s => JsonSerializer.SerializeToElement(s),
                var other => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Parameter \"{p.Key}\": {other!.GetType().Name} values are not written to specs.")),
            }),
    };
}
