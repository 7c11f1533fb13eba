// .safetensors and TorchSharp .dat files built to break their readers (offsets with one entry, negative or overlapping,
// duplicate names, a 40 MB header, a name length of 2^40, dimensions that overflow) end in a ModelFileInvalid error
// with a hint when opened through TensorSources, never an unhandled exception or a memory blow-up.
using System.Text;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Layers;

public sealed class HostileWeightFileTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-hostile-").FullName;
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"v":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,1e400]}}""")]
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,"4"]}}""")]
    [InlineData("""{"w":{"dtype":7,"shape":[1],"data_offsets":[0,4]}}""")]
    [InlineData("""{"w":[1,2]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"w\ud800":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""")] // found by the fuzzer: a lone surrogate in a name
    [InlineData("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}} trailing""")]
    public void Safetensors_headers_whose_offsets_or_shapes_do_not_fit_are_refused(string header)
    {
        var path = Safetensors(header, dataBytes: 8);
        var error = OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_safetensors_header_that_is_not_UTF_8_is_refused()
    {
        // Found by the fuzzer (seed 1, file:1553): a flipped byte inside a tensor name.
        var json = Encoding.UTF8.GetBytes("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""");
        json[2] = 0xFF;
        var path = Path.Combine(_folder, "latin.safetensors");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((long)json.Length), .. json, .. new byte[4]]);
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
    }

    [Fact]
    public void A_40_MB_safetensors_header_is_refused_without_a_memory_blowup()
    {
        // One tensor whose shape lists 20 million dimensions: 40 MB of JSON.
        var header = new StringBuilder("""{"w":{"dtype":"F32","shape":[""");
        header.Insert(header.Length, "1,", 20_000_000).Append("1],\"data_offsets\":[0,4]}}");
        var path = Safetensors(header.ToString(), dataBytes: 4);
        var before = GC.GetAllocatedBytesForCurrentThread();
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200L << 20, "reading the header allocated more than 200 MB");
    }

    [Fact]
    public void A_safetensors_header_longer_than_100_MB_is_refused_before_reading_it()
    {
        var path = Path.Combine(_folder, "long.safetensors");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes(200L << 20), .. "{}"u8]);
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
    }

    [Fact]
    public void A_valid_safetensors_file_still_reads()
    {
        var path = Safetensors("""{"__metadata__":{"format":"pt"},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""", dataBytes: 8);
        using var source = TensorSources.Open(path);
        Assert.Equal(["a", "b"], source.Tensors.Select(t => t.Name));
    }

    [Fact]
    public void A_dat_name_length_of_2_to_the_40_is_refused()
    {
        var path = Dat([.. Leb128(1), .. Leb128(1L << 40), .. "w"u8]);
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
    }

    [Theory]
    [InlineData(1L << 40, 1L << 40)] // the element count wraps around to 0
    [InlineData(1L << 62, 4)]        // overflows to a negative count
    [InlineData(1L << 61, 1)]        // bytes (count · 4) overflow
    public void Dat_dimensions_that_overflow_are_refused(long d0, long d1)
    {
        var path = Dat([.. Leb128(1), .. Leb128(1), .. "w"u8, .. Leb128(6), .. Leb128(2), .. Leb128(d0), .. Leb128(d1), .. new byte[8]]);
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
    }

    [Fact]
    public void Dat_duplicate_tensor_names_are_refused()
    {
        byte[] tensor = [.. Leb128(1), .. "w"u8, .. Leb128(6), .. Leb128(1), .. Leb128(1), .. new byte[4]];
        var path = Dat([.. Leb128(2), .. tensor, .. tensor]);
        OnnxHostileFileTests.AssertCoded(() => OpenAndReadAll(path), RpcErrorCodes.ModelFileInvalid);
    }

    internal static void OpenAndReadAll(string path)
    {
        using var source = TensorSources.Open(path);
        foreach (var tensor in source.Tensors) source.Read(tensor, new float[tensor.Count]);
    }

    string Safetensors(string header, int dataBytes)
    {
        var json = Encoding.UTF8.GetBytes(header);
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.safetensors");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((long)json.Length), .. json, .. new byte[dataBytes]]);
        return path;
    }

    string Dat(byte[] bytes)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.dat");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static byte[] Leb128(long value)
    {
        var bytes = new List<byte>();
        var v = (ulong)value;
        do
        {
            var b = (byte)(v & 0x7F);
            v >>= 7;
            bytes.Add(v != 0 ? (byte)(b | 0x80) : b);
        } while (v != 0);
        return [.. bytes];
    }
}
