// The CLI's table (CliCommands): every command scripts and the README use is in it once, and the usage lists
// them in the table's order.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Backend.Tests.Cli;

public sealed class CliCommandsTests
{
    static readonly string[] Names =
    [
        "summarize", "explain", "evaluate", "compare", "probe", "diagnose", "contract", "compress", "report", "add", "import mlflow", "import dvc", "demo", "text-demo",
        "bench overview", "bench compare", "bench probe", "bench diagnose", "fuzz", "bench fuzz", "bench evaluate", "bench compress", "bench report", "bench add",
        "check", "completion",
    ];

    [Fact]
    public void The_table_holds_each_command_once_in_usage_order()
    {
        using var services = TestBackend.Services(s => s.AddCli(_ => TextWriter.Null));
        Assert.Equal(Names, services.GetServices<CliCommand>().Select(c => c.Name));
    }

    [Fact]
    public async Task Wrong_arguments_print_every_usage_line_and_exit_with_failure()
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["bench", "nothing"], CancellationToken.None);
        Assert.Equal(CliRunner.ExitFailure, exit);
        var hint = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error").GetProperty("hint").GetString()!;
        var lines = hint.Split('\n')[1..].Select(l => l.Trim()).ToArray();
        Assert.Equal(Names.Length, lines.Length);
        Assert.All(Names.Zip(lines), p => Assert.StartsWith(p.First, p.Second));
    }
}
