// `compress <spec> --model ID --operation NAME [--parameters JSON] [--id NEW] [--tag TAG]`: adds a measured child
// model to the spec and prints the entry it appended.
using System.Text.Json;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompressCommand(CompressService compress, CliOutput output) : ICliCommand
{
    public string Name => "compress";
    public string Usage => "compress <spec> --model ID --operation NAME [--parameters JSON] [--id NEW] [--tag TAG]   add a measured child model";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--model", "--operation", "--parameters", "--id", "--tag"], out var options)
            && options.ContainsKey("--model") && options.ContainsKey("--operation")
            ? RunAsync(args[0], options, cancellationToken) : null;

    async Task<int> RunAsync(string spec, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        var parameters = ParseParameters(options.GetValueOrDefault("--parameters", "{}"));
        var entry = await compress.CompressAsync(new CompressRequest(Path.GetFullPath(spec), options["--model"], options["--operation"],
            parameters, options.GetValueOrDefault("--id"), options.GetValueOrDefault("--tag")), cancellationToken);
        output.WriteNode(entry);
        return CliRunner.ExitOk;
    }

    static IReadOnlyDictionary<string, JsonElement> ParseParameters(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];
        }
        catch (JsonException e)
        {
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--parameters is not a JSON object: {e.Message}",
                new RpcErrorData { Hint = "For example: --parameters '{\"amount\": 0.5, \"scope\": \"global\"}'" });
        }
    }
}
