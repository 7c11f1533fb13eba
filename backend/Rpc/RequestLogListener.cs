// Forwards StreamJsonRpc's own trace (warnings and errors: bad messages, handler failures) to the log.
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Rpc;

public sealed class RequestLogListener(ILogger logger) : TraceListener
{
    public override void Write(string? message) { }
    public override void WriteLine(string? message) { }

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message)
    {
        if (message is not null) logger.Log(eventType <= TraceEventType.Error ? LogLevel.Error : LogLevel.Warning, "rpc: {Message}", message);
    }

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
    {
        if (format is not null) TraceEvent(eventCache, source, eventType, id, args is { Length: > 0 } ? string.Format(format, args) : format);
    }
}
