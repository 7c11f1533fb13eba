// The one-line usage of a command, written from its declared symbols ("bench overview --models N [--seed S]   …"):
// what `Commands:` lists after a usage error.
using System.CommandLine;

namespace CompressCompare.Backend.Cli;

public static class CliUsage
{
    public static string Line(string name, IEnumerable<Symbol> symbols, string description) =>
        string.Join(' ', [name, .. symbols.Select(Of)]) + "   " + description;

    static string Of(Symbol symbol) => symbol switch
    {
        Argument { Arity.MaximumNumberOfValues: > 1 } many => $"[<{many.Name}>…]",
        Argument one => one.Arity.MinimumNumberOfValues == 0 ? $"[<{one.Name}>]" : $"<{one.Name}>",
        Option option => option.Required ? Written(option) : $"[{Written(option)}]",
        _ => symbol.Name,
    };

    static string Written(Option option) => option.Arity switch
    {
        { MaximumNumberOfValues: 0 } => option.Name,
        { MinimumNumberOfValues: 0, MaximumNumberOfValues: 1 } => $"{option.Name} [{option.HelpName}]",
        { MaximumNumberOfValues: > 1 } => $"{option.Name} {option.HelpName}…",
        _ => $"{option.Name} {option.HelpName}",
    };
}
