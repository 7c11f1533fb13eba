// "--name value" options after a command's positional arguments.
using System.Globalization;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli;

public static class CliOptions
{
    /// <summary>False when an option is unknown or lacks its value (the runner then prints the usage).</summary>
    public static bool TryParse(string[] args, string[] known, out Dictionary<string, string> options)
    {
        options = [];
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Length) return false;
            options[args[i]] = args[i + 1];
        }
        return true;
    }

    /// <summary>A comma-separated list of model ids: "a, b,c" is a, b and c.</summary>
    public static string[] Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Makes the provider of --execution-provider (cpu, cuda, cuda:N; the CPU when absent) current for the rest of the command's
    /// async flow, so every session it creates runs there; an unknown value is a usage error, never a quiet CPU run.
    /// </summary>
    public static ExecutionProvider UseExecutionProvider(IReadOnlyDictionary<string, string> options)
    {
        var provider = ExecutionProvider.Parse(options.GetValueOrDefault(ExecutionProvider.CliFlag), ExecutionProvider.CliFlag);
        ExecutionProvider.Use(provider);
        return provider;
    }

    public static int Int(IReadOnlyDictionary<string, string> options, string name, int fallback) =>
        !options.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new BackendException(RpcErrorCodes.InvalidRequest, $"{name} must be a whole number, not \"{text}\".",
            new RpcErrorData { Hint = $"For example: {name} 1" });
}
