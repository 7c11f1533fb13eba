// Model ids made from run names: safe characters only, unique in the spec, a repeat told apart by its run id.
using CompressCompare.Backend.Importers;

namespace Backend.Tests.Importers;

public sealed class ModelIdAllocatorTests
{
    [Theory]
    [InlineData("pruned 50% / int8", "pruned-50-int8")]
    [InlineData("  résumé-v2.1  ", "r-sum-v2.1")]
    [InlineData("---", "run-0123abcd")]
    public void Names_become_safe_ids(string name, string expected) =>
        Assert.Equal(expected, new ModelIdAllocator([]).Allocate(name, "0123abcdef"));

    [Fact]
    public void A_taken_id_gets_the_run_ids_first_characters_then_a_number()
    {
        var ids = new ModelIdAllocator(["train"]);
        Assert.Equal("train-aaaaaaaa", ids.Allocate("train", "aaaaaaaa11"));
        Assert.Equal("train-aaaaaaaa-2", ids.Allocate("train", "aaaaaaaa22"));
        Assert.Equal("train-bbbbbbbb", ids.Allocate("train", "bbbbbbbb33"));
    }
}
