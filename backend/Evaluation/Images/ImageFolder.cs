// The instances of an image-folder dataset: which files, in which order, with which labels, and the hash that
// keys the output cache. Listing reads no pixels: each file's first and last bytes are checked (ImageDecoder.Probe)
// so truncated and mislabelled files are skipped before any batch runs, and every later reader (labels,
// attributes, Behaviors) sees the same instance indices.
using System.Collections.Concurrent;
using System.Globalization;
using CompressCompare.Backend.Data.Images;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation.Images;

internal sealed class ImageFolder
{
    /// <summary>How many skipped files a warning names before "and N more".</summary>
    public const int NamedSkips = 5;

    static readonly ConcurrentDictionary<string, ImageFolder> recent = new();
    static readonly System.Text.Json.JsonSerializerOptions JsonOptions = Protocol.WireJson.CreateOptions();

    /// <summary>One file that is not an instance, and why.</summary>
    public sealed record Skip(string File, string Reason);

    ImageFolder(string folder, ImageFolderSummary summary, string[] files, int[] labels, IReadOnlyList<string> classes, IReadOnlyList<Skip> skipped, string hash)
    {
        Folder = folder;
        Summary = summary;
        Files = files;
        Labels = labels;
        Classes = classes;
        Skipped = skipped;
        Hash = hash;
    }

    public string Folder { get; }
    public ImageFolderSummary Summary { get; }
    /// <summary>Full paths of the instances, in instance order.</summary>
    public string[] Files { get; }
    public int[] Labels { get; }
    /// <summary>The spec's "classes" when it lists them, else the class sub-folders' names (empty for a CSV of class indices).</summary>
    public IReadOnlyList<string> Classes { get; }
    public IReadOnlyList<Skip> Skipped { get; }
    /// <summary>
    /// SHA-256 of the preprocessing, the model input, the labels CSV's content and every image's relative path,
    /// size and write time. Not the images' bytes: hashing 50,000 JPEGs (6 GB for ImageNet's validation set)
    /// would cost a minute per request, and a rewritten file changes its write time (what make and rsync trust too).
    /// </summary>
    public string Hash { get; }

    /// <summary>A warning naming how many files were skipped and the first few, or null when none were.</summary>
    public string? Warning => Skipped.Count == 0 ? null :
        $"Skipped {Skipped.Count} image file{(Skipped.Count == 1 ? "" : "s")} of {Folder} that do not decode: " +
        string.Join("; ", Skipped.Take(NamedSkips).Select(s => $"{Path.GetRelativePath(Folder, s.File)} ({s.Reason})")) +
        (Skipped.Count > NamedSkips ? $"; and {Skipped.Count - NamedSkips} more" : "") +
        ". The other images are evaluated; replace or remove these files to include them.";

    /// <summary>The spec's image folder, listed once per process for each state of its files.</summary>
    public static ImageFolder Open(ParsedSpec spec)
    {
        var (summary, folder, labelsCsv) = Locate(spec);
        var (files, labels, classes) = List(folder, labelsCsv, spec.Dataset!.Classes);
        var hash = HashOf(folder, files, labelsCsv, summary);
        if (recent.TryGetValue(hash, out var known)) return known;
        var skipped = new List<Skip>();
        var kept = new List<int>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            WorkspacePolicy.Current.ToRead(files[i], spec.Path, FileKind.Dataset);
            if (ImageDecoder.Probe(files[i]) is { } reason) skipped.Add(new(files[i], reason));
            else kept.Add(i);
        }
        var listed = new ImageFolder(folder, summary, [.. kept.Select(i => files[i])], [.. kept.Select(i => labels[i])], classes, skipped, hash);
        if (recent.Count > 8) recent.Clear();
        return recent[hash] = listed;
    }

    /// <summary>The hash alone (what finding cached outputs needs): lists the files but opens none.</summary>
    public static string HashOf(ParsedSpec spec)
    {
        var (summary, folder, labelsCsv) = Locate(spec);
        return HashOf(folder, List(folder, labelsCsv, spec.Dataset!.Classes).Files, labelsCsv, summary);
    }

    /// <summary>The spec's "images", its folder's full path (checked to exist) and the labels CSV's checked path, if any.</summary>
    static (ImageFolderSummary Summary, string Folder, string? LabelsCsv) Locate(ParsedSpec spec)
    {
        var summary = spec.Dataset?.Images ?? throw new InvalidOperationException("The dataset has no \"images\".");
        if (summary.Folder is null)
            throw new EvaluationException("The spec's dataset \"images\" names no usable \"folder\".",
                "Set \"images\": {\"folder\": \"data/val\"} to a folder relative to the spec (see the spec's diagnostics).", spec.Path);
        var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(spec.Path))!, summary.Folder));
        if (!Directory.Exists(folder))
            throw new EvaluationException($"The dataset's image folder {folder} does not exist.",
                "Create it (one sub-folder of images per class), or fix \"images\".\"folder\" in the spec (relative to the spec file).", folder);
        return (summary, folder, summary.Labels is null ? null : WorkspacePolicy.Current.SpecFileToRead(spec.Path, summary.Labels, FileKind.Table));
    }

    static (List<string> Files, int[] Labels, IReadOnlyList<string> Classes) List(string folder, string? labelsCsv, IReadOnlyList<string> declared) =>
        labelsCsv is null ? ClassFolders(folder, declared) : LabelsCsv(folder, labelsCsv, declared);

    static string HashOf(string folder, IReadOnlyList<string> files, string? labelsCsv, ImageFolderSummary summary)
    {
        var parts = new List<string>(files.Count + 3)
        {
            ContentHash.OfText("images:" + System.Text.Json.JsonSerializer.Serialize(summary.Preprocess, JsonOptions) + "|" + summary.Input),
            labelsCsv is null ? "folders" : ContentHash.Of(labelsCsv),
        };
        var stamps = new System.Text.StringBuilder();
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            stamps.Append(Path.GetRelativePath(folder, file)).Append('\0')
                .Append(info.Exists ? info.Length : -1).Append('\0')
                .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }
        parts.Add(ContentHash.OfText(stamps.ToString()));
        return ContentHash.Combine([.. parts]);
    }

    /// <summary>torchvision's ImageFolder: classes are the sorted sub-folder names; files are walked as os.walk sorted, file names sorted.</summary>
    static (List<string> Files, int[] Labels, IReadOnlyList<string> Classes) ClassFolders(string folder, IReadOnlyList<string> declared)
    {
        var classFolders = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList();
        if (classFolders.Count == 0)
            throw new EvaluationException($"The image folder {folder} has no class sub-folders.",
                "Put each class's images in a sub-folder named after the class (ImageNet layout), or give \"images\".\"labels\": a CSV of file,label.", folder);
        if (declared.Count > 0 && declared.Count != classFolders.Count)
            throw new EvaluationException(
                $"The image folder {folder} has {classFolders.Count} class sub-folders, but the dataset's \"classes\" lists {declared.Count}.",
                "List one class name per sub-folder, in the sub-folders' sorted order, or remove \"classes\" to use the folder names.", folder);
        var files = new List<string>();
        var labels = new List<int>();
        for (var c = 0; c < classFolders.Count; c++)
            foreach (var directory in new[] { classFolders[c] }.Concat(Directory.GetDirectories(classFolders[c], "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
                foreach (var file in Directory.GetFiles(directory).Where(ImageDecoder.IsImageFile).Order(StringComparer.Ordinal))
                {
                    files.Add(file);
                    labels.Add(c);
                }
        return (files, [.. labels], declared.Count > 0 ? declared : [.. classFolders.Select(Path.GetFileName)!]);
    }

    /// <summary>Rows file,label: the label a class index or a name from "classes" (or, without "classes", one of the sorted distinct names).</summary>
    static (List<string> Files, int[] Labels, IReadOnlyList<string> Classes) LabelsCsv(string folder, string path, IReadOnlyList<string> declared)
    {
        var rows = new List<(string File, string Label, int Line)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var comma = lines[i].LastIndexOf(',');
            if (comma <= 0)
                throw new EvaluationException($"Line {i + 1} of {path} is \"{lines[i]}\", not file,label.",
                    "Write one row per image: its path relative to the image folder, a comma, and its class (index or name).", path);
            rows.Add((lines[i][..comma].Trim().Trim('"'), lines[i][(comma + 1)..].Trim().Trim('"'), i + 1));
        }
        bool IsIndex(string label) => int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        // A header: a first row whose file is no image name (e.g. "file,label").
        if (rows.Count > 0 && !ImageDecoder.IsImageFile(rows[0].File)) rows.RemoveAt(0);
        IReadOnlyList<string> classes = declared.Count > 0 || rows.All(r => IsIndex(r.Label)) ? declared
            : [.. rows.Select(r => r.Label).Distinct().Order(StringComparer.Ordinal)];
        var files = new List<string>(rows.Count);
        var labels = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (file, label, line) = rows[i];
            var index = IsIndex(label) ? int.Parse(label, CultureInfo.InvariantCulture) : classes.ToList().IndexOf(label);
            if (index < 0 || (classes.Count > 0 && index >= classes.Count))
                throw new EvaluationException($"Line {line} of {path} gives \"{file}\" the label \"{label}\", which is not a class index 0..{Math.Max(classes.Count, 1) - 1} or a name in \"classes\".",
                    "Fix the label, or list every class in the dataset's \"classes\".", path);
            if (!SpecRelativePath.StaysInside(folder, file))
                throw new EvaluationException($"Line {line} of {path} names \"{file}\", which is not inside the image folder {folder}.",
                    "Write each file relative to \"images\".\"folder\", without leaving it.", path);
            files.Add(Path.GetFullPath(Path.Combine(folder, file)));
            labels[i] = index;
        }
        return (files, labels, classes);
    }
}
