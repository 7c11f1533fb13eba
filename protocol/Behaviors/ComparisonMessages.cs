// Parameters and results of `behaviors/compare`: how models behave against a base model, overall, per
// class, per subgroup, and which instances compression flips.
namespace CompressCompare.Protocol.Behaviors;

/// <summary>Compare models' predictions with a base model's on the spec's dataset.</summary>
public sealed record CompareParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Id of the base model every other model is compared with.</summary>
    public required string BaseId { get; init; }
    /// <summary>Ids of the compared models; the base may be listed or not, it always comes first in the result.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent while models are evaluated; null for none.</summary>
    public string? WorkDoneToken { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>The comparison of models with a base, at every level of aggregation.</summary>
public sealed record BehaviorComparison
{
    /// <summary>Id of the base model.</summary>
    public required string Base { get; init; }
    /// <summary>The compared models, base first, then in the order requested.</summary>
    public required IReadOnlyList<string> Models { get; init; }
    /// <summary>Number of dataset instances compared.</summary>
    public required int InstanceCount { get; init; }
    /// <summary>The dataset's task: which of the stats below are filled ("embedding" and "regression" fill the vector ones, not the class ones).</summary>
    public Spec.DatasetTask Task { get; init; }
    /// <summary>Class names by class index.</summary>
    public required IReadOnlyList<string> ClassNames { get; init; }
    /// <summary>Over all instances, by model id (the base included: it agrees with itself fully).</summary>
    public required IReadOnlyDictionary<string, BehaviorStats> Overall { get; init; }
    /// <summary>Per true class, in class index order.</summary>
    public required IReadOnlyList<ClassComparison> Classes { get; init; }
    /// <summary>Per value of each instance attribute of the dataset (e.g. "young" = "true"); empty when the dataset has none.</summary>
    public required IReadOnlyList<SubgroupComparison> Subgroups { get; init; }
    /// <summary>Instances the most compared models flip relative to the base (prediction differs from the base's), most flips first; for embedding/regression the instances whose outputs moved most (largest Moved first); at most 100.</summary>
    public required IReadOnlyList<Exemplar> Exemplars { get; init; }
}

/// <summary>How one model behaves on a set of instances, compared with the base on the same instances.</summary>
public sealed record BehaviorStats
{
    /// <summary>Number of instances in the set.</summary>
    public required int Count { get; init; }
    /// <summary>Fraction of instances predicted correctly (multilabel: the exact labelled set; in a multilabel class row, that class right); null when the set is empty or the task has no classes.</summary>
    public double? Accuracy { get; init; }
    /// <summary>Number of wrong predictions.</summary>
    public required int Errors { get; init; }
    /// <summary>Fraction of instances whose top-1 prediction equals the base's (multilabel: every class's, or in a class row that class's); null when the set is empty or the task has no classes.</summary>
    public double? Agreement { get; init; }
    /// <summary>Mean KL divergence KL(base ‖ model) of the softmax outputs, in nats; null when the set is empty.</summary>
    public double? MeanKl { get; init; }
    /// <summary>(errors − base errors) / base errors, e.g. 1.455 for "+145.5% more errors"; 0 when both have no errors; null when the base has none and the model has some (unbounded).</summary>
    public double? RelativeErrorChange { get; init; }
    /// <summary>Mean top-1 softmax probability; null when the set is empty.</summary>
    public double? MeanConfidence { get; init; }
    /// <summary>Instances the base got wrong and this model right.</summary>
    public required int Fixed { get; init; }
    /// <summary>Instances the base got right and this model wrong.</summary>
    public required int Broken { get; init; }
    /// <summary>Embedding/regression: mean cosine similarity of the model's output vector with the base's (1 = same direction); null for other tasks.</summary>
    public double? MeanCosine { get; init; }
    /// <summary>Embedding/regression: mean over instances of the mean squared difference between the model's and the base's outputs; null for other tasks.</summary>
    public double? MeanMse { get; init; }
    /// <summary>Embedding/regression: mean of ‖model − base‖ / ‖base‖ per instance; null for other tasks.</summary>
    public double? MeanRelativeL2 { get; init; }
    /// <summary>Regression with labels: mean squared error of the model's outputs to the labels; null otherwise.</summary>
    public double? LabelMse { get; init; }
    /// <summary>Regression with labels: this model's LabelMse minus the base's on the same instances (negative = closer to the labels); null otherwise.</summary>
    public double? LabelMseChange { get; init; }
    /// <summary>Multilabel: in a class row that class's F1 at the threshold, 2·TP / (2·TP + FP + FN); overall and per subgroup the macro F1 over classes; null for other tasks or when no instance is labelled or predicted.</summary>
    public double? F1Score { get; init; }
    /// <summary>Multilabel: mean fraction of classes whose prediction differs from the base's (Hamming distance / classes); null otherwise.</summary>
    public double? HammingToBase { get; init; }
    /// <summary>Multilabel: mean fraction of classes predicted wrong (Hamming loss); null otherwise.</summary>
    public double? HammingLoss { get; init; }
    /// <summary>Generation with references: mean SQuAD-style token F1 of the generated text to the reference (Accuracy is then the exact-match rate); null otherwise.</summary>
    public double? TokenF1 { get; init; }
    /// <summary>Generation: mean token F1 of the generated text to the base's (Agreement is then the exact-match rate with the base); null otherwise.</summary>
    public double? TokenF1ToBase { get; init; }
}

/// <summary>The comparison restricted to one true class.</summary>
public sealed record ClassComparison
{
    /// <summary>Class name.</summary>
    public required string Class { get; init; }
    /// <summary>Class index.</summary>
    public required int Index { get; init; }
    /// <summary>Number of instances of the class.</summary>
    public required int Count { get; init; }
    /// <summary>By model id, base included.</summary>
    public required IReadOnlyDictionary<string, BehaviorStats> Models { get; init; }
}

/// <summary>The comparison restricted to the instances whose attribute has one value.</summary>
public sealed record SubgroupComparison
{
    /// <summary>Attribute (CSV column) name.</summary>
    public required string Attribute { get; init; }
    /// <summary>The attribute's value, as written in the CSV.</summary>
    public required string Value { get; init; }
    /// <summary>Number of instances in the subgroup.</summary>
    public required int Count { get; init; }
    /// <summary>By model id, base included.</summary>
    public required IReadOnlyDictionary<string, BehaviorStats> Models { get; init; }
}

/// <summary>An instance that compression changes: how many compared models predict differently from the base.</summary>
public sealed record Exemplar
{
    /// <summary>0-based index of the instance in the dataset.</summary>
    public required int Instance { get; init; }
    /// <summary>Number of compared models (the base excluded) whose top-1 prediction differs from the base's.</summary>
    public required int Flips { get; init; }
    /// <summary>The instance's true class name ("" when the task has no classes).</summary>
    public required string Label { get; init; }
    /// <summary>Embedding/regression: the compared models' mean relative L2 from the base's output on this instance (exemplars are then the instances that moved most); null for other tasks.</summary>
    public double? Moved { get; init; }
}
