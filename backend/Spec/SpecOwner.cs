// What a spec diagnostic says a field belongs to ("model \"prune-50\"", "metric \"F1\""). A model's owner text was
// built for every model read, though only a model with a problem ever shows it: at 100,000 models that was 7 MB of
// garbage per parse. This carries the model's id instead and writes the text only when a message is made.
namespace CompressCompare.Backend.Spec;

/// <summary>A fixed owner text, or a model named by its id; formats as the text a message shows.</summary>
internal readonly struct SpecOwner
{
    private readonly string? _text;
    private readonly string? _modelId;

    private SpecOwner(string? text, string? modelId) => (_text, _modelId) = (text, modelId);

    /// <summary>Reads as <c>model "id"</c>.</summary>
    public static SpecOwner Model(string id) => new(null, id);

    public static implicit operator SpecOwner(string text) => new(text, null);

    public override string ToString() => _text ?? $"model \"{_modelId}\"";
}
