// Option values as commands read them: whole numbers, id lists, the execution provider, true/false flags; each error
// names the option and gives an example.
using System.CommandLine;
using System.Globalization;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli;

public static class CliOptions
{
    /// <summary>A comma-separated list of model ids: "a, b,c" is a, b and c.</summary>
    public static string[] Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Makes the provider of --execution-provider (cpu, cuda, cuda:N; the CPU when absent) current for the rest of the command's
    /// async flow, so every session it creates runs there; an unknown value is a usage error, never a quiet CPU run.
    /// </summary>
    public static ExecutionProvider UseExecutionProvider(string? value)
    {
        var provider = ExecutionProvider.Parse(value, ExecutionProvider.CliFlag);
        ExecutionProvider.Use(provider);
        return provider;
    }

    /// <summary>The option's whole number; <paramref name="fallback"/> when it is absent.</summary>
    public static int Int(ParseResult parse, Option<string> option, int fallback) =>
        parse.GetValue(option) is { } text ? Int(option.Name, text) : fallback;

    /// <summary>The option's whole number; null when it is absent.</summary>
    public static int? OptionalInt(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { } text ? Int(option.Name, text) : null;

    static int Int(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new BackendException(RpcErrorCodes.InvalidRequest, $"{name} must be a whole number, not \"{text}\".",
            new RpcErrorData { Hint = $"For example: {name} 1" });

    /// <summary>A CliSymbols.Flag: absent null, alone true, else its true or false; <paramref name="example"/> shows it in use.</summary>
    public static bool? Flag(ParseResult parse, Option<string> option, string example)
    {
        if (parse.GetResult(option) is not { } result) return null;
        var text = parse.GetValue(option);
        if (text is null) return true;
        return bool.TryParse(text, out var value) ? value
            : throw new BackendException(RpcErrorCodes.InvalidRequest, $"{option.Name} takes no value (or true or false), not \"{text}\".",
                new RpcErrorData { Hint = $"For example: {example}" });
    }
}
