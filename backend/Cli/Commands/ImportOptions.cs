// The options both import commands share: the source flag, --out, --metrics and the --force switch (a flag without
// a value, which CliOptions' name-value pairs do not hold).
using CompressCompare.Backend.Importers;

namespace CompressCompare.Backend.Cli.Commands;

static class ImportOptions
{
    const string Force = "--force";

    /// <summary>False when an option is unknown, lacks its value, or the source or --out is missing (the runner then prints the usage).</summary>
    public static bool TryParse(string[] args, string sourceFlag, string[] extra, out ImportRequest request)
    {
        request = null!;
        var force = args.Contains(Force);
        if (!CliOptions.TryParse([.. args.Where(a => a != Force)], [sourceFlag, "--out", "--metrics", .. extra], out var options)
            || !options.TryGetValue(sourceFlag, out var source) || !options.TryGetValue("--out", out var spec))
            return false;
        var metrics = options.TryGetValue("--metrics", out var list) ? CliOptions.Ids(list) : null;
        request = new ImportRequest(source, spec, metrics, force, options.GetValueOrDefault("--experiment"));
        return true;
    }
}
