// The indexed reader passes over large payloads without reading them (PayloadSkippingStream): tensors of 64 KB and more,
// between and after small ones, must still get the offsets and values a full parse finds, and a file cut inside such a
// payload must still be refused as cut short, not opened as if the payload were there.
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxIndexedSkipTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Large (≥ 64 KB) and small tensors alternating, the last one large, so a skipped payload ends the file.</summary>
    string Model()
    {
        var path = _folder.File("mixed.onnx");
        OnnxWeightsWriter.Write(path, [("big", [300, 300]), ("small", [10]), ("exact", [128, 128]), ("tiny", [5, 5]), ("last", [200, 100])],
            (t, values) =>
            {
                for (var i = 0; i < values.Length; i++) values[i] = t * 1000 + i * 0.5f;
            });
        return path;
    }

    [Fact]
    public void Skipped_payloads_are_found_where_a_full_parse_finds_them_with_the_same_values()
    {
        var path = Model();
        var full = OnnxModelReader.Open(path).EnumerateTensors().ToDictionary(t => t.Name, t => t.ReadFloats());

        var indexed = OnnxModelReader.OpenIndexed(path).EnumerateTensors().ToDictionary(t => t.Name, t => t.ReadFloats());
        var stored = OnnxStoredWeight.InMainFile(path);

        Assert.Equal(full.Keys, indexed.Keys);
        foreach (var (name, values) in full) Assert.Equal(values, indexed[name]);
        Assert.Equal(full.Keys, stored.Select(w => w.Name));
        using var file = File.OpenHandle(path);
        foreach (var weight in stored)
        {
            var values = new float[weight.Count];
            weight.ReadInto(file, values);
            Assert.Equal(full[weight.Name], values);
        }
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void A_file_cut_inside_a_skipped_payload_is_refused_as_cut_short(double kept)
    {
        var path = Model();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * kept)]);

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelReader.OpenIndexed(path));

        Assert.Contains("cut short", error.Message);
    }
}
