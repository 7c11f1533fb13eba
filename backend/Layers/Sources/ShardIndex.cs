// The index of a sharded Hugging Face checkpoint (model.safetensors.index.json, pytorch_model.bin.index.json):
// {"metadata": {...}, "weight_map": {tensor: shard file}}. Each shard is named relative to the index's folder and
// must stay in it: no absolute paths, no "..", no symbolic link that leads out, so an index cannot point the
// backend at other files on the machine (the rule ONNX external data follows too, see OnnxExternalData).
using System.Text.Json;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;

namespace CompressCompare.Backend.Layers.Sources;

public sealed record ShardIndex(string File, IReadOnlyList<string> Shards, IReadOnlyDictionary<string, int> ShardOf)
{
    public const string Suffix = ".index.json";
    // Indexes of the largest public checkpoints (hundreds of thousands of tensors) stay under a few tens of MB.
    const long MaxBytes = 64L << 20;

    public static bool IsIndex(string file) => file.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and checks <paramref name="file"/>: every shard in its folder, of a format a shard can have.</summary>
    public static ShardIndex Read(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxBytes) throw Invalid(file, $"it is {length >> 20} MiB, more than an index's {MaxBytes >> 20} MiB");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(System.IO.File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw Invalid(file, $"it is not JSON ({e.Message})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("weight_map", out var map) || map.ValueKind != JsonValueKind.Object)
                throw Invalid(file, "it has no \"weight_map\" object of tensor names and shard files");
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var realFolder = RealPath.Of(folder);
            var (shards, shardOf) = (new List<string>(), new Dictionary<string, int>(StringComparer.Ordinal));
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in map.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                    throw Invalid(file, $"tensor \"{Names.Short(entry.Name)}\" maps to something other than a shard file name");
                var shard = entry.Value.GetString()!;
                if (!byName.TryGetValue(shard, out var index))
                {
                    byName[shard] = index = shards.Count;
                    shards.Add(ShardPath(file, folder, realFolder, shard, entry.Name));
                }
                if (!shardOf.TryAdd(entry.Name, index)) throw Invalid(file, $"tensor \"{Names.Short(entry.Name)}\" is mapped twice");
            }
            if (shardOf.Count == 0) throw Invalid(file, "its weight_map names no tensors");
            // Shards by name (model-00001-of-00004 first): the model's order, whatever order the map lists tensors in.
            var order = Enumerable.Range(0, shards.Count).OrderBy(s => shards[s], StringComparer.Ordinal).ToList();
            var rank = new int[shards.Count];
            for (var r = 0; r < order.Count; r++) rank[order[r]] = r;
            return new ShardIndex(file, [.. order.Select(s => shards[s])], shardOf.ToDictionary(kv => kv.Key, kv => rank[kv.Value], StringComparer.Ordinal));
        }
    }

    static string ShardPath(string file, string folder, string realFolder, string shard, string tensor)
    {
        var shown = $"shard \"{Names.Short(shard)}\" (of tensor \"{Names.Short(tensor)}\")";
        if (shard.Length == 0 || shard.Length > 4096 || shard.Contains('\0'))
            throw Invalid(file, $"{shown} is not a file name");
        var path = Path.GetFullPath(Path.Combine(folder, shard));
        if (Path.IsPathRooted(shard) || shard.Split('/', '\\').Contains("..") || !RealPath.IsInside(path, folder))
            throw Invalid(file, $"{shown} is outside the index's folder; shards must sit beside their index");
        if (!IsShardFormat(shard) || IsIndex(shard))
            throw Invalid(file, $"{shown} is neither a .safetensors file nor a PyTorch .bin/.pt/.pth file");
        // The text stays in the folder; a link there must not lead the read out of it.
        var real = WorkspacePolicy.Current.BesideToRead(path, Path.Combine(realFolder, Path.GetFileName(file)), FileKind.Model);
        if (!RealPath.IsInside(real, realFolder))
            throw Invalid(file, $"{shown} is a link that leads out of the index's folder (to {real})");
        if (!System.IO.File.Exists(real))
            throw new FileNotFoundException($"{file}: {shown} is missing from {folder}. Download every shard the index lists into the same folder.", real);
        return real;
    }

    static bool IsShardFormat(string shard) =>
        Path.GetExtension(shard).ToLowerInvariant() is var ext && (ext == SafetensorsSource.Extension || Torch.TorchZipSource.Extensions.Contains(ext));

    static InvalidDataException Invalid(string file, string problem) =>
        new($"{file} is not a readable sharded-checkpoint index: {problem}. Download the checkpoint again, or save it with save_pretrained.");
}
