// Reuses the nodes of one entry of the spec's "models" array for the next. Each model's nodes are garbage as soon as
// the model is read; at 100,000 models they were about 150 MB of short-lived objects per parse, which the runtime
// only kept in check by forcing a gen0 collection every 8 MB, at a third of the parse's time. Reused, they are a few
// dozen objects for the whole parse, whatever the number of models.
namespace CompressCompare.Backend.Spec;

/// <summary>
/// Hands out nodes for one item, or one batch of items (DeferredItemPipeline): <see cref="Reset"/> takes every node
/// back, so nodes handed out before it must no longer be used (ModelReader keeps positions and strings from them,
/// never the nodes).
/// </summary>
internal sealed class JsonNodePool
{
    private readonly List<JsonObjectNode> _objects = [];
    private readonly List<JsonArrayNode> _arrays = [];
    private readonly List<JsonScalarNode> _scalars = [];
    private readonly List<JsonPropertyNode> _properties = [];
    private int _objectsUsed, _arraysUsed, _scalarsUsed, _propertiesUsed;

    /// <summary>Takes back every node handed out so far.</summary>
    public void Reset() => (_objectsUsed, _arraysUsed, _scalarsUsed, _propertiesUsed) = (0, 0, 0, 0);

    public JsonObjectNode Object(int start) =>
        _objectsUsed < _objects.Count ? _objects[_objectsUsed++].Reuse(start) : Fresh(_objects, ref _objectsUsed, new JsonObjectNode(start));

    public JsonArrayNode Array(int start) =>
        _arraysUsed < _arrays.Count ? _arrays[_arraysUsed++].Reuse(start) : Fresh(_arrays, ref _arraysUsed, new JsonArrayNode(start));

    public JsonScalarNode Scalar(int start, int end, System.Text.Json.JsonValueKind kind, string? text, double? number) =>
        _scalarsUsed < _scalars.Count
            ? _scalars[_scalarsUsed++].Reuse(start, end, kind, text, number)
            : Fresh(_scalars, ref _scalarsUsed, new JsonScalarNode(start, end, kind, text, number));

    public JsonPropertyNode Property(string name, int nameStart, int nameEnd, JsonNode value) =>
        _propertiesUsed < _properties.Count
            ? _properties[_propertiesUsed++].Reuse(name, nameStart, nameEnd, value)
            : Fresh(_properties, ref _propertiesUsed, new JsonPropertyNode(name, nameStart, nameEnd, value));

    private static T Fresh<T>(List<T> held, ref int used, T node)
    {
        held.Add(node);
        used++;
        return node;
    }
}
