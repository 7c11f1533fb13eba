// What a CLI command prints on stdout: exactly one JSON object (logs go to stderr).
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Protocol;

namespace CompressCompare.Backend.Cli;

public sealed class CliOutput(TextWriter stdout)
{
    static readonly JsonSerializerOptions Json = new(WireJson.CreateOptions()) { WriteIndented = true };

    /// <summary>stdout as text: where --help, --version and completion scripts go.</summary>
    public TextWriter Text => stdout;

    public void Write<T>(T value)
    {
        // Streamed: a summary of a large spec runs to hundreds of MB, which as one string would take twice that.
        stdout.Flush();
        if (stdout is StreamWriter { BaseStream: var stream })
        {
            JsonSerializer.Serialize(stream, value, Json);
            stream.WriteByte((byte)'\n');
            stream.Flush();
            return;
        }
        stdout.WriteLine(JsonSerializer.Serialize(value, Json));
        stdout.Flush();
    }

    /// <summary>A JSON node as the spec holds it (the entry `compress` appended).</summary>
    public void WriteNode(JsonNode node)
    {
        stdout.WriteLine(node.ToJsonString(Json));
        stdout.Flush();
    }

    /// <summary>Text that already is the output (the contract).</summary>
    public void WriteText(string text)
    {
        stdout.Write(text);
        stdout.Flush();
    }

    public int Fail(string code, string message, string? hint)
    {
        Write(new { error = new { code, message, hint } });
        return CliRunner.ExitFailure;
    }
}
