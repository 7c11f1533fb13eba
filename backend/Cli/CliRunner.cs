// The headless CLI: a table of commands, each a thin shell over the same services the RPC uses.
// Prints exactly one JSON object on stdout; logs go to stderr.
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Demo;
using System.Text.Json;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Behaviors.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Bench;
using CompressCompare.Backend.Fuzzing;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Cli;

/// <param name="outputs">Where `compare` gets model outputs; null for the evaluation engine (tests pass hand-made outputs).</param>
public sealed class CliRunner(SpecService specs, TextWriter stdout, ILogger<CliRunner> logger, IModelOutputSource? outputs = null)
{
    public const int ExitOk = 0;
    /// <summary>The input had errors (printed as diagnostics).</summary>
    public const int ExitSpecErrors = 1;
    /// <summary>The command could not run (bad arguments, unreadable file).</summary>
    public const int ExitFailure = 2;

    static readonly JsonSerializerOptions Json = new(WireJson.CreateOptions()) { WriteIndented = true };

    public static readonly IReadOnlyDictionary<string, string> Usage = new Dictionary<string, string>
    {
        ["summarize"] = "summarize <spec.json>   read and validate a spec; exit 1 when it has errors",
        ["explain"] = "explain <spec.json> --models A,B,C   the variables that tell the selected models apart (Selection Details)",
        ["evaluate"] = "evaluate <spec.json> [--models A,B]   run models on the spec's dataset, filling the output cache",
        ["compare"] = "compare <spec.json> --base A --models B,C   compare models' predictions with the base's, per class, subgroup and instance",
        ["probe"] = "probe <base-file> <other-file>… | probe --spec <spec.json> --base A --models B,C [--activations N]   [--bins N]   weight statistics per tensor and module, and change vs the base; with --activations, module outputs on N dataset instances too",
        ["contract"] = "contract                print protocol/contract.json (the RPC contract) from the C# records",
        ["compress"] = "compress <spec> --model ID --operation NAME [--parameters JSON] [--id NEW] [--tag TAG]   add a measured child model",
        ["demo"] = "demo <folder> [--dataset digits|fashion-mnist] [--seed N]   train, compress, export and measure a demo tree into <folder>",
        ["bench"] = "bench overview --models N [--seed S] [--write FILE]   time parse, Model Map layout and Selection Details on a synthetic spec of N models",
        ["bench compare"] = "bench compare [--instances N] [--models M] [--classes K] [--seed S]   time every comparison metric on synthetic outputs (default 100000 × 20 × 10)",
        ["bench probe"] = "bench probe [--megabytes 500] [--models 3] [--format safetensors|onnx] [--repeat 3]   probe generated models: scan speed ÷ a plain read-and-sum (goal ≥ 0.5), peak memory ÷ largest tensor (goal ≤ 3)",
        ["fuzz"] = "fuzz [--seed N] [--specs 10000] [--files 2000] [--replay spec:I|file:I]   mutate specs and model files; exit 1 when any input crashes, hangs or takes memory past 1.5 GB",
        ["bench fuzz"] = "bench fuzz [--minutes 10] [--seed N]   the fuzzer for longer: rounds of mutations until the time is up",
        ["bench evaluate"] = "bench evaluate <spec.json> [--models A,B] [--repeat N]   evaluation time ÷ bare session.Run time (goal ≤ 1.10)",
    };

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return args[0] switch
            {
                "summarize" when args.Length == 2 => await SummarizeAsync(args[1], cancellationToken),
                "contract" when args.Length == 1 => Contract(),
                "probe" when args.Length >= 2 && ProbeRequest(args[1..]) is { } probe => await ProbeAsync(probe, cancellationToken),
                "evaluate" when args.Length >= 2 && CliOptions.TryParse(args[2..], ["--models"], out var evaluate) =>
                    await EvaluateAsync(args[1], evaluate.GetValueOrDefault("--models"), cancellationToken),
                "compare" when args.Length >= 2 && CliOptions.TryParse(args[2..], ["--base", "--models"], out var compare)
                    && compare.ContainsKey("--base") && compare.ContainsKey("--models") =>
                    await CompareAsync(args[1], compare["--base"], compare["--models"], cancellationToken),
                "explain" when args.Length >= 2 && CliOptions.TryParse(args[2..], ["--models"], out var explain) && explain.ContainsKey("--models") =>
                    await ExplainAsync(args[1], explain["--models"], cancellationToken),
                "compress" when args.Length >= 2 && CliOptions.TryParse(args[2..], ["--model", "--operation", "--parameters", "--id", "--tag"], out var compress)
                    && compress.ContainsKey("--model") && compress.ContainsKey("--operation") =>
                    await CompressAsync(args[1], compress, cancellationToken),
                "demo" when args.Length >= 2 && CliOptions.TryParse(args[2..], ["--dataset", "--seed"], out var demo) =>
                    Demo(args[1], demo, cancellationToken),
                "bench" when args.Length >= 2 && args[1] == "overview" && CliOptions.TryParse(args[2..], ["--models", "--seed", "--write"], out var bench)
                    && bench.ContainsKey("--models") => BenchOverview(bench),
                "bench" when args.Length >= 2 && args[1] == "compare" && CliOptions.TryParse(args[2..], ["--instances", "--models", "--classes", "--seed"], out var benchCompare) =>
                    BenchCompare(benchCompare),
                "bench" when args.Length >= 2 && args[1] == "probe" && CliOptions.TryParse(args[2..], ["--megabytes", "--models", "--format", "--repeat"], out var benchProbe) =>
                    BenchProbe(benchProbe, cancellationToken),
                "bench" when args.Length >= 3 && args[1] == "evaluate" && CliOptions.TryParse(args[3..], ["--models", "--repeat"], out var benchEvaluate) =>
                    await BenchEvaluateAsync(args[2], benchEvaluate, cancellationToken),
                "fuzz" when CliOptions.TryParse(args[1..], ["--seed", "--specs", "--files", "--replay"], out var fuzz) => Fuzz(new FuzzOptions
                {
                    Seed = CliOptions.Int(fuzz, "--seed", 1), Specs = CliOptions.Int(fuzz, "--specs", 10_000), Files = CliOptions.Int(fuzz, "--files", 2_000),
                    Replay = fuzz.GetValueOrDefault("--replay"),
                }),
                "bench" when args.Length >= 2 && args[1] == "fuzz" && CliOptions.TryParse(args[2..], ["--minutes", "--seed"], out var benchFuzz) =>
                    Fuzz(new FuzzOptions { Seed = CliOptions.Int(benchFuzz, "--seed", 1), Duration = TimeSpan.FromMinutes(CliOptions.Int(benchFuzz, "--minutes", 10)) }),
                _ => Fail("usage", $"Unknown command or wrong arguments: '{string.Join(' ', args)}'.",
                    "Commands:\n  " + string.Join("\n  ", Usage.Values)),
            };
        }
        catch (BackendException e)
        {
            return Fail(e.Code.ToString(), e.Message, e.ErrorData.Hint);
        }
    }

    async Task<int> SummarizeAsync(string path, CancellationToken cancellationToken)
    {
        var summary = await new ModelMapService(specs).SummarizeAsync(Path.GetFullPath(path), null, cancellationToken);
        Write(summary);
        return summary.Diagnostics.Any(d => d.Severity == DiagnosticSeverities.Error) ? ExitSpecErrors : ExitOk;
    }

    async Task<int> ExplainAsync(string path, string models, CancellationToken cancellationToken)
    {
        Write(await new ModelMapService(specs).ExplainSelectionAsync(Path.GetFullPath(path), null, Ids(models), cancellationToken));
        return ExitOk;
    }

    async Task<int> EvaluateAsync(string path, string? models, CancellationToken cancellationToken)
    {
        var result = await new EvaluationService(specs).EvaluateAsync(Path.GetFullPath(path), models is null ? null : Ids(models),
            new LogProgress(logger), cancellationToken);
        Write(result);
        // A model that could not be evaluated is reported in its entry; the exit code says so to scripts.
        return result.Models.Any(m => m.Error is not null) ? ExitSpecErrors : ExitOk;
    }

    async Task<int> CompareAsync(string path, string baseId, string models, CancellationToken cancellationToken)
    {
        var behaviors = new BehaviorService(specs, outputs ?? new EvaluationService(specs));
        Write(await behaviors.CompareAsync(Path.GetFullPath(path), baseId, Ids(models), new LogProgress(logger), cancellationToken));
        return ExitOk;
    }

    /// <summary>`probe FILE…` or `probe --spec SPEC --base A --models B,C [--activations N]`, each with an optional `--bins N`; null when malformed.</summary>
    static ProbeParams? ProbeRequest(string[] args)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (!CliOptions.TryParse(args[files.Length..], ["--spec", "--base", "--models", "--bins", "--activations"], out var options)) return null;
        int? bins = options.ContainsKey("--bins") ? CliOptions.Int(options, "--bins", 32) : null;
        int? activations = options.ContainsKey("--activations") ? CliOptions.Int(options, "--activations", 0) : null;
        // Files with --activations still reach LayerService, whose error says to probe with --spec.
        if (files.Length > 0)
            return options.ContainsKey("--spec") ? null : new ProbeParams { Files = [.. files.Select(Path.GetFullPath)], Bins = bins, Activations = activations };
        if (!options.TryGetValue("--spec", out var spec) || !options.TryGetValue("--base", out var baseId)) return null;
        return new ProbeParams { Path = Path.GetFullPath(spec), BaseId = baseId, ModelIds = options.TryGetValue("--models", out var ids) ? Ids(ids) : [], Bins = bins, Activations = activations };
    }

    async Task<int> ProbeAsync(ProbeParams request, CancellationToken cancellationToken)
    {
        Write(await new LayerService(specs).ProbeAsync(request, new LogProgress(logger), cancellationToken));
        return ExitOk;
    }

    static string[] Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    async Task<int> CompressAsync(string spec, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        var parameters = ParseParameters(options.GetValueOrDefault("--parameters", "{}"));
        var entry = await CompressService.CompressAsync(new CompressRequest(Path.GetFullPath(spec), options["--model"], options["--operation"],
            parameters, options.GetValueOrDefault("--id"), options.GetValueOrDefault("--tag")), cancellationToken);
        stdout.WriteLine(entry.ToJsonString(Json));
        stdout.Flush();
        return ExitOk;
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

    int Demo(string folder, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        var report = DemoBuilder.Build(new DemoOptions(Path.GetFullPath(folder),
            options.GetValueOrDefault("--dataset", DemoOptions.Digits), CliOptions.Int(options, "--seed", 1)),
            new LogProgress(logger), cancellationToken);
        Write(report);
        return ExitOk;
    }

    int BenchOverview(IReadOnlyDictionary<string, string> options)
    {
        var models = CliOptions.Int(options, "--models", 0);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench overview --models 10000" });
        var write = options.TryGetValue("--write", out var file) ? Path.GetFullPath(file) : null;
        Write(OverviewBenchmark.Run(models, CliOptions.Int(options, "--seed", 1), write));
        return ExitOk;
    }

    int Fuzz(FuzzOptions options)
    {
        var report = new FuzzRunner(options).Run();
        Write(report);
        return report.Failures.Count > 0 ? ExitSpecErrors : ExitOk;
    }

    int BenchCompare(IReadOnlyDictionary<string, string> options)
    {
        var (instances, models, classes) = (CliOptions.Int(options, "--instances", 100_000), CliOptions.Int(options, "--models", 20), CliOptions.Int(options, "--classes", 10));
        if (instances < 1 || models < 1 || classes < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot time {instances} instances × {models} models × {classes} classes.",
                new RpcErrorData { Hint = "Use at least 1 instance, 1 model and 2 classes, e.g. bench compare --instances 100000 --models 20 --classes 10" });
        Write(CompareBenchmark.Run(instances, models, classes, CliOptions.Int(options, "--seed", 1)));
        return ExitOk;
    }

    int BenchProbe(IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        var (megabytes, models) = (CliOptions.Int(options, "--megabytes", 500), CliOptions.Int(options, "--models", 3));
        if (megabytes < 1 || models < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot probe {models} models of {megabytes} MB.",
                new RpcErrorData { Hint = "Use at least 1 MB and 2 models, e.g. bench probe --megabytes 500 --models 3" });
        var format = options.GetValueOrDefault("--format", "safetensors");
        if (!ProbeBenchmark.Formats.Contains(format))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot write benchmark models as \"{format}\".",
                new RpcErrorData { Hint = $"Use --format {string.Join(" or --format ", ProbeBenchmark.Formats)}." });
        var repeat = CliOptions.Int(options, "--repeat", 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench probe --megabytes 500 --repeat 3" });
        Write(ProbeBenchmark.Run(megabytes, models, format, cancellationToken, repeat));
        return ExitOk;
    }

    async Task<int> BenchEvaluateAsync(string spec, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        var repeat = CliOptions.Int(options, "--repeat", 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench evaluate models.json --repeat 3" });
        Write(await EvaluationBenchmark.RunAsync(specs, Path.GetFullPath(spec), options.TryGetValue("--models", out var ids) ? Ids(ids) : null, repeat, cancellationToken));
        return ExitOk;
    }

    int Contract()
    {
        stdout.Write(ContractExporter.Export());
        stdout.Flush();
        return ExitOk;
    }

    int Fail(string code, string message, string? hint)
    {
        Write(new { error = new { code, message, hint } });
        return ExitFailure;
    }

    void Write<T>(T value)
    {
        // Streamed: a summary of a large spec runs to hundreds of MB, which as one string would take twice that.
        stdout.Flush();
        if (stdout is StreamWriter { BaseStream: var stream })
        {
            JsonSerializer.Serialize(stream, value, Json);
            stream.WriteByte((byte)'\n');
            stream.Flush();
            return;
        }
        stdout.WriteLine(JsonSerializer.Serialize(value, Json));
        stdout.Flush();
    }
}
