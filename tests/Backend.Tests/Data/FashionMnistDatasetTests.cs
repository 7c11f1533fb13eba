using System.Buffers.Binary;
using System.IO.Compression;
using CompressCompare.Backend.Data;

namespace Backend.Tests.Data;

public sealed class FashionMnistDatasetTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cc-idx-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Idx_reader_reads_shape_and_values_of_a_gzipped_file()
    {
        var path = WriteIdx("images.gz", [2, 3, 2], [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255]);
        var array = IdxReader.ReadBytes(path);
        Assert.Equal([2, 3, 2], array.Shape);
        Assert.Equal(255, array.Values[^1]);
    }

    [Fact]
    public void Idx_reader_reports_a_truncated_file()
    {
        var path = WriteIdx("short.gz", [4, 2], [1, 2, 3]);
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadBytes(path));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Loads_a_folder_in_the_Debian_layout_scaled_and_shaped_1x28x28()
    {
        var pixels = Enumerable.Range(0, 3 * 28 * 28).Select(i => (byte)(i % 256)).ToArray();
        foreach (var part in new[] { "train", "t10k" })
        {
            WriteIdx($"{part}-images-idx3-ubyte.gz", [3, 28, 28], pixels);
            WriteIdx($"{part}-labels-idx1-ubyte.gz", [3], [9, 0, 6]);
        }
        Assert.True(FashionMnistDataset.IsAvailable(folder));
        var split = FashionMnistDataset.Load(folder, limit: 2);
        Assert.Equal(2, split.Train.Count);
        Assert.Equal([1, 28, 28], split.Test.InstanceShape);
        Assert.Equal([9, 0], split.Test.Labels);
        Assert.Equal(255 / 255f, split.Train.Inputs[255]);
        Assert.Equal("Ankle boot", split.Train.ClassNames[9]);
    }

    [Fact]
    public void Missing_data_says_which_Debian_package_to_install()
    {
        Assert.False(FashionMnistDataset.IsAvailable(folder));
        var error = Assert.Throws<FileNotFoundException>(() => FashionMnistDataset.Load(folder));
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
    }

    [Fact]
    public void Installed_package_when_present_has_60000_and_10000_images()
    {
        if (!FashionMnistDataset.IsAvailable()) return; // optional package: checked where it is installed
        var test = FashionMnistDataset.LoadPart(FashionMnistDataset.DefaultDirectory, "t10k");
        Assert.Equal(10_000, test.Count);
        Assert.Equal(1000, test.Labels.Count(l => l == 0));
        Assert.Equal(60_000, IdxReader.ReadBytes(FashionMnistDataset.Files(FashionMnistDataset.DefaultDirectory, "train").Labels).Values.Length);
    }

    string WriteIdx(string name, int[] shape, byte[] values)
    {
        var path = Path.Combine(folder, name);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gzip.Write([0, 0, 0x08, (byte)shape.Length]);
        Span<byte> dimension = stackalloc byte[4];
        foreach (var d in shape)
        {
            BinaryPrimitives.WriteInt32BigEndian(dimension, d);
            gzip.Write(dimension);
        }
        gzip.Write(values);
        return path;
    }
}
