// The demo's subgroups: ink tertiles of equal size and the border flag, derived from the pixels.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Demo;

namespace Backend.Tests.Behaviors;

public sealed class DemoAttributesTests
{
    [Fact]
    public void Ink_splits_by_total_intensity_into_equal_tertiles_and_border_flags_ink_on_the_edge()
    {
        // Six 3×3 images: totals 0.1·i in the centre, plus ink on the corner for instance 2.
        var inputs = new float[6 * 9];
        for (var i = 0; i < 6; i++) inputs[i * 9 + 4] = 0.1f * (6 - i);
        inputs[2 * 9 + 0] = 0.05f;
        var data = new ClassificationDataset("t", inputs, [0, 0, 0, 0, 0, 0], [9], ["a"]);
        var path = Path.Combine(Directory.CreateTempSubdirectory("cc-attr-").FullName, "a.csv");
        DemoAttributes.Write(path, data, 3);
        var rows = File.ReadAllLines(path).Select(CsvLine.Split).ToArray();
        Assert.Equal(["ink", "border"], rows[0]);
        Assert.Equal(["heavy", "heavy", "medium", "medium", "light", "light"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["false", "false", "true", "false", "false", "false"], rows.Skip(1).Select(r => r[1]));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
