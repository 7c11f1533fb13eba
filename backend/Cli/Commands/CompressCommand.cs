// `compress <spec> --model ID --operation NAME [--parameters JSON]... [--id NEW] [--tag TAG]`: adds measured child models
// to the spec and prints what it appended: the entry itself for one parameter set (as it always did), {"models": [...]}
// for a sweep (--parameters repeated, or a JSON array of objects).
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompressCommand(CompressService compress, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _model = CliSymbols.Text("--model", "ID", "the model to compress", required: true);
    readonly Option<string> _operation = CliSymbols.Text("--operation", "NAME", "the operation, e.g. \"Magnitude Prune\" or \"Int8 Quantize\"", required: true);
    readonly Option<string[]> _parameters = CliSymbols.Repeated("--parameters", "JSON",
        "the operation's parameters as a JSON object; repeat it, or give a JSON array ('[{\"amount\": 0.5}, {\"amount\": 0.8}]'), for a sweep: one child each");
    readonly Option<string> _id = CliSymbols.Text("--id", "NEW", "the new model's id (default: made from the parent's and the operation's)");
    readonly Option<string> _tag = CliSymbols.Text("--tag", "TAG", "the new model's label (default: the operation's name)");

    public override string Name => "compress";
    public override string Description => "add measured child models; a sweep: repeat --parameters, or give a JSON array, one child each, printed as {\"models\": [...]}";
    public override string Prints => "the spec entry appended: {id, base, tag, operation, artifact, metrics}; for a sweep {models: [entry, …]}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _model, _operation, _parameters, _id, _tag];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var sets = parse.GetValue(_parameters) ?? [];
        var parameters = sets.Length == 0 ? [new Dictionary<string, JsonElement>()] : sets.SelectMany(ParseParameters).ToList();
        var entries = await compress.CompressManyAsync(new CompressRequest(Path.GetFullPath(parse.GetValue(_spec)!), parse.GetValue(_model)!, parse.GetValue(_operation)!,
            parameters[0], parse.GetValue(_id), parse.GetValue(_tag))
        { Sweep = parameters, Progress = new LogProgress(logger) }, cancellationToken);
        output.WriteNode(entries.Count == 1 ? entries[0] : new JsonObject { ["models"] = new JsonArray([.. entries]) });
        return CliRunner.ExitOk;
    }

    /// <summary>One JSON object, or an array of them (a sweep).</summary>
    IEnumerable<IReadOnlyDictionary<string, JsonElement>> ParseParameters(string json)
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
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"{_parameters.Name} is neither a JSON object nor an array of them: {e.Message}",
                new RpcErrorData { Hint = "For example: --parameters '{\"amount\": 0.5, \"scope\": \"global\"}', or '[{\"amount\": 0.5}, {\"amount\": 0.8}]' for a sweep." });
        }
    }
}
