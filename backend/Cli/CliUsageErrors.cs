// What a usage error says: each unknown option or command with the closest valid one ("did you mean --models?"),
// then what System.CommandLine found missing or malformed (a required option, an argument too many).
using System.CommandLine;
using System.CommandLine.Parsing;

namespace CompressCompare.Backend.Cli;

internal static class CliUsageErrors
{
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = PathOf(parse.CommandResult);
        var sentences = new List<string>();
        var unknownCommand = false;
        var tokens = parse.UnmatchedTokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.StartsWith('-'))
            {
                var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                sentences.Add($"Unknown option '{token}' for {path}" + Suggestion(CliTypos.Closest(token, options)));
                // The word after an unknown option is its value, not another mistake.
                if (i + 1 < tokens.Count && !tokens[i + 1].StartsWith('-')) i++;
            }
            else if (command.Subcommands.Count > 0)
            {
                // The words after an unknown command are its arguments.
                if (unknownCommand) continue;
                unknownCommand = true;
                var near = CliTypos.Closest(token, command.Subcommands.Select(c => c.Name));
                sentences.Add($"Unknown command '{Join(path, token)}'" + Suggestion(near is null ? null : Join(path, near)));
            }
            else sentences.Add($"Unexpected argument '{token}' for {path}.");
        }
        // Unmatched tokens are reported above, in their own words; the rest (missing options, arguments) as the parser says.
        sentences.AddRange(parse.Errors.Select(e => e.Message)
            .Where(m => !tokens.Any(t => m.Contains($"'{t}'", StringComparison.Ordinal)))
            .Where(m => !unknownCommand || !m.StartsWith("Required command", StringComparison.Ordinal)));
        var message = string.Join(' ', sentences.Distinct());
        return $"{message} (Run `{(path.Length == 0 ? "" : path + " ")}--help` for its usage.)";
    }

    static string Join(string path, string word) => path.Length == 0 ? word : $"{path} {word}";

    static string Suggestion(string? near) => near is null ? "." : $"; did you mean {near}?";

    static string PathOf(CommandResult result)
    {
        var words = new List<string>();
        for (var at = result; at is not null && at.Command is not RootCommand; at = at.Parent as CommandResult) words.Insert(0, at.Command.Name);
        return string.Join(' ', words);
    }
}
