// Writes float32 tensors as a .safetensors file, one tensor at a time (for the probe benchmark and tests).
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CompressCompare.Backend.Layers.Bench;

public static class SafetensorsWriter
{
    /// <summary>Writes <paramref name="tensors"/> (name, shape) in order; <paramref name="fill"/> fills each one's values just before it is written.</summary>
    public static void Write(string path, IReadOnlyList<(string Name, long[] Shape)> tensors, Action<int, float[]> fill)
    {
        var header = new Dictionary<string, object>();
        long offset = 0;
        foreach (var (name, shape) in tensors)
        {
            var bytes = shape.Aggregate(1L, (a, d) => a * d) * sizeof(float);
            header[name] = new { dtype = "F32", shape, data_offsets = new[] { offset, offset + bytes } };
            offset += bytes;
        }
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(header));
        using var stream = File.Create(path);
        stream.Write(BitConverter.GetBytes((long)json.Length));
        stream.Write(json);
        for (var t = 0; t < tensors.Count; t++)
        {
            var values = new float[tensors[t].Shape.Aggregate(1L, (a, d) => a * d)];
            fill(t, values);
            stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }
    }
}
