// Progress for the CLI: one stderr log line per report (stdout carries only the command's JSON).
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Progress;

public sealed class LogProgress(ILogger logger) : IWorkProgress
{
    public void Begin(string message) => logger.LogInformation("{Message}", message);
    public void Report(string message, int percentage) => logger.LogInformation("[{Percentage,3}%] {Message}", percentage, message);
    public void End(string message) => logger.LogInformation("{Message}", message);
}
