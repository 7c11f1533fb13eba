// What the CLI says about itself: --help per command with its options, JSON output and exit codes; usage errors that
// name the closest valid option or command; [suggest] completion from the declarations.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Backend.Tests.Cli;

public sealed class CliHelpTests
{
    static async Task<(int Exit, string Stdout)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, stdout.ToString());
    }

    [Theory]
    [InlineData("summarize")]
    [InlineData("bench overview")]
    [InlineData("check")]
    [InlineData("diagnose")]
    public async Task Every_command_s_help_lists_its_options_what_it_prints_and_its_exit_codes(string name)
    {
        using var services = TestBackend.Services(s => s.AddCli(_ => TextWriter.Null));
        var command = services.GetServices<CliCommand>().Single(c => c.Name == name);
        foreach (var flag in new[] { "--help", "-h" })
        {
            var (exit, help) = await Run([.. name.Split(' '), flag]);
            Assert.Equal(CliRunner.ExitOk, exit);
            Assert.Contains(command.Description, help);
            Assert.Contains($"Prints on stdout:\n  {command.Prints}", help.ReplaceLineEndings("\n"));
            Assert.Contains($"Exit codes:\n  {command.ExitCodes}", help.ReplaceLineEndings("\n"));
            foreach (var option in command.Symbols.OfType<System.CommandLine.Option>()) Assert.Contains(option.Name, help);
        }
    }

    [Fact]
    public async Task The_root_help_lists_every_command_and_version_is_an_option()
    {
        var (exit, help) = await Run("--help");
        Assert.Equal(CliRunner.ExitOk, exit);
        foreach (var name in new[] { "summarize", "explain", "check", "completion", "bench" }) Assert.Contains($"  {name}", help);
        Assert.Contains("--version", help);
    }

    [Theory]
    [InlineData(new[] { "explain", "x.json", "--modles", "a,b" }, "Unknown option '--modles' for explain; did you mean --models?")]
    [InlineData(new[] { "check", "x.json", "--base", "a", "--model", "b", "--max-dorp", "F1=1" }, "did you mean --max-drop?")]
    [InlineData(new[] { "summarise", "x.json" }, "Unknown command 'summarise'; did you mean summarize?")]
    [InlineData(new[] { "bench", "overveiw", "--models", "3" }, "Unknown command 'bench overveiw'; did you mean bench overview?")]
    [InlineData(new[] { "check", "x.json", "--base", "a" }, "Option '--model' is required.")]
    public async Task Usage_errors_exit_2_naming_the_mistake_and_the_closest_valid_name(string[] args, string message)
    {
        var (exit, stdout) = await Run(args);
        Assert.Equal(CliRunner.ExitFailure, exit);
        var error = JsonDocument.Parse(stdout).RootElement.GetProperty("error");
        Assert.Equal("usage", error.GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("summ", "summarize")]
    [InlineData("CompressCompare.Backend summ", "summarize")]
    [InlineData("check models.json --ma", "--max-drop")]
    [InlineData("bench ov", "overview")]
    [InlineData("completion ", "zsh")]
    public async Task The_suggest_directive_completes_commands_options_and_values(string line, string expected)
    {
        var (exit, stdout) = await Run($"[suggest:{line.Length}]", line);
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Contains(expected, stdout.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F")]
    [InlineData("zsh", "compdef")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName 'cc'")]
    public async Task Completion_prints_a_script_that_asks_the_cli_s_suggest_directive(string shell, string registers)
    {
        var (exit, script) = await Run("completion", shell, "--command", "cc");
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Contains(registers, script);
        Assert.Contains("[suggest:", script);
    }

    [Fact]
    public async Task Completion_for_an_unknown_shell_exits_2_naming_the_shells()
    {
        var (exit, stdout) = await Run("completion", "fish");
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Contains("bash, zsh, pwsh", JsonDocument.Parse(stdout).RootElement.GetProperty("error").GetProperty("hint").GetString());
    }
}
