// One log entry, one line: "HH:mm:ss.fff info: Category[eventId] message exception", the console logger's single-line
// format that the backend wrote before (people and tests read it; the execution provider e2e test matches a message).
// Levels and categories are filtered by the logging builder's rules before Log is called.
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Logging;

sealed class StderrLogger(string category, TextWriter stderr) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var message = formatter(state, exception);
        if (string.IsNullOrEmpty(message) && exception is null) return;
        // A multi-line message or stack trace stays on its line, so a reader of the stream never splits one entry.
        var line = $"{DateTimeOffset.Now:HH:mm:ss.fff} {Level(logLevel)}: {category}[{eventId.Id}] {message.ReplaceLineEndings(" ")}" +
            (exception is null ? "" : " " + exception.ToString().ReplaceLineEndings(" "));
        // One WriteLine on the synchronized Console.Error: lines from concurrent requests never interleave.
        stderr.WriteLine(line);
    }

    static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
