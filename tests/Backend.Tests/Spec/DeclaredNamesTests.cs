// DeclaredNames remembers a few found names by reference; past that many it must still answer from the set.
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class DeclaredNamesTests
{
    [Fact]
    public void More_names_than_it_remembers_are_all_found_again_and_others_are_not()
    {
        var declared = Enumerable.Range(0, 20).Select(i => $"metric{i}").ToHashSet(StringComparer.Ordinal);
        var names = new DeclaredNames(declared);
        for (var round = 0; round < 3; round++)
            foreach (var name in declared)
            {
                Assert.True(names.Contains(name));
                // The same text in another string is found through the set.
                Assert.True(names.Contains(new string(name.AsSpan())));
            }
        Assert.False(names.Contains("metric20"));
        Assert.False(names.Contains(""));
    }
}
