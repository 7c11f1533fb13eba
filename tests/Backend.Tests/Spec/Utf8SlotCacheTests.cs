// Utf8SlotCache's slot hash reads keys in words of different widths by length: each width must stay in range and
// give back what was stored, and distinct ids (which differ only in their last digits) must spread over the slots.
// Its tables are sized to the text, so a small spec does not pay for a large one's.
using System.Text;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class Utf8SlotCacheTests
{
    [Theory]
    [InlineData(Utf8SlotCache<string>.MinSlotBits)]
    [InlineData(10)]
    [InlineData(Utf8SlotCache<string>.MaxSlotBits)]
    public void Every_key_length_that_is_cached_finds_what_was_stored(int slotBits)
    {
        var cache = new Utf8SlotCache<string>(slotBits);
        for (var length = 0; length <= Utf8SlotCache<string>.MaxKeyLength; length++)
        {
            var key = Encoding.UTF8.GetBytes(new string('k', length));
            var slot = cache.SlotOf(key);
            Assert.InRange(slot, 0, (1 << slotBits) - 1);
            cache.Set(slot, key, $"value {length}");
            Assert.True(cache.TryGet(slot, key, out var found));
            Assert.Equal($"value {length}", found);
        }
    }

    [Fact]
    public void A_key_longer_than_the_cache_takes_has_no_slot() =>
        Assert.Equal(-1, new Utf8SlotCache<string>().SlotOf(new byte[Utf8SlotCache<string>.MaxKeyLength + 1]));

    [Fact]
    public void Ids_that_differ_in_their_last_digits_spread_over_the_slots()
    {
        var cache = new Utf8SlotCache<string>(Utf8SlotCache<string>.MaxSlotBits);
        var slots = Enumerable.Range(0, 4096).Select(i => cache.SlotOf(Encoding.UTF8.GetBytes($"mobilenet-v2/{i}"))).ToHashSet();
        // Random placement of 4,096 keys fills about 63% of 4,096 slots; far fewer would mean the hash ignores the digits.
        Assert.True(slots.Count > 2000, $"only {slots.Count} distinct slots");
    }

    [Fact]
    public void The_slots_grow_with_the_text_up_to_the_largest_table()
    {
        Assert.Equal(1 << Utf8SlotCache<string>.MinSlotBits, Utf8SlotCache<string>.ForText(0).Slots);
        Assert.Equal(1 << Utf8SlotCache<string>.MinSlotBits, Utf8SlotCache<string>.ForText(5_000).Slots);
        Assert.Equal(1024, Utf8SlotCache<string>.ForText(360_000).Slots);
        Assert.Equal(1 << Utf8SlotCache<string>.MaxSlotBits, Utf8SlotCache<string>.ForText(3_600_000).Slots);
        Assert.Equal(1 << Utf8SlotCache<string>.MaxSlotBits, Utf8SlotCache<string>.ForText(int.MaxValue).Slots);
    }

    [Fact]
    public void A_key_that_differs_in_one_byte_is_not_found()
    {
        var cache = new Utf8SlotCache<string>();
        var key = "accuracy"u8.ToArray();
        var slot = cache.SlotOf(key);
        cache.Set(slot, key, "accuracy");
        Assert.False(cache.TryGet(slot, "accuracz"u8, out _));
    }

    [Fact]
    public void A_slot_takes_a_longer_key_after_a_shorter_one_and_a_shorter_one_after_that()
    {
        var cache = new Utf8SlotCache<string>();
        // The slot is the caller's to choose: one slot for every length makes its buffer grow through each step.
        foreach (var length in new[] { 3, 17, 64, 5, 33 })
        {
            var key = Encoding.UTF8.GetBytes(new string((char)('a' + length % 26), length));
            cache.Set(7, key, $"value {length}");
            Assert.True(cache.TryGet(7, key, out var found));
            Assert.Equal($"value {length}", found);
            Assert.False(cache.TryGet(7, key.AsSpan(0, length - 1), out _));
        }
    }
}
