// The specs `bench evaluate --generate` writes must evaluate as written (the benchmark refuses a model that
// fails or comes from the cache), on the signatures they are there to measure.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Evaluation.Bench;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation.Signatures;

public sealed class GeneratedBenchSpecTests
{
    [Theory]
    [InlineData(GeneratedBenchSpec.MultiInput)]
    [InlineData(GeneratedBenchSpec.Batch1)]
    public async Task Each_generated_spec_evaluates_every_instance(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("cc-bench-gen-").FullName;
        try
        {
            var spec = GeneratedBenchSpec.Write(kind, folder);
            var parsed = SpecParser.Parse(spec, File.ReadAllText(spec), CancellationToken.None, File.Exists);
            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(kind == GeneratedBenchSpec.MultiInput ? ["attention_mask", "input_ids"] : null, parsed.Dataset!.InputFiles?.Keys.Order());
            var result = await new EvaluationService(new SpecService(NullLogger<SpecService>.Instance))
                .EvaluateAsync(spec, null, null, NoProgress.Instance, CancellationToken.None);
            var model = Assert.Single(result.Models);
            Assert.Null(model.Error);
            Assert.Equal(GeneratedBenchSpec.InstancesOf(kind), model.Instances);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_generated_image_folder_evaluates_every_image_through_its_preprocessing()
    {
        var folder = Directory.CreateTempSubdirectory("cc-bench-gen-").FullName;
        try
        {
            var spec = GeneratedBenchSpec.Write(GeneratedBenchSpec.Images, folder, instances: 30);
            var parsed = SpecParser.Parse(spec, File.ReadAllText(spec), CancellationToken.None, File.Exists);
            Assert.Empty(parsed.Diagnostics);
            Assert.Equal([72], parsed.Dataset!.Images!.Preprocess.Resize);
            Assert.Equal(10, Directory.GetDirectories(Path.Combine(folder, "images")).Length);
            var result = await new EvaluationService(new SpecService(NullLogger<SpecService>.Instance))
                .EvaluateAsync(spec, null, null, NoProgress.Instance, CancellationToken.None);
            var model = Assert.Single(result.Models);
            Assert.Null(model.Error);
            Assert.Equal(30, model.Instances);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
