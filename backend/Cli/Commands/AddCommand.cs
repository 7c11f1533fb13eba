// `add <spec> --artifact PATH --id ID [--base A] [--operation JSON] [--tag T]... [--no-measure]`: appends a model file made
// elsewhere to the spec, measured as `compress` measures its children, and prints what was appended, what was measured
// and what was not (AddModelService does all of it; this parses the options).
using CompressCompare.Backend.AddModel;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class AddCommand(AddModelService add, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "add";
    public string Usage => "add <spec> --artifact PATH --id ID [--base A] [--operation JSON] [--tag T]... [--no-measure]   append an .onnx or .safetensors"
        + " model to the spec with every metric compress measures; prints {\"spec\", \"model\", \"measured\", \"skipped\", \"seconds\"}";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1) return null;
        // --tag may repeat and --no-measure takes no value; the other options come in pairs.
        var tags = new List<string>();
        var rest = new List<string>();
        var measure = true;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--tag" && i + 1 < args.Length) tags.Add(args[++i]);
            else if (args[i] == "--no-measure") measure = false;
            else rest.Add(args[i]);
        }
        if (!CliOptions.TryParse([.. rest], ["--artifact", "--id", "--base", "--operation"], out var options)
            || !options.ContainsKey("--artifact") || !options.ContainsKey("--id")) return null;
        return RunAsync(new AddModelRequest(Path.GetFullPath(args[0]), options["--artifact"], options["--id"], options.GetValueOrDefault("--base"),
            options.TryGetValue("--operation", out var operation) ? AddModelOperation.Parse(operation) : null, tags, measure)
        { Progress = new LogProgress(logger) }, cancellationToken);
    }

    async Task<int> RunAsync(AddModelRequest request, CancellationToken cancellationToken)
    {
        output.Write(await add.AddAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
