// The backend's one log sink: each entry as one line on stderr, which the extension shows line by line in its Output
// channel (stdout is the wire). It replaces Microsoft.Extensions.Logging.Console, whose options, configuration binding,
// formatter registry and writer thread made four more assemblies load and run before the first reply (issue 19).
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Logging;

public sealed class StderrLoggerProvider(TextWriter stderr) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(categoryName, stderr);

    public void Dispose() { }
}
