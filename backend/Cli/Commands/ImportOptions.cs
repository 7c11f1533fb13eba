// The options both import commands share: --out, --metrics and the --force switch, declared once so the two commands'
// --help and parsing agree; each command adds its own source option.
using System.CommandLine;
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

sealed class ImportOptions
{
    public readonly Option<string> Out = CliSymbols.Text("--out", "SPEC", "the spec to write, or to refresh when this importer wrote it from the same source", required: true);
    public readonly Option<string> Metrics = CliSymbols.Text("--metrics", "a,b", "the metrics to mark primary (default: all)");
    public readonly Option<string> Force = CliSymbols.Flag("--force", "replace or refresh a spec this importer did not write from this source");

    public const string Prints = "{spec, models, added, updated, skipped: [{run, reason}]}";

    /// <summary>The request the parsed options describe, with <paramref name="source"/> as the store or input file.</summary>
    public ImportRequest Request(ParseResult parse, string source, string example, string? experiment = null) =>
        new(source, parse.GetValue(Out)!, parse.GetValue(Metrics) is { } list ? CliOptions.Ids(list) : null,
            CliOptions.Flag(parse, Force, example) == true, experiment);
}
