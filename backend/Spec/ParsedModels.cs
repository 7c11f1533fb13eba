// The models of a parse, with the base links the parser already resolved to indices. The Model Map's layout starts
// from those links instead of hashing every id again: at 100,000 models that look-up was a fifth of the layout.
using System.Collections;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// The parsed models in file order (ids distinct); <see cref="ParentOf"/> is the index of a model's base, -1 for a
/// root (Base null). A list built otherwise (a spec changed with `with`) is a plain list and carries no links.
/// </summary>
/// <param name="indexById">Each model's id and its index: the parse's own index, kept so that Selection Details finds
/// models without indexing all of them again per request (at 100,000 models most of that request's time).</param>
internal sealed class ParsedModels(ModelSummary[] models, int[] parents, IReadOnlyDictionary<string, int> indexById) : IReadOnlyList<ModelSummary>
{
    public ModelSummary this[int index] => models[index];
    public int Count => models.Length;
    public int ParentOf(int index) => parents[index];

    /// <summary>The model with id <paramref name="id"/>, or null when there is none.</summary>
    public ModelSummary? Find(string id) => indexById.TryGetValue(id, out var index) ? models[index] : null;

    public IEnumerator<ModelSummary> GetEnumerator() => ((IEnumerable<ModelSummary>)models).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
