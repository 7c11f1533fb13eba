// `bench diagnose <empty-folder> --model M.onnx [--amount 0.9] [--instances 64] [--depth K] [--seed 1] [--execution-provider cpu|cuda[:N]]`:
// a diagnosis of M against its magnitude-pruned copy on noise, timed against modules × one evaluation, then again with
// sensitivity, timed per evaluation (DiagnoseBenchmark).
using System.CommandLine;
using System.Globalization;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Diagnose.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchDiagnoseCommand(DiagnoseService diagnose, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _folder = CliSymbols.Positional("empty-folder", "where the benchmark writes its spec and models");
    readonly Option<string> _model = CliSymbols.Text("--model", "M.onnx", "the ONNX model to diagnose against its pruned copy", required: true);
    readonly Option<string> _amount = CliSymbols.Text("--amount", "0.9", "the fraction of weights pruned");
    readonly Option<string> _instances = CliSymbols.Text("--instances", "64", "noise instances to evaluate on");
    readonly Option<string> _depth = CliSymbols.Text("--depth", "K", "module depth to restore at");
    readonly Option<string> _seed = CliSymbols.Text("--seed", "1", "random seed of the noise");
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "bench diagnose";
    public override string Description => "diagnose M against its pruned copy on noise: total ÷ (modules × one evaluation) (goal ≤ 1.2), and with sensitivity per evaluation";
    public override string Prints => "{modules, evaluations, seconds, the ratios to one evaluation and their goals, …}";
    public override IReadOnlyList<Symbol> Symbols => [_folder, _model, _amount, _instances, _depth, _seed, _provider];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(parse.GetValue(_provider));
        var text = parse.GetValue(_amount);
        var amount = text is null ? 0.9 : double.TryParse(text, CultureInfo.InvariantCulture, out var a) ? a : double.NaN;
        if (!(amount is > 0 and < 1))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--amount must be a fraction between 0 and 1, not \"{text}\".",
                new RpcErrorData { Hint = "For example: bench diagnose /tmp/bench-diagnose --model resnet18.onnx --amount 0.9" });
        output.WriteNode(await DiagnoseBenchmark.RunAsync(diagnose, Path.GetFullPath(parse.GetValue(_folder)!), Path.GetFullPath(parse.GetValue(_model)!), amount,
            CliOptions.Int(parse, _instances, 64), CliOptions.OptionalInt(parse, _depth), CliOptions.Int(parse, _seed, 1), new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
