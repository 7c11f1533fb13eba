// The backend's log format, which the extension's Output channel shows line by line and people grep: one entry per
// line, "HH:mm:ss.fff level: Category[eventId] message", with multi-line messages and stack traces kept on the line.
using System.Text.RegularExpressions;
using CompressCompare.Backend.Logging;
using Microsoft.Extensions.Logging;

namespace Backend.Tests.Logging;

public sealed class StderrLoggerTests
{
    static string[] Lines(Action<ILogger> log)
    {
        var written = new StringWriter();
        using var provider = new StderrLoggerProvider(written);
        log(provider.CreateLogger("CompressCompare.Backend.Rpc.RpcServer"));
        return written.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void An_entry_is_one_line_with_time_level_category_event_and_message()
    {
        var lines = Lines(logger => logger.LogWarning(new EventId(7), "Spec {Path} has {Count} errors", "/w/models.json", 2));
        var line = Assert.Single(lines);
        Assert.Matches(new Regex(@"^\d{2}:\d{2}:\d{2}\.\d{3} warn: CompressCompare\.Backend\.Rpc\.RpcServer\[7\] Spec /w/models\.json has 2 errors$"), line);
    }

    [Fact]
    public void A_multi_line_message_and_its_exception_stay_on_one_line()
    {
        Exception thrown;
        try { throw new InvalidOperationException("inner\nsecond line"); }
        catch (InvalidOperationException e) { thrown = e; }
        var lines = Lines(logger => logger.LogError(thrown, "first\nsecond"));
        var line = Assert.Single(lines);
        Assert.Contains(" fail: ", line);
        Assert.Contains("first second", line);
        Assert.Contains("System.InvalidOperationException: inner second line", line);
        Assert.Contains(nameof(A_multi_line_message_and_its_exception_stay_on_one_line), line);
    }

    [Theory]
    [InlineData(LogLevel.Trace, "trce")]
    [InlineData(LogLevel.Debug, "dbug")]
    [InlineData(LogLevel.Information, "info")]
    [InlineData(LogLevel.Critical, "crit")]
    public void Levels_read_as_the_console_logger_wrote_them(LogLevel level, string text)
    {
        var line = Assert.Single(Lines(logger => logger.Log(level, "m")));
        Assert.Contains($" {text}: ", line);
    }

    [Fact]
    public void An_empty_entry_writes_nothing()
    {
        Assert.Empty(Lines(logger => logger.LogInformation("")));
    }
}
