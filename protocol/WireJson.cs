// The one JSON configuration of the wire, the CLI's output and contract.json.
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol;

public static class WireJson
{
    /// <summary>
    /// camelCase in and out. StreamJsonRpc's default options are PascalCase and silently ignore camelCase
    /// input (fields arrive null/0), so every serializer of ours must start from these.
    /// </summary>
    public static JsonSerializerOptions CreateOptions() =>
        // Strict numbers: the Web defaults would also accept "1" for 1, which no client of ours sends.
        // Relaxed escaping: the output is JSON read by programs and people, never embedded in HTML.
        new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
