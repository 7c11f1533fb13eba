// `behaviors/instances`: filter, sort and page the per-instance rows in the backend, so 100,000 rows never
// cross the wire and a page costs one pass plus one sort.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Behaviors;

public static class InstanceTable
{
    public const int MaxLimit = InstancePaging.MaxRows;

    public static InstancesPage Page(InstanceBehaviors data, InstanceSort? sort, InstanceFilter? filter, int offset, int limit)
    {
        var kept = Filter(data, filter);
        if (sort is not null) Sort(data, kept, sort);
        var start = Math.Clamp(offset, 0, kept.Count);
        var count = Math.Min(Math.Clamp(limit, 0, MaxLimit), kept.Count - start);
        var rows = new List<InstanceRow>(count);
        for (var r = start; r < start + count; r++) rows.Add(Row(data, kept[r]));
        return new InstancesPage { Total = kept.Count, Rows = rows };
    }

    static List<int> Filter(InstanceBehaviors data, InstanceFilter? filter)
    {
        // Unknown words never get here: the wire converter refuses them while reading the request, naming the allowed ones.
        var change = filter?.Change is null or InstanceChange.All ? null : filter.Change;
        var model = change is null ? null : Model(data, filter!.ModelId, "the change filter");
        bool[]? classAllowed = null;
        if (filter?.ClassIndex is { } classIndex || !string.IsNullOrEmpty(filter?.Search))
        {
            classAllowed = new bool[data.ClassNames.Count];
            for (var c = 0; c < classAllowed.Length; c++)
                classAllowed[c] = (filter!.ClassIndex is null || filter.ClassIndex == c)
                    && (string.IsNullOrEmpty(filter.Search) || data.ClassNames[c].Contains(filter.Search, StringComparison.OrdinalIgnoreCase));
        }
        var candidates = filter?.Instances is { } listed ? Listed(data, listed) : null;
        var kept = new List<int>(candidates?.Count ?? data.Count);
        for (var n = 0; n < (candidates?.Count ?? data.Count); n++)
        {
            var i = candidates?[n] ?? n;
            // A dataset without classes (embeddings) has no instance of any class.
            if (classAllowed is not null && (classAllowed.Length == 0 || !HasAllowedClass(data, classAllowed, i))) continue;
            if (model is not null && !Matches(model, i, change!.Value)) continue;
            kept.Add(i);
        }
        return kept;
    }

    /// <summary>Whether the instance's true class is allowed; for multilabel, whether any of its labelled classes is.</summary>
    static bool HasAllowedClass(InstanceBehaviors data, bool[] classAllowed, int i)
    {
        if (data.Behaviors[0].Multilabel is not { } ml) return classAllowed[data.Labels[i]];
        for (var c = 0; c < ml.Classes; c++)
            if (classAllowed[c] && ml.Labels[i * ml.Classes + c] == 1) return true;
        return false;
    }

    /// <summary>The listed instances in dataset order, once each, so sorting and paging behave as for the whole table.</summary>
    static List<int> Listed(InstanceBehaviors data, IReadOnlyList<int> listed)
    {
        if (listed.Count > MaxLimit)
            throw Invalid($"The instance filter lists {listed.Count} instances; at most {MaxLimit} can be asked for at once.",
                $"Ask for the instances in pages of up to {MaxLimit}, or filter by class or change instead.");
        if (listed.Any(i => i < 0 || i >= data.Count))
            throw Invalid($"Instance {listed.First(i => i < 0 || i >= data.Count)} is not in the dataset, which has {data.Count} instances.",
                $"Ask for instance indices from 0 to {data.Count - 1}.");
        var set = new SortedSet<int>(listed);
        return [.. set];
    }

    static bool Matches(ModelBehavior model, int i, InstanceChange change) => change switch
    {
        InstanceChange.Disagree => !model.Agrees[i],
        InstanceChange.Fixed => model.Change[i] == CorrectnessChange.Fixed,
        InstanceChange.Broken => model.Change[i] == CorrectnessChange.Broken,
        InstanceChange.BothRight => model.Change[i] == CorrectnessChange.BothRight,
        _ => model.Change[i] == CorrectnessChange.BothWrong,
    };

    static void Sort(InstanceBehaviors data, List<int> kept, InstanceSort sort)
    {
        float[] keys;
        if (sort.Field == InstanceSortField.Flips)
            keys = Keys(data.Count, i => data.Flips[i]);
        else
        {
            var m = Model(data, sort.ModelId, $"sorting by \"{WireEnum.Name(sort.Field)}\"");
            keys = sort.Field switch
            {
                InstanceSortField.Correct => Keys(data.Count, i => m.Correct(i) ? 1 : 0),
                InstanceSortField.Confidence => m.Confidence,
                InstanceSortField.ConfidenceChange => m.ConfidenceChange,
                InstanceSortField.Kl => m.Kl,
                InstanceSortField.Agrees => Keys(data.Count, i => m.Agrees[i] ? 1 : 0),
                InstanceSortField.Cosine => VectorOf(m, sort.Field).Cosine,
                InstanceSortField.Mse => VectorOf(m, sort.Field).Mse,
                InstanceSortField.RelativeL2 => VectorOf(m, sort.Field).RelativeL2,
                _ => VectorOf(m, sort.Field).LabelMse ?? throw Invalid($"Sorting by \"{WireEnum.Name(sort.Field)}\" needs regression labels, and the dataset names none.",
                    "Add \"labels\" to the dataset: a .npy of the target values, one row per instance."),
            };
        }
        var sign = sort.Descending ? -1 : 1;
        // Ties keep dataset order in both directions, so equal values never reshuffle between pages.
        kept.Sort((a, b) => keys[a] != keys[b] ? sign * keys[a].CompareTo(keys[b]) : a.CompareTo(b));
    }

    static VectorChange VectorOf(ModelBehavior model, InstanceSortField field) => model.Vector ?? throw Invalid(
        $"Sorting by \"{WireEnum.Name(field)}\" compares output vectors, which only the \"embedding\" and \"regression\" tasks have.",
        "Sort by \"flips\", \"correct\", \"confidence\", \"confidenceChange\", \"kl\" or \"agrees\", or set the dataset's \"task\".");

    static float[] Keys(int count, Func<int, float> key)
    {
        var keys = new float[count];
        for (var i = 0; i < count; i++) keys[i] = key(i);
        return keys;
    }

    static ModelBehavior Model(InstanceBehaviors data, string? modelId, string purpose)
    {
        var ids = string.Join(", ", data.Behaviors.Select(b => b.ModelId));
        if (modelId is null)
            throw Invalid($"{char.ToUpperInvariant(purpose[0])}{purpose[1..]} needs a model id.", $"Name one of the compared models: {ids}.");
        var m = data.IndexOf(modelId);
        return m >= 0 ? data.Behaviors[m]
            : throw Invalid($"Model \"{modelId}\" named by {purpose} is not one of the compared models.", $"Use one of: {ids}.");
    }

    static InstanceRow Row(InstanceBehaviors data, int i)
    {
        var predictions = new InstancePrediction[data.Behaviors.Count];
        for (var m = 0; m < predictions.Length; m++)
        {
            var b = data.Behaviors[m];
            predictions[m] = new InstancePrediction
            {
                Predicted = b.Predicted[i],
                Confidence = b.Confidence[i],
                Correct = b.Correct(i),
                Agrees = b.Agrees[i],
                Kl = b.Kl[i],
                ConfidenceChange = b.ConfidenceChange[i],
                Change = b.Change[i],
                PredictedSet = b.Multilabel is { } ml ? SetOf(ml.Bits, ml.Classes, i) : null,
                Cosine = b.Vector?.Cosine[i],
                Mse = b.Vector?.Mse[i],
                RelativeL2 = b.Vector?.RelativeL2[i],
                LabelMse = b.Vector?.LabelMse?[i],
                Text = b.Text?.Texts[i],
                TokenF1 = b.Text?.TokenF1?[i],
                TokenF1ToBase = b.Text?.TokenF1ToBase[i],
            };
        }
        var labels = data.Behaviors[0].Multilabel is { } labelled ? SetOf(labelled.Labels, labelled.Classes, i) : null;
        return new InstanceRow { Instance = i, Label = data.Labels[i], Labels = labels, Flips = data.Flips[i], Predictions = predictions };
    }

    /// <summary>The classes set to 1 in instance <paramref name="i"/>'s row of a row-major [instances × classes] 0/1 array, ascending.</summary>
    static int[] SetOf(byte[] bits, int classes, int i)
    {
        var set = new List<int>();
        for (var c = 0; c < classes; c++)
            if (bits[i * classes + c] == 1) set.Add(c);
        return [.. set];
    }

    static BackendException Invalid(string message, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { Hint = hint });
}
