// Tiny .safetensors models written by the tests, and a probe of them through LayerService.
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Layers;

public sealed class ProbeFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-probe-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public string Write(string name, params (string Name, long[] Shape, float[] Values)[] tensors)
    {
        var path = Path.Combine(Folder, name);
        SafetensorsWriter.Write(path, [.. tensors.Select(t => (t.Name, t.Shape))], (i, values) => tensors[i].Values.CopyTo(values, 0));
        return path;
    }

    /// <summary>A one-tensor file of another element type: <paramref name="bytes"/> are its raw little-endian values.</summary>
    public string WriteRaw(string name, string tensor, string dtype, long[] shape, byte[] bytes)
    {
        var header = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["__metadata__"] = new { format = "pt" },
            [tensor] = new { dtype, shape, data_offsets = new[] { 0, bytes.Length } },
        }));
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((long)header.Length), .. header, .. bytes]);
        return path;
    }

    public static Task<ProbeResult> Probe(int? bins, params string[] files) =>
        new LayerService(new SpecService(NullLogger<SpecService>.Instance))
            .ProbeAsync(new ProbeParams { Files = files, Bins = bins }, NoProgress.Instance, CancellationToken.None);
}
