// Reads the dataset's "task" and "threshold": what the models' outputs mean (classes, one logit, a sigmoid per
// class, a vector, generated text), and reports, at the field, the dataset fields that do not fit that task.
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class DatasetTaskReader
{
    const string Owner = "the dataset";

    /// <summary>The task and threshold; an unknown task is reported and read as the default, classification.</summary>
    public static (DatasetTask Task, double? Threshold) Read(JsonObjectNode dataset, SpecDiagnosticSink sink)
    {
        var taskNode = dataset.Find(SpecFields.Dataset.Task);
        var task = DatasetTask.Classification;
        if (taskNode is not null && !taskNode.IsNull && !(taskNode is JsonScalarNode { Text: { } word } && WireEnum.TryParse(word, out task)))
            FieldReader.ReportWrongType(taskNode, SpecFields.Dataset.Task, Owner, WireEnum.AllowedValues(typeof(DatasetTask)), sink);
        var threshold = ReadThreshold(dataset, task, sink);
        CheckLabels(dataset, task, sink);
        CheckClasses(dataset, task, sink);
        return (task, threshold);
    }

    static double? ReadThreshold(JsonObjectNode dataset, DatasetTask task, SpecDiagnosticSink sink)
    {
        var threshold = FieldReader.OptionalNumber(dataset, SpecFields.Dataset.Threshold, Owner, sink);
        if (threshold is null) return null;
        var node = dataset.Find(SpecFields.Dataset.Threshold)!;
        if (threshold is not (> 0 and < 1))
        {
            sink.Error(DiagnosticCodes.TaskMismatch, node.Head,
                $"\"threshold\" of the dataset is {threshold}, but it is a probability strictly between 0 and 1. Use e.g. 0.5, or remove it for the default 0.5.");
            return null;
        }
        if (task != DatasetTask.Multilabel)
            sink.Warning(DiagnosticCodes.TaskMismatch, node.Head,
                $"\"threshold\" only applies to the \"multilabel\" task; this dataset's task is \"{WireEnum.Name(task)}\", so it is ignored. Remove it, or set \"task\": \"multilabel\".");
        return threshold;
    }

    /// <summary>Generated text is compared with reference strings; every other task reads its labels from a .npy array.</summary>
    static void CheckLabels(JsonObjectNode dataset, DatasetTask task, SpecDiagnosticSink sink)
    {
        if (dataset.Find(SpecFields.Dataset.Labels) is not JsonScalarNode { Text: { } labels } node) return;
        var isNpy = labels.EndsWith(".npy", StringComparison.OrdinalIgnoreCase);
        if (task == DatasetTask.Generation && isNpy)
            sink.Error(DiagnosticCodes.TaskMismatch, node.Head,
                "The \"generation\" task compares generated text with reference strings, but \"labels\" names a .npy array. Name a text file (one reference per line) or a CSV with a \"label\" column.");
        else if (task != DatasetTask.Generation && !isNpy)
            sink.Error(DiagnosticCodes.TaskMismatch, node.Head,
                $"The \"{WireEnum.Name(task)}\" task reads its labels from a NumPy .npy array, but \"labels\" is \"{labels}\". Save them with numpy.save ({LabelsShape(task)}).");
    }

    static void CheckClasses(JsonObjectNode dataset, DatasetTask task, SpecDiagnosticSink sink)
    {
        if (dataset.Find(SpecFields.Dataset.Classes) is not JsonArrayNode { Items.Count: > 0 } classes) return;
        if (task is DatasetTask.Embedding or DatasetTask.Regression or DatasetTask.Generation)
            sink.Warning(DiagnosticCodes.TaskMismatch, classes.Head,
                $"The \"{WireEnum.Name(task)}\" task has no classes, so \"classes\" is ignored. Remove it, or set the task that has classes.");
        else if (task == DatasetTask.Binary && classes.Items.Count != 2)
            sink.Error(DiagnosticCodes.TaskMismatch, classes.Head,
                $"The \"binary\" task has two classes (label 0 and label 1), but \"classes\" lists {classes.Items.Count}. List two names, negative first, e.g. [\"no\", \"yes\"].");
    }

    static string LabelsShape(DatasetTask task) => task switch
    {
        DatasetTask.Binary => "N integers 0 or 1",
        DatasetTask.Multilabel => "an N × classes array of 0/1",
        DatasetTask.Regression => "N floats, or N × outputs floats",
        DatasetTask.Embedding => "optional; any array of N rows",
        _ => "N integer class indices",
    };
}
