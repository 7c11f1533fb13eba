// The parsed, validated view of one spec file: what `summarize` prints and `spec/summarize` returns.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Spec;

/// <summary>Everything the views need from one spec file, plus every problem found in it.</summary>
public sealed record SpecSummary
{
    /// <summary>Absolute path of the spec file that was read.</summary>
    public required string Path { get; init; }
    /// <summary>Every model that could be read, in file order; models with errors are kept where their id is usable.</summary>
    public required IReadOnlyList<ModelSummary> Models { get; init; }
    /// <summary>Declared metrics, in file order.</summary>
    public required IReadOnlyList<MetricDefinition> Metrics { get; init; }
    /// <summary>Declared operations, in file order, with their parameters normalized.</summary>
    public required IReadOnlyList<OperationDefinition> Operations { get; init; }
    /// <summary>Ids of the models with no base (or whose base could not be resolved), in file order.</summary>
    public required IReadOnlyList<string> Roots { get; init; }
    /// <summary>Where each model sits on the Model Map ("columns by operation").</summary>
    public required MapLayout Layout { get; init; }
    /// <summary>Every problem found, errors and warnings, in file order.</summary>
    public required IReadOnlyList<SpecDiagnostic> Diagnostics { get; init; }
    /// <summary>The data the models are evaluated on; null when the spec names none.</summary>
    public DatasetSummary? Dataset { get; init; }
    /// <summary>
    /// Id of the backend's parse of exactly this content ("sha256:" and the hash of the bytes read): send it back as
    /// `snapshot` with requests about what this summary shows, so they use this spec even after the file changed.
    /// Null when the backend keeps no parse of it (the text is not valid JSON, or is editor text outside the workspace).
    /// </summary>
    public string? Snapshot { get; init; }
}

/// <summary>The spec's evaluation data: arrays on disk next to the spec, class names and how to show an instance.</summary>
public sealed record DatasetSummary
{
    /// <summary>Display name, e.g. "UCI digits (test split)".</summary>
    public string? Name { get; init; }
    /// <summary>Path, relative to the spec, of a .npy array shaped [N, ...instance shape]; null when the spec gives none or gives InputFiles.</summary>
    public string? Inputs { get; init; }
    /// <summary>When "inputs" is an object: a .npy path, relative to the spec, for each model input by name; null otherwise.</summary>
    public IReadOnlyDictionary<string, string>? InputFiles { get; init; }
    /// <summary>When the instances are image files ("images"): the folder, labels and preprocessing; null otherwise.</summary>
    public ImageFolderSummary? Images { get; init; }
    /// <summary>Name of the model output compared, for models that do not name their own; null for the default (the output named "logits" if there is one, else the first).</summary>
    public string? Output { get; init; }
    /// <summary>Path, relative to the spec, of a .npy integer array of N class indices.</summary>
    public string? Labels { get; init; }
    /// <summary>Class names by class index.</summary>
    public required IReadOnlyList<string> Classes { get; init; }
    /// <summary>Path, relative to the spec, of a CSV with a header and one row per instance: attributes that define subgroups.</summary>
    public string? Attributes { get; init; }
    /// <summary>How to show one instance; null when the spec does not say.</summary>
    public InstanceView? Instance { get; init; }
    /// <summary>A text dataset: texts tokenized into the model's inputs; null for array inputs.</summary>
    public TextDataset? Text { get; init; }
    /// <summary>What the models' outputs mean, and so which numbers compare them: "classification" (the default), "binary", "multilabel", "embedding", "regression" or "generation".</summary>
    public DatasetTask Task { get; init; }
    /// <summary>For "multilabel": the probability at or above which a class counts as predicted; null for the default 0.5.</summary>
    public double? Threshold { get; init; }
}

/// <summary>Texts and the tokenizer that turns them into a text model's inputs (input_ids, attention_mask, token_type_ids).</summary>
public sealed record TextDataset
{
    /// <summary>Path, relative to the spec, of a UTF-8 file: one text per line, or a CSV with a header when Column is set.</summary>
    public string? Texts { get; init; }
    /// <summary>The CSV column holding the texts; null when Texts has one text per line.</summary>
    public string? Column { get; init; }
    /// <summary>Path, relative to the spec, of the model's Hugging Face tokenizer.json or WordPiece vocab.txt.</summary>
    public string? Tokenizer { get; init; }
    /// <summary>For a vocab.txt: lower-case (and strip accents) before WordPiece, as uncased BERT models do; tokenizer.json declares its own.</summary>
    public bool Lowercase { get; init; } = true;
    /// <summary>Tokens per instance, [CLS] and [SEP] included; a model with a fixed sequence length uses its own.</summary>
    public int MaxLength { get; init; } = 128;
    /// <summary>"maxLength": pad every instance to MaxLength; "longest": to the dataset's longest text (at most MaxLength).</summary>
    public TextPadding Padding { get; init; } = TextPadding.MaxLength;
    /// <summary>Cut texts longer than MaxLength (true) or refuse them with an error naming the line (false).</summary>
    public bool Truncation { get; init; } = true;
}

/// <summary>How far a text dataset pads its token sequences.</summary>
[JsonConverter(typeof(WireEnumConverter<TextPadding>))]
public enum TextPadding
{
    MaxLength,
    Longest,
}

/// <summary>How an instance of the dataset is drawn.</summary>
public sealed record InstanceView
{
    /// <summary>"image" or "text".</summary>
    public required InstanceKind Type { get; init; }
    /// <summary>For images: [height, width] or [height, width, channels].</summary>
    public IReadOnlyList<int>? Shape { get; init; }
    /// <summary>For text: path, relative to the spec, of a UTF-8 file with one instance per line.</summary>
    public string? Texts { get; init; }
}

/// <summary>What a model's outputs mean (DatasetSummary.Task): it decides which numbers compare a model with its base.</summary>
[JsonConverter(typeof(WireEnumConverter<DatasetTask>))]
public enum DatasetTask
{
    /// <summary>One logit or probability per class; labels are class indices. Today's behaviour and the default.</summary>
    Classification,
    /// <summary>One logit per instance: predicted positive when it is above 0; labels are 0 or 1.</summary>
    Binary,
    /// <summary>One sigmoid logit per class, each class predicted at or above the threshold; labels are an N × K array of 0/1.</summary>
    Multilabel,
    /// <summary>A vector per instance with no classes, compared with the base's by cosine similarity, MSE and relative L2; labels optional.</summary>
    Embedding,
    /// <summary>Raw outputs (one or more floats) compared like embeddings, and with float labels by MSE when labels are given.</summary>
    Regression,
    /// <summary>Generated text from precomputed outputs: a CSV of predicted strings, compared by exact match and token F1.</summary>
    Generation,
}

/// <summary>How an instance is drawn: as an image or as text.</summary>
[JsonConverter(typeof(WireEnumConverter<InstanceKind>))]
public enum InstanceKind
{
    Image,
    Text,
}

/// <summary>One experiment: a model and the operation that made it from its base.</summary>
public sealed record ModelSummary
{
    /// <summary>Unique id of the model within the spec.</summary>
    public required string Id { get; init; }
    /// <summary>Id of the parent model; null for a root.</summary>
    public string? Base { get; init; }
    /// <summary>The operation applied to the base to make this model; null for a root.</summary>
    public OperationApplication? Operation { get; init; }
    /// <summary>Display label; null when the spec gives none.</summary>
    public string? Tag { get; init; }
    /// <summary>Metric values by metric name; null where the spec records no value.</summary>
    public required IReadOnlyDictionary<string, double?> Metrics { get; init; }
    /// <summary>Path of the model file (.onnx, TorchSharp .dat; for probing also .safetensors, PyTorch .pt/.pth/.bin, a sharded .index.json or a Hugging Face model folder) relative to the spec; null when the spec names none.</summary>
    public string? Artifact { get; init; }
    /// <summary>Path, relative to the spec, of the model's precomputed outputs on the dataset (.arrow or .csv, one column per class); null when the spec names none.</summary>
    public string? Outputs { get; init; }
    /// <summary>Name of this model's output to compare, overriding the dataset's "output"; null when the spec names none.</summary>
    public string? Output { get; init; }
    /// <summary>1-based line of the model's object in the spec file.</summary>
    public required int Line { get; init; }
    /// <summary>1-based column (UTF-16 units) of the model's object in the spec file.</summary>
    public required int Column { get; init; }
}

/// <summary>An operation as applied to one model: its name and parameter values.</summary>
public sealed record OperationApplication
{
    /// <summary>Operation name, e.g. "Prune".</summary>
    public required string Name { get; init; }
    /// <summary>Parameter values by name: numbers, strings or booleans as written in the spec.</summary>
    public required IReadOnlyDictionary<string, System.Text.Json.JsonElement> Parameters { get; init; }
}

/// <summary>A metric declared at the top of the spec.</summary>
public sealed record MetricDefinition
{
    /// <summary>Metric name, the key used in each model's metrics.</summary>
    public required string Name { get; init; }
    /// <summary>Lower end of the metric's scale; null when open.</summary>
    public double? Min { get; init; }
    /// <summary>Upper end of the metric's scale; null when open.</summary>
    public double? Max { get; init; }
    /// <summary>Whether the metric is shown by default (sidebar descriptions, map colour).</summary>
    public bool Primary { get; init; }
    /// <summary>d3-format specifier such as ".2~%" or ".2~s"; null for the default.</summary>
    public string? Format { get; init; }
    /// <summary>Unit appended to formatted values, e.g. "ms".</summary>
    public string? Unit { get; init; }
}

/// <summary>An operation declared at the top of the spec.</summary>
public sealed record OperationDefinition
{
    /// <summary>Operation name as models refer to it.</summary>
    public required string Name { get; init; }
    /// <summary>Its parameters, whether the spec listed names only or described each one.</summary>
    public required IReadOnlyList<ParameterDefinition> Parameters { get; init; }
}

/// <summary>One parameter of a declared operation.</summary>
public sealed record ParameterDefinition
{
    /// <summary>Parameter name.</summary>
    public required string Name { get; init; }
    /// <summary>"continuous", "ordinal", "nominal", or "unspecified" when the spec listed the name only.</summary>
    public required ParameterType Type { get; init; }
    /// <summary>Lower bound of a continuous parameter.</summary>
    public double? Min { get; init; }
    /// <summary>Upper bound of a continuous parameter.</summary>
    public double? Max { get; init; }
    /// <summary>Allowed values of an ordinal or nominal parameter, in order.</summary>
    public IReadOnlyList<System.Text.Json.JsonElement>? Options { get; init; }
}

/// <summary>What kind of values an operation parameter takes.</summary>
[JsonConverter(typeof(WireEnumConverter<ParameterType>))]
public enum ParameterType
{
    Continuous,
    Ordinal,
    Nominal,
    /// <summary>The spec listed the parameter's name only.</summary>
    Unspecified,
}

/// <summary>A problem in a spec file, located at the offending JSON.</summary>
public sealed record SpecDiagnostic
{
    /// <summary>"error", "warning" or "information".</summary>
    public required DiagnosticSeverity Severity { get; init; }
    /// <summary>What is wrong and what to do about it.</summary>
    public required string Message { get; init; }
    /// <summary>Stable machine-readable kind, e.g. "duplicate-id" (see DiagnosticCodes).</summary>
    public required string Code { get; init; }
    /// <summary>1-based line where the offending JSON starts.</summary>
    public required int Line { get; init; }
    /// <summary>1-based column (UTF-16 units) where the offending JSON starts.</summary>
    public required int Column { get; init; }
    /// <summary>1-based line where the offending JSON ends.</summary>
    public required int EndLine { get; init; }
    /// <summary>1-based column just past the offending JSON.</summary>
    public required int EndColumn { get; init; }
    /// <summary>Id of the model concerned, when there is one.</summary>
    public string? ModelId { get; init; }
}
