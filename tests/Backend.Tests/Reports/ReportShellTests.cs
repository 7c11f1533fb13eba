// The two shells over ReportService: the `report` CLI command (options, the JSON it prints, usage errors) and
// `report/write` over a real JSON-RPC connection (camelCase in and out, errors with their data).
using System.Security.Cryptography;
using System.Text.Json;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Cli;
using CompressCompare.Protocol.Reports;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace Backend.Tests.Reports;

public sealed class ReportShellTests
{
    static async Task<(int Exit, JsonElement Output)> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    [Fact]
    public async Task Cli_prints_what_it_wrote_with_the_spec_hash()
    {
        using var folder = new ReportSpecFolder();
        var (exit, output) = await Cli("report", folder.Spec, "--models", "B,C", "--base", "A", "--budget", "Model Size<=3MB",
            "--budget", "Accuracy>=0.6", "--format", "md", "--out", folder.Out("r.md"));
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal(folder.Out("r.md"), output.GetProperty("out").GetString());
        Assert.Equal(4, output.GetProperty("files").GetArrayLength());
        Assert.Equal(["B", "C"], output.GetProperty("models").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["C"], output.GetProperty("paretoIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.Spec))), output.GetProperty("sha256").GetString());
        Assert.Contains("--budget 'Model Size<=3MB' --budget 'Accuracy>=0.6'", File.ReadAllText(folder.Out("r.md")));
    }

    [Fact]
    public async Task Cli_refuses_a_foreign_file_with_exit_2_and_a_hint_and_usage_errors_print_the_usage()
    {
        using var folder = new ReportSpecFolder();
        File.WriteAllText(folder.Out("r.html"), "mine");
        var (exit, output) = await Cli("report", folder.Spec, "--models", "B", "--out", folder.Out("r.html"));
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Contains("--force", output.GetProperty("error").GetProperty("hint").GetString());
        (exit, _) = await Cli("report", folder.Spec, "--models", "B", "--out", folder.Out("r.html"), "--force");
        Assert.Equal(CliRunner.ExitOk, exit);

        (exit, output) = await Cli("report", folder.Spec, "--models", "B", "--format", "pdf", "--out", folder.Out("r.html"));
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Equal("usage", output.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("report <spec.json> --models", output.GetProperty("error").GetProperty("hint").GetString());
    }

    [Fact]
    public async Task Rpc_writes_the_report_with_camel_case_fields_and_returns_errors_with_data()
    {
        using var folder = new ReportSpecFolder();
        using var rpc = new InProcessRpc(InProcessRpc.WithErrorData);
        var result = await rpc.Client.InvokeWithParameterObjectAsync<ReportResult>(RpcMethods.ReportWrite, new WriteReportParams
        {
            Path = folder.Spec,
            ModelIds = ["C", "B"],
            BaseId = "A",
            Budgets = ["accuracy >= 0.6"],
            Format = ReportFormat.Md,
            Out = folder.Out("rpc.md"),
        });
        Assert.Equal(["C", "B"], result.Models);
        Assert.Equal(["C", ReportSpecFolder.HostileId], result.ParetoIds);
        Assert.True(File.Exists(folder.Out("rpc-scatter.svg")));

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => rpc.Client.InvokeWithParameterObjectAsync<ReportResult>(RpcMethods.ReportWrite,
            new WriteReportParams { Path = folder.Spec, ModelIds = ["B"], Budgets = ["Energy<3"], Out = folder.Out("rpc.html") }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.ErrorCode);
        Assert.Contains("\"Accuracy\"", ((RpcErrorData)error.ErrorData!).Hint);
    }

    [Fact]
    public async Task Bench_report_prints_its_fields_for_twenty_selected_models()
    {
        var (exit, output) = await Cli("bench", "report", "--models", "60");
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal((60, 20, 2000.0), (output.GetProperty("models").GetInt32(), output.GetProperty("selected").GetInt32(), output.GetProperty("goalMs").GetDouble()));
        Assert.True(output.GetProperty("reportMs").GetDouble() > 0);
        // Both are rounded from the unrounded time (reportMs to 0.1 ms, overGoal to 0.001), so they agree within a rounding step.
        Assert.InRange(output.GetProperty("overGoal").GetDouble() - output.GetProperty("reportMs").GetDouble() / 2000, -0.0006, 0.0006);
    }
}
