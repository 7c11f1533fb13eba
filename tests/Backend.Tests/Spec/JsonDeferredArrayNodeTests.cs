// The deferred "models" array guesses its length from its first items, so the lists filled while it is read are sized
// once instead of doubling. The guess must be close for a spec of alike models and bounded for a hostile one.
using System.Text;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class JsonDeferredArrayNodeTests
{
    static JsonDeferredArrayNode ModelsOf(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.True(JsonPositionTree.TryParse(utf8, new LineIndex(utf8), CancellationToken.None, out var tree, out var error, deferredArray: "models"), error?.Message);
        return Assert.IsType<JsonDeferredArrayNode>(((JsonObjectNode)tree!.Root).Find("models"));
    }

    static string Models(IEnumerable<string> items) => $"{{\"metrics\": [], \"models\": [\n{string.Join(",\n", items)}\n]}}";

    [Fact]
    public void Alike_items_give_an_estimate_close_to_their_number()
    {
        var array = ModelsOf(Models(Enumerable.Range(0, 1_000).Select(i => $"{{\"id\": \"model-{i:D4}\", \"metrics\": {{\"accuracy\": 0.{i:D4}}}}}")));
        Assert.Equal(1_000, array.Count);
        Assert.InRange(array.EstimatedCount, 900, 1_100);
    }

    [Fact]
    public void Fewer_items_than_the_estimate_needs_give_none()
    {
        var array = ModelsOf(Models(Enumerable.Range(0, JsonDeferredArrayNode.ItemsBeforeEstimate - 1).Select(i => $"{{\"id\": \"m{i}\"}}")));
        Assert.Equal(0, array.EstimatedCount);
    }

    [Fact]
    public void Tiny_first_items_before_a_large_one_cannot_reserve_without_bound()
    {
        var items = Enumerable.Repeat("1", JsonDeferredArrayNode.ItemsBeforeEstimate).Append($"\"{new string('x', 2_000_000)}\"");
        var array = ModelsOf(Models(items));
        Assert.Equal(JsonDeferredArrayNode.ItemsBeforeEstimate + 1, array.Count);
        Assert.Equal(JsonDeferredArrayNode.MaxEstimate, array.EstimatedCount);
    }
}
