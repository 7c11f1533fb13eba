// `compress <spec> --model ID --operation NAME [--parameters JSON]... [--id NEW] [--tag TAG]`: adds measured child models
// to the spec and prints what it appended: the entry itself for one parameter set (as it always did), {"models": [...]}
// for a sweep (--parameters repeated, or a JSON array of objects).
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompressCommand(CompressService compress, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    const string ParametersFlag = "--parameters";

    public string Name => "compress";
    public string Usage => "compress <spec> --model ID --operation NAME [--parameters JSON]... [--id NEW] [--tag TAG]   add measured child models;"
        + " a sweep: repeat --parameters, or give a JSON array ('[{\"amount\": 0.5}, {\"amount\": 0.8}]'), one child each, printed as {\"models\": [...]}";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1) return null;
        // --parameters may repeat (one child each); the other options may not.
        var sets = new List<string>();
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == ParametersFlag && i + 1 < args.Length) sets.Add(args[++i]);
            else rest.Add(args[i]);
        }
        return CliOptions.TryParse([.. rest], ["--model", "--operation", "--id", "--tag"], out var options)
            && options.ContainsKey("--model") && options.ContainsKey("--operation")
            ? RunAsync(args[0], options, sets, cancellationToken) : null;
    }

    async Task<int> RunAsync(string spec, IReadOnlyDictionary<string, string> options, IReadOnlyList<string> sets, CancellationToken cancellationToken)
    {
        var parameters = sets.Count == 0 ? [new Dictionary<string, JsonElement>()] : sets.SelectMany(ParseParameters).ToList();
        var entries = await compress.CompressManyAsync(new CompressRequest(Path.GetFullPath(spec), options["--model"], options["--operation"],
            parameters[0], options.GetValueOrDefault("--id"), options.GetValueOrDefault("--tag"))
        { Sweep = parameters, Progress = new LogProgress(logger) }, cancellationToken);
        output.WriteNode(entries.Count == 1 ? entries[0] : new JsonObject { ["models"] = new JsonArray([.. entries]) });
        return CliRunner.ExitOk;
    }

    /// <summary>One JSON object, or an array of them (a sweep).</summary>
    static IEnumerable<IReadOnlyDictionary<string, JsonElement>> ParseParameters(string json)
    {
        try
        {
            var value = JsonSerializer.Deserialize<JsonElement>(json);
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object))
                return [.. value.EnumerateArray().Select(e => (IReadOnlyDictionary<string, JsonElement>)e.Deserialize<Dictionary<string, JsonElement>>()!)];
            return [value.Deserialize<Dictionary<string, JsonElement>>() ?? []];
        }
        catch (JsonException e)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"{ParametersFlag} is neither a JSON object nor an array of them: {e.Message}",
                new RpcErrorData { Hint = "For example: --parameters '{\"amount\": 0.5, \"scope\": \"global\"}', or '[{\"amount\": 0.5}, {\"amount\": 0.8}]' for a sweep." });
        }
    }
}
