// The spec's dataset as the evaluation reads it: inputs as float32 [N × D] (uint8 widened), or, for named inputs
// or other dtypes, each array as stored (Tensors) for the model's signature to cast; labels as class indices, and
// the content hash that keys the cache. Loaded once per request and shared by its models.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation.Text;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

internal sealed class EvaluationDataset
{
    readonly StreamedArray<float>? _streamed;

    /// <summary>One array of the dataset's inputs: <paramref name="Name"/> is the model input it feeds, null for the one unnamed array.</summary>
    public sealed record NamedArray(string? Name, string Path, StreamedNpy Array);

    EvaluationDataset(StreamedArray<float>? streamed, int[] labels, int[] instanceShape, IReadOnlyList<string> classes, string hash,
        IReadOnlyList<NamedArray>? tensors = null, NamedArray? stored = null)
    {
        Tensors = tensors;
        Stored = stored;
        _streamed = streamed;
        Labels = labels;
        InstanceShape = instanceShape;
        Classes = classes;
        Hash = hash;
    }

    /// <summary>Every input, row-major [Count × Features]; waits for a streamed read to finish.</summary>
    public float[] Inputs => InputsUpTo(Count, CancellationToken.None);

    /// <summary>The inputs array once rows [0, <paramref name="rows"/>) are in it (later rows may still be arriving).</summary>
    public float[] InputsUpTo(int rows, CancellationToken cancellationToken) => _streamed?.UpTo(rows, cancellationToken)
        ?? throw new EvaluationException("The dataset is text (its instances become token ids per model), so module activations, which are sampled from float input arrays, cannot be read from it.",
            "Probe the weights alone (leave out --activations), or give the dataset float \"inputs\" to sample activations.");
    /// <summary>A text dataset's texts and tokenizer (its inputs are made per model); null for arrays.</summary>
    public TokenizedTexts? Text { get; private init; }
    public int[] Labels { get; }
    /// <summary>The arrays as stored, when the inputs are named or not float32/float64/uint8; null when they are one float array (<see cref="Inputs"/>).</summary>
    public IReadOnlyList<NamedArray>? Tensors { get; }
    /// <summary>The one float64 or uint8 array with its stored dtype, so another model input type casts from it (its floats are <see cref="Inputs"/>); null otherwise.</summary>
    public NamedArray? Stored { get; }
    /// <summary>The image folder the instances are decoded from batch by batch, when the dataset is one; null otherwise.</summary>
    public Images.ImageFolder? Images { get; private init; }
    /// <summary>How an image-folder dataset's images become instances; null otherwise.</summary>
    public Data.Images.ImageTransform? Transform { get; private init; }
    public ImagePreprocess? Preprocess => Transform?.Preprocess;

    /// <summary>Image-folder instances <paramref name="indices"/>, decoded and preprocessed, row-major (a sample, not the dataset).</summary>
    public float[] DecodeImages(IReadOnlyList<int> indices)
    {
        var size = Evaluation.Images.ImageInput.SizeOf(this);
        var values = new float[checked(indices.Count * Features)];
        Parallel.For(0, indices.Count, i => Evaluation.Images.ImageBatchStream.Decode(Images!, Transform!, size, indices[i], values.AsSpan(i * Features, Features)));
        return values;
    }
    /// <summary>Shape of one instance as stored, e.g. [8, 8].</summary>
    public int[] InstanceShape { get; }
    /// <summary>Class names by index; empty when the spec names none (the models' output width decides).</summary>
    public IReadOnlyList<string> Classes { get; }
    /// <summary>SHA-256 of the inputs' and labels' hashes.</summary>
    public string Hash { get; }
    public int Count => Labels.Length;
    /// <summary>Values per instance.</summary>
    public int Features => InstanceShape.Aggregate(1, (a, b) => a * b);

    /// <summary>Hashes the dataset files without reading the arrays (enough to find cached outputs).</summary>
    public static (string Inputs, string Labels, string Hash) Locate(ParsedSpec spec)
    {
        var dataset = spec.Dataset ?? throw new EvaluationException(
            $"The spec {spec.Path} has no \"dataset\", so there is nothing to evaluate its models on.",
            "Add \"dataset\": {\"inputs\": \"data/inputs.npy\", \"labels\": \"data/labels.npy\", \"classes\": [...]} to the spec.", spec.Path);
        if (dataset.Images is { } images)
            return (images.Folder ?? "", images.Folder ?? "", WithTask(Evaluation.Images.ImageFolder.HashOf(spec), dataset.Task));
        // Embeddings and regression may come without labels: "" then stands for none, and the hash leaves them out.
        var labels = dataset.Labels is null && !TaskOutputs.HasClassLabels(dataset.Task) ? ""
            : RequireFile(spec, dataset.Labels, SpecFields.Dataset.Labels);
        if (dataset.Text is { } text)
        {
            var (texts, textHash) = TextDatasetFiles.Locate(spec, text, LabelsHash(labels));
            return (texts, labels, WithTask(textHash, dataset.Task));
        }
        if (dataset.InputFiles is { } files)
        {
            // Each name is hashed with its file, so feeding the same arrays to other inputs is another dataset.
            var named = NamedFiles(spec, files);
            var parts = named.SelectMany(f => new[] { ContentHash.OfText(f.Name), ContentHash.Of(f.Path) }).Concat(LabelsHash(labels));
            return (named[0].Path, labels, WithTask(ContentHash.Combine([.. parts]), dataset.Task));
        }
        var inputs = RequireFile(spec, dataset.Inputs, SpecFields.Dataset.Inputs);
        return (inputs, labels, WithTask(ContentHash.Combine([ContentHash.Of(inputs), .. LabelsHash(labels)]), dataset.Task));
    }

    static IEnumerable<string> LabelsHash(string labels) => labels == "" ? [] : [ContentHash.Of(labels)];

    /// <summary>
    /// Another task reads the same model's outputs differently (a softmax, a sigmoid, raw vectors), so it joins the hash
    /// that names cached outputs; classification keeps the hash datasets always had.
    /// </summary>
    static string WithTask(string hash, DatasetTask task) =>
        task == DatasetTask.Classification ? hash : ContentHash.Combine(hash, ContentHash.OfText("task:" + WireEnum.Name(task)));

    static List<(string Name, string Path)> NamedFiles(ParsedSpec spec, IReadOnlyDictionary<string, string> files)
    {
        if (files.Count == 0)
            throw new EvaluationException("The spec's dataset \"inputs\" names no usable file.",
                "Give \"inputs\" as {\"<model input name>\": \"data/<file>.npy\", ...} (see the spec's diagnostics).", spec.Path);
        return [.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, RequireFile(spec, f.Value, $"{SpecFields.Dataset.Inputs}.{f.Key}")))];
    }

    /// <summary>
    /// Checks every named array's header (the same instances as the first and as the labels) before starting their
    /// background reads, so a refusal comes before any batch; the model's signature decides each cast.
    /// </summary>
    static EvaluationDataset LoadNamed(ParsedSpec spec, IReadOnlyDictionary<string, string> files, string labelsPath, string hash, string key, CancellationToken cancellationToken)
    {
        var headers = new List<(string Name, StreamedNpy.Header Header)>();
        int[] labels;
        try
        {
            foreach (var (name, path) in NamedFiles(spec, files)) headers.Add((name, OpenNpy(path)));
            var (firstName, first) = headers[0];
            foreach (var (name, header) in headers)
                if (header.Shape.Length < 1 || header.Shape[0] != first.Shape[0])
                    throw new EvaluationException(
                        $"The dataset's input \"{name}\" {header.Path} holds {Signatures.InputCast.NumpyName(header.DType)}[{string.Join(", ", header.Shape)}], but \"{firstName}\" holds {first.Shape[0]} instances.",
                        "Save every input array with the same instances first, in the same order: [instances, ...].", header.Path);
            labels = ReadLabels(spec, labelsPath, first.Shape[0]);
        }
        catch
        {
            foreach (var (_, header) in headers) header.Dispose();
            throw;
        }
        var arrays = headers.Select(h => new NamedArray(h.Name, h.Header.Path, h.Header.Start(cancellationToken))).ToList();
        var dataset = new EvaluationDataset(null, labels, headers[0].Header.Shape[1..], spec.Dataset!.Classes, hash, arrays);
        KeepOnceRead(key, dataset, [.. arrays.Select(a => a.Array)]);
        return dataset;
    }

    /// <summary>Kept for later requests only once every array is read whole: a cancelled or failed read is never reused.</summary>
    static void KeepOnceRead(string key, EvaluationDataset dataset, IReadOnlyList<StreamedNpy> arrays) =>
        _ = Task.WhenAll(arrays.Select(a => a.Completion)).ContinueWith(read =>
        {
            if (read.Result.All(done => done)) RecentDataset.Keep(key, dataset, arrays.Sum(a => a.Bytes));
        }, TaskScheduler.Default);

    /// <summary>
    /// Reads the labels and starts reading the inputs in the background (read through <see cref="InputsUpTo"/>, or by a
    /// model's signature from <see cref="Tensors"/>). Cancelling <paramref name="cancellationToken"/> stops the background reads.
    /// </summary>
    public static EvaluationDataset Load(ParsedSpec spec, CancellationToken cancellationToken = default)
    {
        var (inputsPath, labelsPath, hash) = Locate(spec);
        var key = RecentDataset.KeyOf(hash, spec.Dataset!.Classes);
        if (RecentDataset.Find(key) is { } recent) return recent;
        if (spec.Dataset.Text is { } text) return LoadText(spec, text, inputsPath, labelsPath, hash, cancellationToken);
        if (spec.Dataset.Images is not null) return LoadImages(spec);
        if (spec.Dataset.InputFiles is { } files) return LoadNamed(spec, files, labelsPath, hash, key, cancellationToken);
        var header = OpenNpy(inputsPath);
        int[] labels;
        try
        {
            if (header.Shape.Length < 2) throw NotInstances(inputsPath, header.DType, header.Shape);
            labels = ReadLabels(spec, labelsPath, header.Shape[0]);
        }
        catch
        {
            header.Dispose();
            throw;
        }
        var inputs = header.Start(cancellationToken);
        var shape = header.Shape[1..];
        // float16, bool and integer arrays stay as stored: the model's input type decides whether they cast without loss.
        var dataset = header.DType is "<f4" or "<f8" or "|u1"
            ? new EvaluationDataset(inputs.Floats, labels, shape, spec.Dataset.Classes, hash, stored: header.DType == "<f4" ? null : new NamedArray(null, inputsPath, inputs))
            : new EvaluationDataset(null, labels, shape, spec.Dataset.Classes, hash, [new NamedArray(null, inputsPath, inputs)]);
        KeepOnceRead(key, dataset, [inputs]);
        return dataset;
    }

    /// <summary>
    /// Reads the texts and the tokenizer now, so a missing or bad file fails before any batch; the token arrays are made
    /// per model (its sequence length and integer type) in the background. Not kept for later requests: the fill is tied to this one's cancellation.
    /// </summary>
    static EvaluationDataset LoadText(ParsedSpec spec, TextDataset text, string textsPath, string labelsPath, string hash, CancellationToken cancellationToken)
    {
        // Without labels (an embedding's are optional) the texts say how many instances there are.
        var labels = labelsPath == "" ? null : ReadLabels(spec, labelsPath, null);
        var texts = TokenizedTexts.Open(textsPath, TextDatasetFiles.Tokenizer(spec, text), text, labels?.Length, cancellationToken);
        labels ??= new int[texts.Texts.Length];
        return new EvaluationDataset(null, labels, [texts.Length], spec.Dataset!.Classes, hash) { Text = texts };
    }

    /// <summary>
    /// An image folder: its listing and labels now, its pixels later, batch by batch (ImageBatchStream). The instance
    /// shape comes from the preprocessing, or from the first image when it keeps each image's own size.
    /// </summary>
    static EvaluationDataset LoadImages(ParsedSpec spec)
    {
        var folder = Evaluation.Images.ImageFolder.Open(spec);
        if (folder.Files.Length == 0)
            throw new EvaluationException($"The image folder {folder.Folder} holds no image that decodes{(folder.Warning is null ? " (.jpg, .jpeg or .png)" : "")}.",
                folder.Warning ?? "Put the images in one sub-folder per class, or list them in \"images\".\"labels\".", folder.Folder);
        var transform = new Data.Images.ImageTransform(spec.Dataset!.Images!.Preprocess);
        var (height, width) = transform.FixedSize ?? FirstImageSize(folder, transform);
        int[] shape = transform.Preprocess.Layout == PixelLayout.Nchw ? [3, height, width] : [height, width, 3];
        return new EvaluationDataset(null, folder.Labels, shape, spec.Dataset.Classes, folder.Hash) { Images = folder, Transform = transform };
    }

    static (int Height, int Width) FirstImageSize(Images.ImageFolder folder, Data.Images.ImageTransform transform)
    {
        try
        {
            var first = transform.Geometry(Data.Images.ImageDecoder.Decode(folder.Files[0]));
            return (first.Height, first.Width);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new EvaluationException($"The image {folder.Files[0]} does not decode: {e.Message}.", "Replace or remove it, then evaluate again.", folder.Files[0], e);
        }
    }

    static EvaluationException NotInstances(string path, string dtype, int[] shape) =>
        new($"The dataset's inputs {path} hold {dtype}[{string.Join(", ", shape)}]; evaluation needs an array shaped [N, ...instance shape].",
            "Save the inputs with numpy.save(path, x) shaped [instances, ...].", path);

    /// <summary>The labels alone (what accuracy needs when every output is cached); <paramref name="count"/> null when the inputs were not read.</summary>
    public static int[] ReadLabels(ParsedSpec spec, string labelsPath, int? count)
    {
        // Labels that are not class indices (vectors, floats, 0/1 per class) are read where they are compared;
        // evaluation only needs how many instances there are, and gives every one class 0.
        if (!TaskOutputs.HasClassLabels(spec.Dataset!.Task))
            return new int[count ?? (labelsPath != "" ? RowsOf(labelsPath)
                : spec.Dataset.Text is { } text ? TextsFile.Read(Locate(spec).Inputs, text.Column).Length
                : RowsOf(Locate(spec).Inputs))];
        var labels = ReadNpy(labelsPath);
        if (labels.Integers is null || labels.Shape.Length != 1 || (count is { } n && labels.Shape[0] != n))
            throw new EvaluationException($"The dataset's labels {labelsPath} hold {labels.DType}[{string.Join(", ", labels.Shape)}]; evaluation needs {(count is null ? "" : $"{count} ")}integer class indices, one per input.",
                "Save the labels with numpy.save(path, y.astype(np.int64)) as a 1-D array as long as the inputs.", labelsPath);
        // A binary dataset's labels are 0 or 1 whether or not it names its two classes.
        IReadOnlyList<string> classes = spec.Dataset!.Task == DatasetTask.Binary ? ["0", "1"] : spec.Dataset!.Classes;
        var values = new int[labels.Integers.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var label = labels.Integers[i];
            if (label < 0 || (classes.Count > 0 && label >= classes.Count) || label > int.MaxValue)
                throw new EvaluationException($"Label {label} of instance {i} in {labelsPath} is not a class index 0..{Math.Max(classes.Count, 1) - 1}.",
                    "Fix the labels, or list every class in the dataset's \"classes\".", labelsPath);
            values[i] = (int)label;
        }
        return values;
    }

    /// <summary>The first dimension of a .npy file, read from its header alone.</summary>
    static int RowsOf(string path)
    {
        var shape = Guard(path, () => NpyArray.ReadShape(path));
        return shape.Length > 0 ? shape[0] : throw NotInstances(path, "a scalar", shape);
    }

    static string RequireFile(ParsedSpec spec, string? relative, string field)
    {
        if (relative is null)
            throw new EvaluationException($"The spec's dataset has no usable \"{field}\" path.",
                $"Set \"{field}\" in the dataset to a .npy file relative to the spec (see the spec's diagnostics).", spec.Path);
        var full = WorkspacePolicy.Current.SpecFileToRead(spec.Path, relative, FileKind.Dataset);
        if (!File.Exists(full))
            throw new EvaluationException($"The dataset's \"{field}\" file {full} does not exist.",
                $"Create it, or fix \"{field}\" in the spec (paths are relative to the spec file).", full);
        return full;
    }

    static StreamedNpy.Header OpenNpy(string path) => Guard(path, () => StreamedNpy.Open(path));

    static NpyArray ReadNpy(string path) => Guard(path, () => NpyArray.Read(path));

    static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            throw new EvaluationException($"Cannot read {path}: {e.Message}", "Write it again with numpy.save.", path, e);
        }
    }
}
