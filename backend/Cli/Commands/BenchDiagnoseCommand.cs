// `bench diagnose <empty-folder> --model M.onnx [--amount 0.9] [--instances 64] [--depth K] [--seed 1] [--execution-provider cpu|cuda[:N]]`:
// a diagnosis of M against its magnitude-pruned copy on noise, timed against modules × one evaluation, then again with
// sensitivity, timed per evaluation (DiagnoseBenchmark).
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Diagnose.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchDiagnoseCommand(DiagnoseService diagnose, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "bench diagnose";
    public string Usage => "bench diagnose <empty-folder> --model M.onnx [--amount 0.9] [--instances 64] [--depth K] [--seed 1] [--execution-provider cpu|cuda[:N]]   diagnose M against its pruned copy on noise: total ÷ (modules × one evaluation) (goal ≤ 1.2), and with sensitivity per evaluation";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--model", "--amount", "--instances", "--depth", "--seed", ExecutionProvider.CliFlag], out var options)
            && options.ContainsKey("--model") ? RunAsync(args[0], options, cancellationToken) : null;

    async Task<int> RunAsync(string folder, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(options);
        var amount = options.TryGetValue("--amount", out var text) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a
            : options.ContainsKey("--amount") ? double.NaN : 0.9;
        if (!(amount is > 0 and < 1))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--amount must be a fraction between 0 and 1, not \"{options["--amount"]}\".",
                new RpcErrorData { Hint = "For example: bench diagnose /tmp/bench-diagnose --model resnet18.onnx --amount 0.9" });
        var instances = CliOptions.Int(options, "--instances", 64);
        int? depth = options.ContainsKey("--depth") ? CliOptions.Int(options, "--depth", 1) : null;
        output.WriteNode(await DiagnoseBenchmark.RunAsync(diagnose, Path.GetFullPath(folder), Path.GetFullPath(options["--model"]), amount, instances, depth,
            CliOptions.Int(options, "--seed", 1), new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
