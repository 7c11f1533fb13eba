using CompressCompare.Backend.Data;

namespace Backend.Tests.Data;

public sealed class DigitsDatasetTests
{
    static readonly string Path = RepoPaths.Of(DigitsDataset.RelativePath);

    [Fact]
    public void Loads_1797_rows_of_64_features_scaled_to_unit_range_with_ten_classes()
    {
        var data = DigitsDataset.Load(Path);
        Assert.Equal(1797, data.Count);
        Assert.Equal(64, data.Features);
        Assert.Equal([64], data.InstanceShape);
        Assert.Equal(10, data.Classes);
        Assert.Equal(0f, data.Inputs.Min());
        Assert.Equal(1f, data.Inputs.Max());
        // First row of the file: 0,0,5,13,9,1,0,0,… label 0.
        Assert.Equal(0, data.Labels[0]);
        Assert.Equal(5f / 16f, data.Inputs[2]);
        Assert.Equal(13f / 16f, data.Inputs[3]);
    }

    [Fact]
    public void Split_is_1347_train_and_450_test_and_covers_every_row_once()
    {
        var data = DigitsDataset.Load(Path);
        var split = DigitsDataset.LoadSplit(Path, seed: 0);
        Assert.Equal(1347, split.Train.Count);
        Assert.Equal(450, split.Test.Count);
        var rows = Rows(split.Train).Concat(Rows(split.Test)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Rows(data).Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public void Split_is_stratified_each_class_has_its_share_in_test()
    {
        var data = DigitsDataset.Load(Path);
        var split = DigitsDataset.LoadSplit(Path, seed: 0);
        for (var c = 0; c < 10; c++)
        {
            var total = data.Labels.Count(l => l == c);
            Assert.InRange(split.Test.Labels.Count(l => l == c), (int)Math.Floor(total * 0.25), (int)Math.Ceiling(total * 0.25));
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_split_and_another_seed_a_different_one()
    {
        var a = DigitsDataset.LoadSplit(Path, seed: 5);
        var b = DigitsDataset.LoadSplit(Path, seed: 5);
        var c = DigitsDataset.LoadSplit(Path, seed: 6);
        Assert.Equal(a.Train.Inputs, b.Train.Inputs);
        Assert.Equal(a.Test.Labels, b.Test.Labels);
        Assert.NotEqual(a.Test.Inputs, c.Test.Inputs);
    }

    [Fact]
    public void Missing_file_names_the_repository_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DigitsDataset.Load("/nonexistent/digits.csv.gz"));
        Assert.Contains(DigitsDataset.RelativePath, error.Message);
    }

    static IEnumerable<string> Rows(ClassificationDataset data) =>
        Enumerable.Range(0, data.Count).Select(i => string.Join(",", data.Instance(i).ToArray()) + ":" + data.Labels[i]);
}
