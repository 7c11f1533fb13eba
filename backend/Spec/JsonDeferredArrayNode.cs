// The top-level "models" array as the spec parser first meets it: checked as JSON and measured, but with each
// item's nodes built only when that model is read. A whole-file tree of 100,000 models held about 2.5 million
// nodes at once; item by item, each model's nodes are garbage as soon as the model is read.
using System.Text.Json;

namespace CompressCompare.Backend.Spec;

/// <summary>An array whose items are known by their byte spans; <see cref="Read"/> builds one item's nodes.</summary>
internal sealed class JsonDeferredArrayNode(int start, JsonPositionTree tree) : JsonNode(start)
{
    /// <summary>Items met before the array's length is estimated from their size (see <see cref="EstimatedCount"/>).</summary>
    internal const int ItemsBeforeEstimate = 16;
    // An estimate from a few small items can be far too high: it never reserves more than this.
    internal const int MaxEstimate = 1 << 18;

    readonly List<(int Start, int End, bool Container)> _items = [];

    public override JsonValueKind Kind => JsonValueKind.Array;

    public int Count => _items.Count;

    /// <summary>Where a diagnostic about item <paramref name="index"/> as a whole points (see JsonNode.Head).</summary>
    public (int Start, int End) HeadOf(int index)
    {
        var (itemStart, itemEnd, container) = _items[index];
        return container ? (itemStart, itemStart + 1) : (itemStart, itemEnd);
    }

    /// <summary>The nodes of item <paramref name="index"/>, built now and not kept.</summary>
    public JsonNode Read(int index) => tree.ReadAt(_items[index].Start, _items[index].End);

    /// <summary>
    /// How many items the array likely holds, once <see cref="ItemsBeforeEstimate"/> have been met (0 before): the rest
    /// of the text over their average size. Lists sized to it while the items are read do not grow by doubling, whose
    /// copies were about 15% of what a 1,000-model spec's parse allocated.
    /// </summary>
    public int EstimatedCount { get; private set; }

    internal void Add(int itemStart, int itemEnd, bool container)
    {
        _items.Add((itemStart, itemEnd, container));
        if (_items.Count != ItemsBeforeEstimate) return;
        var itemBytes = Math.Max(1L, (itemEnd - Start) / ItemsBeforeEstimate);
        EstimatedCount = (int)Math.Clamp((tree.TextLength - Start) / itemBytes, ItemsBeforeEstimate, MaxEstimate);
        _items.EnsureCapacity(EstimatedCount);
    }
}
