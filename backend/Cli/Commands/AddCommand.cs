// `add <spec.json> --artifact PATH --id ID [--base A] [--operation JSON] [--tag T]… [--no-measure]`: appends a model file
// made elsewhere to the spec, measured as `compress` measures its children, and prints what was appended, what was
// measured and what was not (AddModelService does all of it; this reads the options).
using System.CommandLine;
using CompressCompare.Backend.AddModel;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class AddCommand(AddModelService add, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _artifact = CliSymbols.Text("--artifact", "PATH", "the .onnx or .safetensors file to add, inside the workspace", required: true);
    readonly Option<string> _id = CliSymbols.Text("--id", "ID", "the new model's id: a safe file name, unique in the spec (refused before anything is written otherwise)", required: true);
    readonly Option<string> _base = CliSymbols.Text("--base", "A", "the model it was made from (default: a new root)");
    readonly Option<string> _operation = CliSymbols.Text("--operation", "JSON", "what made it from the base: {\"name\": \"Prune\", \"parameters\": {\"amount\": 0.7}}, checked against the spec's declaration");
    readonly Option<string[]> _tags = CliSymbols.Repeated("--tag", "T", "a tag to give it (repeat for several)");
    readonly Option<string> _noMeasure = CliSymbols.Flag("--no-measure", "append it without running it on the dataset (sizes, sparsity and parameters are still read from the file)");

    public override string Name => "add";
    public override string Description => "append an .onnx or .safetensors model to the spec with every metric compress measures";
    public override string Prints => "{spec, model, measured, skipped, seconds}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _artifact, _id, _base, _operation, _tags, _noMeasure];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var measure = CliOptions.Flag(parse, _noMeasure, "add models.json --artifact mine.onnx --id mine --no-measure") != true;
        var request = new AddModelRequest(Path.GetFullPath(parse.GetValue(_spec)!), parse.GetValue(_artifact)!, parse.GetValue(_id)!, parse.GetValue(_base),
            parse.GetValue(_operation) is { } operation ? AddModelOperation.Parse(operation) : null, parse.GetValue(_tags) ?? [], measure)
        { Progress = new LogProgress(logger) };
        output.Write(await add.AddAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
