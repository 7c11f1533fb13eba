// `dataset/instance`: grey and RGB images as display bytes, text as its line (or its CSV row, with or without
// labels), attributes from the CSV row.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol;

namespace Backend.Tests.Behaviors;

public sealed class DatasetInstanceTests
{
    [Fact]
    public async Task Grey_floats_in_0_to_1_are_scaled_by_255_with_channels_1_and_the_attribute_row()
    {
        using var folder = new BehaviorSpecFolder();
        NpyArray.OfFloats([0f, 1f, 0.5f, 0.2f, 0, 0, 0, 0, 0, 0, 0, 0], 6, 1, 2).Write(Path.Combine(folder.Root, "x.npy"));
        var data = await folder.Service().InstanceAsync(folder.Spec, null, 1, CancellationToken.None);
        Assert.Equal(("image", 0, 1), (WireEnum.Name(data.Kind), data.Label, data.Instance));
        Assert.Equal([1, 2, 1], data.Shape);
        Assert.Equal(new byte[] { 128, 51 }, Convert.FromBase64String(data.Pixels!));
        Assert.Equal("x", data.Attributes["g"]);
        var quoted = await folder.Service().InstanceAsync(folder.Spec, null, 2, CancellationToken.None);
        Assert.Equal("with, comma", quoted.Attributes["note"]);
    }

    [Fact]
    public async Task Floats_outside_0_to_1_are_stretched_from_the_dataset_minimum_to_its_maximum()
    {
        using var folder = new BehaviorSpecFolder();
        // Dataset range −1..3: instance 0's −1 → 0, 1 → 127.5 → 128.
        NpyArray.OfFloats([-1f, 1f, 3f, 3f, 0, 0, 0, 0, 0, 0, 0, 0], 6, 1, 2).Write(Path.Combine(folder.Root, "x.npy"));
        var data = await folder.Service().InstanceAsync(folder.Spec, null, 0, CancellationToken.None);
        Assert.Equal(new byte[] { 0, 128 }, Convert.FromBase64String(data.Pixels!));
    }

    [Fact]
    public async Task Rgb_images_come_out_height_width_channels_also_from_channels_first_arrays()
    {
        using var folder = new BehaviorSpecFolder("""
            {"inputs": "x.npy", "labels": "y.npy", "classes": ["cat", "dog"], "instance": {"type": "image", "shape": [1, 2, 3]}}
            """);
        // Stored [N, 3, 1, 2] (PyTorch's layout): channel planes R = (0, 1), G = (0.2, 0.4), B = (1, 0).
        var values = new float[6 * 6];
        float[] first = [0f, 1f, 0.2f, 0.4f, 1f, 0f];
        first.CopyTo(values, 0);
        NpyArray.OfFloats(values, 6, 3, 1, 2).Write(Path.Combine(folder.Root, "x.npy"));
        var data = await folder.Service().InstanceAsync(folder.Spec, null, 0, CancellationToken.None);
        Assert.Equal([1, 2, 3], data.Shape);
        Assert.Equal(new byte[] { 0, 51, 255, 255, 102, 0 }, Convert.FromBase64String(data.Pixels!));
        Assert.Empty(data.Attributes);
    }

    [Fact]
    public async Task Text_instances_are_the_line_of_the_texts_file()
    {
        using var folder = new BehaviorSpecFolder("""
            {"labels": "y.npy", "classes": ["cat", "dog"], "attributes": "a.csv", "instance": {"type": "text", "texts": "t.txt"}}
            """);
        File.WriteAllLines(Path.Combine(folder.Root, "t.txt"), ["a", "b", "the third", "d", "e", "f"]);
        var data = await folder.Service().InstanceAsync(folder.Spec, null, 2, CancellationToken.None);
        Assert.Equal(("text", "the third", 0, "y"), (WireEnum.Name(data.Kind), data.Text, data.Label, data.Attributes["g"]));
        Assert.Null(data.Pixels);
    }

    [Fact]
    public async Task An_unlabelled_embedding_over_a_texts_csv_counts_and_shows_the_rows_of_its_column()
    {
        using var folder = new BehaviorSpecFolder("""
            {"task": "embedding", "attributes": "a.csv", "text": {"texts": "t.csv", "column": "text", "tokenizer": "vocab.txt"}}
            """);
        File.WriteAllLines(Path.Combine(folder.Root, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a"]);
        // Six rows after the header: counted as seven lines, the last instance would be the header's neighbour, or refused.
        File.WriteAllLines(Path.Combine(folder.Root, "t.csv"), ["id,text", "1,a", "2,b", "3,the third", "4,d", "5,e", "6,\"f, last\""]);
        var data = await folder.Service().InstanceAsync(folder.Spec, null, 5, CancellationToken.None);
        Assert.Equal(("text", "f, last", 0, "y"), (WireEnum.Name(data.Kind), data.Text, data.Label, data.Attributes["g"]));
    }

    [Fact]
    public async Task An_instance_outside_the_dataset_is_refused_with_the_valid_range()
    {
        using var folder = new BehaviorSpecFolder();
        var e = await Assert.ThrowsAsync<BackendException>(() => folder.Service().InstanceAsync(folder.Spec, null, 6, CancellationToken.None));
        Assert.Contains("between 0 and 5", e.ErrorData.Hint);
    }
}
