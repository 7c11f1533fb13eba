// The fixed words and bound of a `behaviors/instances` request: the backend checks against them and the
// Behaviors webview offers them, both reading these (the webview through contract.json's constants).
namespace CompressCompare.Protocol.Behaviors;

/// <summary>How much one `behaviors/instances` request may ask for.</summary>
public static class InstancePaging
{
    /// <summary>The most rows one page returns (InstancesParams.Limit), and the most instances an InstanceFilter may list.</summary>
    public const int MaxRows = 1000;
}

/// <summary>The fields instance rows sort by (InstanceSort.Field), in the order the webview offers them.</summary>
public static class InstanceSortFields
{
    /// <summary>How many compared models disagree with the base; the only field that needs no model id.</summary>
    public const string Flips = "flips";
    /// <summary>Whether the model's prediction is the true class.</summary>
    public const string Correct = "correct";
    /// <summary>The model's top-1 probability.</summary>
    public const string Confidence = "confidence";
    /// <summary>The model's confidence minus the base's.</summary>
    public const string ConfidenceChange = "confidenceChange";
    /// <summary>KL(base ‖ model) of the softmax outputs.</summary>
    public const string Kl = "kl";
    /// <summary>Whether the model's prediction equals the base's.</summary>
    public const string Agrees = "agrees";
}

/// <summary>The change conditions instance rows filter by (InstanceFilter.Change), in the order the webview offers them.</summary>
public static class InstanceChanges
{
    /// <summary>No change condition.</summary>
    public const string All = "all";
    /// <summary>The base was wrong, the model is right.</summary>
    public const string Fixed = "fixed";
    /// <summary>The base was right, the model is wrong.</summary>
    public const string Broken = "broken";
    /// <summary>Both the base and the model are right.</summary>
    public const string BothRight = "bothRight";
    /// <summary>Both the base and the model are wrong.</summary>
    public const string BothWrong = "bothWrong";
    /// <summary>The model's prediction differs from the base's.</summary>
    public const string Disagree = "disagree";
}
