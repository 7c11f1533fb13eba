// `text-demo <folder>`: writes the "Use your own model" workspace (a MiniLM text classifier and its int8 copy in
// models.json, the MiniLM sentence embedding and its int8 copy in embedding.models.json, over one text dataset) into
// <folder>, or reports the one already there. Needs scripts/setup.sh's NuGet packages.
using CompressCompare.Backend.Demo.Text;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class TextDemoCommand(CliOutput output) : ICliCommand
{
    public string Name => "text-demo";
    public string Usage => "text-demo <folder>   build a MiniLM text classifier and a MiniLM sentence embedding, each with its int8 copy, and their text dataset specs into <folder> (cached)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length != 1) return null;
        output.Write(TextDemoBuilder.Build(Path.GetFullPath(args[0]), cancellationToken));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
