// The fixed words and bound of a `behaviors/instances` request: the backend checks against them and the
// Behaviors webview offers them, both reading these (the webview through contract.json's constants).
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Behaviors;

/// <summary>How much one `behaviors/instances` request may ask for.</summary>
public static class InstancePaging
{
    /// <summary>The most rows one page returns (InstancesParams.Limit), and the most instances an InstanceFilter may list.</summary>
    public const int MaxRows = 1000;
}

/// <summary>The fields instance rows sort by (InstanceSort.Field), in the order the webview offers them.</summary>
[JsonConverter(typeof(WireEnumConverter<InstanceSortField>))]
public enum InstanceSortField
{
    /// <summary>How many compared models disagree with the base; the only field that needs no model id.</summary>
    Flips,
    /// <summary>Whether the model's prediction is the true class.</summary>
    Correct,
    /// <summary>The model's top-1 probability.</summary>
    Confidence,
    /// <summary>The model's confidence minus the base's.</summary>
    ConfidenceChange,
    /// <summary>KL(base ‖ model) of the softmax outputs.</summary>
    Kl,
    /// <summary>Whether the model's prediction equals the base's.</summary>
    Agrees,
    /// <summary>Embedding/regression: cosine similarity of the model's output with the base's (ascending = moved most first).</summary>
    Cosine,
    /// <summary>Embedding/regression: mean squared difference from the base's output.</summary>
    Mse,
    /// <summary>Embedding/regression: ‖model − base‖ / ‖base‖.</summary>
    RelativeL2,
    /// <summary>Regression with labels: the model's squared error to the label.</summary>
    LabelMse,
}

/// <summary>The change conditions instance rows filter by (InstanceFilter.Change), in the order the webview offers them.</summary>
[JsonConverter(typeof(WireEnumConverter<InstanceChange>))]
public enum InstanceChange
{
    /// <summary>No change condition.</summary>
    All,
    /// <summary>The base was wrong, the model is right.</summary>
    Fixed,
    /// <summary>The base was right, the model is wrong.</summary>
    Broken,
    /// <summary>Both the base and the model are right.</summary>
    BothRight,
    /// <summary>Both the base and the model are wrong.</summary>
    BothWrong,
    /// <summary>The model's prediction differs from the base's.</summary>
    Disagree,
}

/// <summary>How a model's correctness changed relative to the base's on one instance (InstancePrediction.Change).</summary>
[JsonConverter(typeof(WireEnumConverter<CorrectnessChange>))]
public enum CorrectnessChange : byte
{
    /// <summary>Both the base and this model are right.</summary>
    BothRight = 0,
    /// <summary>The base was wrong, this model is right.</summary>
    Fixed = 1,
    /// <summary>The base was right, this model is wrong.</summary>
    Broken = 2,
    /// <summary>Both the base and this model are wrong.</summary>
    BothWrong = 3,
}
