// SharedKeyDictionaryBuilder packs the values of many dictionaries into shared slabs that start small and grow:
// every dictionary must keep its own values across slab boundaries, whatever its length.
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class SharedKeyDictionaryTests
{
    [Fact]
    public void Each_dictionary_keeps_its_values_across_growing_slabs()
    {
        var builder = new SharedKeyDictionaryBuilder<double?>();
        var built = new List<IReadOnlyDictionary<string, double?>>();
        // Lengths 1 to 7 in turn, far past the point where the slabs reach their full length.
        for (var i = 0; i < 6_000; i++)
        {
            for (var k = 0; k <= i % 7; k++) builder.Set($"metric{k}", i * 10 + k);
            built.Add(builder.Build());
        }
        for (var i = 0; i < built.Count; i++)
        {
            Assert.Equal(i % 7 + 1, built[i].Count);
            for (var k = 0; k <= i % 7; k++) Assert.Equal(i * 10 + k, built[i][$"metric{k}"]);
        }
    }

    [Fact]
    public void A_dictionary_longer_than_a_slab_gets_one_of_its_own()
    {
        var builder = new SharedKeyDictionaryBuilder<double?>();
        builder.Set("first", 1);
        var first = builder.Build();
        var length = SharedKeyDictionaryBuilder<double?>.SlabLength + 5;
        for (var k = 0; k < length; k++) builder.Set($"k{k}", k);
        var longOne = builder.Build();
        builder.Set("after", 2);
        var after = builder.Build();

        Assert.Equal(1, first["first"]);
        Assert.Equal(length, longOne.Count);
        Assert.Equal(length - 1, longOne[$"k{length - 1}"]);
        Assert.Equal(2, after["after"]);
    }

    [Fact]
    public void A_repeated_key_keeps_its_first_place_and_takes_the_last_value()
    {
        var builder = new SharedKeyDictionaryBuilder<double?>();
        builder.Set("accuracy", 0.5);
        builder.Set("size", 10);
        builder.Set("accuracy", 0.9);
        var dictionary = builder.Build();
        Assert.Equal(["accuracy", "size"], dictionary.Keys);
        Assert.Equal(0.9, dictionary["accuracy"]);
    }
}
