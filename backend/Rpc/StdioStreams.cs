// The process's real stdin/stdout, captured before Console.Out is moved to stderr:
// stdout is the wire (or the CLI's one JSON object), and a stray Console.WriteLine must not corrupt it.
namespace CompressCompare.Backend.Rpc;

public sealed class StdioStreams
{
    public Stream Input { get; }
    public Stream Output { get; }

    StdioStreams(Stream input, Stream output) { Input = input; Output = output; }

    public static StdioStreams CaptureAndRedirectConsole()
    {
        var streams = new StdioStreams(Console.OpenStandardInput(), Console.OpenStandardOutput());
        Console.SetOut(Console.Error);
        return streams;
    }
}
