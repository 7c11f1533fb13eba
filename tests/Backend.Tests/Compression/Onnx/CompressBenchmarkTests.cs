// `bench compress` run tiny through the CLI: it prints the copy's time and, for each ONNX operation, its time and peak
// memory with their ratios to the copy and to the largest tensor, judged against issue 16's goals.
using System.Text.Json;
using Backend.Tests.Cli;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Compression;

namespace Backend.Tests.Compression.Onnx;

public sealed class CompressBenchmarkTests
{
    [Fact]
    public async Task A_tiny_run_prints_each_operation_with_its_ratios_to_the_copy_and_the_largest_tensor()
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["bench", "compress", "--size-mb", "4"], CancellationToken.None);

        Assert.Equal(CliRunner.ExitOk, exit);
        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        var (copy, largest, model) = (root.GetProperty("copySeconds").GetDouble(), root.GetProperty("largestTensorMegabytes").GetDouble(), root.GetProperty("modelMegabytes").GetDouble());
        Assert.True(copy > 0 && largest > 0 && model >= largest);
        Assert.Equal(2, root.GetProperty("timeGoal").GetDouble());
        Assert.Equal(3, root.GetProperty("memoryGoal").GetDouble());
        var operations = root.GetProperty("operations").EnumerateArray().ToArray();
        Assert.Equal([CompressionOperationNames.MagnitudePrune, CompressionOperationNames.Palettize, CompressionOperationNames.Float16],
            operations.Select(o => o.GetProperty("operation").GetString()));
        foreach (var o in operations)
        {
            var seconds = o.GetProperty("seconds").GetDouble();
            Assert.Equal(seconds / copy, o.GetProperty("timeRatio").GetDouble(), 1e-9);
            Assert.Equal(o.GetProperty("peakMemoryMegabytes").GetDouble() / largest, o.GetProperty("memoryRatio").GetDouble(), 1e-9);
            Assert.Equal(o.GetProperty("timeRatio").GetDouble() <= 2 && o.GetProperty("memoryRatio").GetDouble() <= 3, o.GetProperty("meetsGoals").GetBoolean());
        }
        // What each operation wrote: pruning keeps the size, 4-bit palettes take about an eighth, float16 a half.
        var sizes = operations.Select(o => o.GetProperty("resultMegabytes").GetDouble() / model).ToArray();
        Assert.InRange(sizes[0], 0.99, 1.01);
        Assert.InRange(sizes[1], 0.12, 0.16);
        Assert.InRange(sizes[2], 0.49, 0.51);
    }
}
