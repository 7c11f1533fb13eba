// .npy files as numpy writes and reads them.
using CompressCompare.Backend.Data;

namespace Backend.Tests.Data;

public sealed class NpyArrayTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-npy-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Float32_and_int64_arrays_round_trip_with_numpys_header_layout()
    {
        var path = Path.Combine(_dir, "x.npy");
        NpyArray.OfFloats([1.5f, -2f, 0f, 3.25f, 5f, 6f], 2, 3).Write(path);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0, (10 + BitConverter.ToUInt16(bytes, 8)) % 64); // data aligned to 64 bytes as numpy does
        Assert.Contains("'shape': (2, 3), }", System.Text.Encoding.ASCII.GetString(bytes, 10, 60));
        var read = NpyArray.Read(path);
        Assert.Equal([2, 3], read.Shape);
        Assert.Equal([1.5f, -2f, 0f, 3.25f, 5f, 6f], read.Floats!);

        NpyArray.OfInt64([3, 1, 4], 3).Write(path);
        Assert.Contains("'shape': (3,), }", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path), 10, 60));
        Assert.Equal([3L, 1L, 4L], NpyArray.Read(path).Integers!);
    }

    [Fact]
    public void Reads_a_file_written_by_numpy()
    {
        // numpy.save of np.array([[1, 2], [3, 4]], dtype=np.uint8), byte for byte.
        var header = "{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2), }".PadRight(117) + "\n";
        var bytes = new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, 118, 0 }
            .Concat(System.Text.Encoding.ASCII.GetBytes(header)).Concat(new byte[] { 1, 2, 3, 4 }).ToArray();
        var path = Path.Combine(_dir, "u8.npy");
        File.WriteAllBytes(path, bytes);
        var read = NpyArray.Read(path);
        Assert.Equal([1f, 2f, 3f, 4f], read.Floats!);
        Assert.Equal([1L, 2L, 3L, 4L], read.Integers!);
    }

    [Fact]
    public void Bad_files_say_what_is_wrong_and_what_to_do()
    {
        var path = Path.Combine(_dir, "bad.npy");
        File.WriteAllText(path, "a,b\n1,2\n");
        Assert.Contains("numpy.save", Assert.Throws<InvalidDataException>(() => NpyArray.Read(path)).Message);
        NpyArray.OfFloats([1f, 2f, 3f], 3).Write(path);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^4]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => NpyArray.Read(path)).Message);
    }
}
