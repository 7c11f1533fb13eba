// The kinds of arguments and options the commands declare, made one way: every option is read as text (CliOptions
// converts it, with errors that name the option and give an example), and carries the placeholder its usage shows.
using System.CommandLine;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Cli;

public static class CliSymbols
{
    /// <summary>The spec file a command reads, shown as &lt;spec.json&gt;.</summary>
    public static Argument<string> Spec(string description = "the spec file (a models.json)") => new("spec.json") { Description = description };

    /// <summary>A positional argument shown as &lt;name&gt;.</summary>
    public static Argument<string> Positional(string name, string description) => new(name) { Description = description };

    /// <summary>"--name VALUE", at most once.</summary>
    public static Option<string> Text(string name, string helpName, string description, bool required = false) =>
        new(name) { HelpName = helpName, Description = description, Required = required };

    /// <summary>"--name VALUE", any number of times, in order.</summary>
    public static Option<string[]> Repeated(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary>"--name" alone, or followed by true or false (read with CliOptions.Flag).</summary>
    public static Option<string> Flag(string name, string description) =>
        new(name) { HelpName = "true|false", Description = description, Arity = ArgumentArity.ZeroOrOne };

    /// <summary>--execution-provider: where ONNX models run (CliOptions.UseExecutionProvider reads it).</summary>
    public static Option<string> ExecutionProvider() =>
        Text(Models.Onnx.ExecutionProvider.CliFlag, "cpu|cuda[:N]", "where ONNX models run: cpu (default), cuda or cuda:N (a CUDA build of the backend)");
}
