// The property names the spec parser reads, per kind of object. protocol/spec.schema.json must list the
// same ones (SpecSchemaDriftTests checks it), so editor completion offers exactly what the parser understands.
namespace CompressCompare.Backend.Spec;

public static class SpecFields
{
    /// <summary>The top-level object of a spec file.</summary>
    public static class Top
    {
        public const string Metrics = "metrics";
        public const string Operations = "operations";
        public const string Models = "models";
        public const string Dataset = "dataset";
        public static IReadOnlyList<string> All { get; } = [Metrics, Operations, Models, Dataset];
    }

    /// <summary>One entry of the top-level "metrics" array.</summary>
    public static class Metric
    {
        public const string Name = "name";
        public const string Min = "min";
        public const string Max = "max";
        public const string Primary = "primary";
        public const string Format = "format";
        public const string Unit = "unit";
        public static IReadOnlyList<string> All { get; } = [Name, Min, Max, Primary, Format, Unit];
    }

    /// <summary>One entry of the top-level "operations" array.</summary>
    public static class Operation
    {
        public const string Name = "name";
        public const string Parameters = "parameters";
        public static IReadOnlyList<string> All { get; } = [Name, Parameters];
    }

    /// <summary>The description of one parameter when an operation's "parameters" is an object.</summary>
    public static class ParameterDescription
    {
        public const string Type = "type";
        public const string Min = "min";
        public const string Max = "max";
        public const string Options = "options";
        public static IReadOnlyList<string> All { get; } = [Type, Min, Max, Options];
    }

    /// <summary>One entry of the top-level "models" array.</summary>
    public static class Model
    {
        public const string Id = "id";
        public const string Base = "base";
        public const string Operation = "operation";
        public const string Tag = "tag";
        public const string Metrics = "metrics";
        public const string Artifact = "artifact";
        public const string Outputs = "outputs";
        public const string Output = "output";
        public static IReadOnlyList<string> All { get; } = [Id, Base, Operation, Tag, Metrics, Artifact, Outputs, Output];
    }

    /// <summary>A model's "operation": what was applied to its base.</summary>
    public static class ModelOperation
    {
        public const string Name = "name";
        public const string Parameters = "parameters";
        public static IReadOnlyList<string> All { get; } = [Name, Parameters];
    }

    /// <summary>The top-level "dataset": what the models are evaluated on.</summary>
    public static class Dataset
    {
        public const string Name = "name";
        public const string Inputs = "inputs";
        public const string Labels = "labels";
        public const string Classes = "classes";
        public const string Attributes = "attributes";
        public const string Instance = "instance";
        public const string Output = "output";
        public const string Text = "text";
        public const string Images = "images";
        public const string Task = "task";
        public const string Threshold = "threshold";
        public static IReadOnlyList<string> All { get; } = [Name, Inputs, Labels, Classes, Attributes, Instance, Output, Text, Task, Threshold, Images];
    }

    /// <summary>The dataset's "text": texts tokenized into a text model's inputs.</summary>
    public static class Text
    {
        public const string Texts = "texts";
        public const string Column = "column";
        public const string Tokenizer = "tokenizer";
        public const string Lowercase = "lowercase";
        public const string MaxLength = "maxLength";
        public const string Padding = "padding";
        public const string Truncation = "truncation";
        public static IReadOnlyList<string> All { get; } = [Texts, Column, Tokenizer, Lowercase, MaxLength, Padding, Truncation];
    }

    /// <summary>The dataset's "images": a folder of image files.</summary>
    public static class Images
    {
        public const string Folder = "folder";
        public const string Labels = "labels";
        public const string Input = "input";
        public const string Preprocess = "preprocess";
        public static IReadOnlyList<string> All { get; } = [Folder, Labels, Input, Preprocess];
    }

    /// <summary>The images' "preprocess": torchvision's transforms, in their order.</summary>
    public static class Preprocess
    {
        public const string Resize = "resize";
        public const string CenterCrop = "centerCrop";
        public const string Scale = "scale";
        public const string Mean = "mean";
        public const string Std = "std";
        public const string Channels = "channels";
        public const string Layout = "layout";
        public static IReadOnlyList<string> All { get; } = [Resize, CenterCrop, Scale, Mean, Std, Channels, Layout];
    }

    /// <summary>The dataset's "instance": how one instance is drawn.</summary>
    public static class Instance
    {
        public const string Type = "type";
        public const string Shape = "shape";
        public const string Texts = "texts";
        public static IReadOnlyList<string> All { get; } = [Type, Shape, Texts];
    }
}
