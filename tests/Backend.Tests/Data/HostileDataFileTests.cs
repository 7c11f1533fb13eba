// Dataset, attribute and outputs files built to break their readers (a .npy header length of 4 GB, shapes whose
// product overflows or is negative, an unknown dtype, IDX shapes past what an array holds, CSV lines of millions of
// characters) end in the reader's InvalidDataException or a coded BackendException, never an unhandled exception.
using System.Text;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Data;

public sealed class HostileDataFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-hostile-data-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2147483647, 2147483647, 2147483647, 4), }")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (abc,), }")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999,), }")]
    [InlineData("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }")]
    [InlineData("{'descr': '<i8', 'fortran_order': False, 'shape': (1073741824,), }")]
    public void Npy_headers_whose_shape_or_dtype_do_not_fit_are_refused(string header)
    {
        var path = Npy(1, Encoding.ASCII.GetBytes(header), data: 8);
        Assert.Throws<InvalidDataException>(() => NpyArray.Read(path));
        Assert.Throws<InvalidDataException>(() => NpyArray.Open(path, _ => 0)); // the streamed reader's header check
    }

    [Theory]
    [InlineData(2, 0xFFFFFFFFu)]
    [InlineData(2, 0x7FFFFFFFu)]
    [InlineData(9, 16u)]
    public void Npy_header_lengths_past_the_limit_or_unknown_versions_are_refused(byte major, uint length)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, [0x93, .. "NUMPY"u8, major, 0, .. BitConverter.GetBytes(length), .. new byte[64]]);
        Assert.Throws<InvalidDataException>(() => NpyArray.Read(path));
    }

    [Fact]
    public void Idx_shapes_past_what_an_array_holds_are_refused_before_allocating()
    {
        var path = Path.Combine(_dir, "images.idx");
        byte[] dims = [0, 0, 0x7F, 0xFF, 0, 0, 0x7F, 0xFF, 0, 0, 0x7F, 0xFF];
        File.WriteAllBytes(path, [0, 0, 0x08, 3, .. dims, 1, 2, 3]);
        Assert.Throws<InvalidDataException>(() => IdxReader.ReadBytes(path));

        var truncated = Path.Combine(_dir, "big.idx");
        File.WriteAllBytes(truncated, [0, 0, 0x08, 1, 0x10, 0, 0, 0, 1, 2, 3]); // 256 MiB promised, 3 bytes held
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<InvalidDataException>(() => IdxReader.ReadBytes(truncated));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L << 20);
    }

    [Fact]
    public void An_attributes_line_of_millions_of_characters_is_refused_with_ModelFileInvalid()
    {
        var path = Path.Combine(_dir, "attributes.csv");
        File.WriteAllText(path, "age,group\n" + new string('x', 3_000_000) + ",a\n");
        var error = Assert.Throws<BackendException>(() => AttributeTable.Read(path));
        Assert.Equal(RpcErrorCodes.ModelFileInvalid, error.Code);
        Assert.DoesNotContain("xxxx", error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorData.Hint));
    }

    [Fact]
    public void An_attributes_header_of_a_hundred_thousand_columns_is_refused()
    {
        var path = Path.Combine(_dir, "wide.csv");
        File.WriteAllText(path, string.Join(",", Enumerable.Repeat("a", 100_000)) + "\n");
        Assert.Equal(RpcErrorCodes.ModelFileInvalid, Assert.Throws<BackendException>(() => AttributeTable.Read(path)).Code);
    }

    string Npy(byte major, byte[] header, int data)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, [0x93, .. "NUMPY"u8, major, 0, .. BitConverter.GetBytes((ushort)header.Length), .. header, .. new byte[data]]);
        return path;
    }
}
