// `text-demo <folder>`: writes the "Use your own model" workspace (a MiniLM text classifier and its int8 copy in
// models.json, the MiniLM sentence embedding and its int8 copy in embedding.models.json, over one text dataset) into
// <folder>, or reports the one already there. Needs scripts/setup.sh's NuGet packages.
using System.CommandLine;
using CompressCompare.Backend.Demo.Text;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class TextDemoCommand(CliOutput output) : CliCommand
{
    readonly Argument<string> _folder = CliSymbols.Positional("folder", "the folder to build the text workspace in (reused when already built)");

    public override string Name => "text-demo";
    public override string Description => "build a MiniLM text classifier and a MiniLM sentence embedding, each with its int8 copy, and their text dataset specs into <folder> (cached)";
    public override string Prints => "{spec, embeddingSpec, cached, baseAccuracy, int8Accuracy, seconds}";
    public override IReadOnlyList<Symbol> Symbols => [_folder];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        output.Write(TextDemoBuilder.Build(Path.GetFullPath(parse.GetValue(_folder)!), cancellationToken));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
