// What a file is to the backend, and the largest such file it will open: a size past the limit is almost
// surely the wrong file (a model named as a spec, a dataset as an attribute table), refused before reading.
namespace CompressCompare.Backend.Files;

public sealed record FileKind(string Name, long MaxBytes, string Setting)
{
    const long MiB = 1024L * 1024, GiB = 1024 * MiB;

    /// <summary>
    /// Specs are metadata: 100,000 realistic models take 36 MB (and 560 MB of memory once read); a hostile 120 MB
    /// spec took 1.4 GB. Over this, split the study into several specs.
    /// </summary>
    public static readonly FileKind Spec = new("spec", 64 * MiB, "the spec glob (compressCompare.specGlob)");
    /// <summary>A model artifact (.onnx, .dat, .safetensors); large language models reach hundreds of GB.</summary>
    public static readonly FileKind Model = new("model", 1024 * GiB, "the model's \"artifact\"");
    /// <summary>ONNX external data next to a model.</summary>
    public static readonly FileKind ModelData = new("model external data", 1024 * GiB, "the model's external data");
    /// <summary>Precomputed outputs (.csv, .arrow) and the output cache.</summary>
    public static readonly FileKind Outputs = new("outputs", 16 * GiB, "the model's \"outputs\"");
    /// <summary>The dataset's inputs and labels (.npy).</summary>
    public static readonly FileKind Dataset = new("dataset", 64 * GiB, "the dataset's \"inputs\" and \"labels\"");
    /// <summary>A CSV of per-instance attributes, or a text file of instances: read whole.</summary>
    public static readonly FileKind Table = new("table", 1 * GiB, "the dataset's \"attributes\" or \"texts\"");
    /// <summary>Small side files the backend writes itself (architecture records).</summary>
    public static readonly FileKind Record = new("record", 16 * MiB, "the model's checkpoint records");
}
