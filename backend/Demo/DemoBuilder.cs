// Builds the demo workspace from data shipped in the repository: trains a CNN and an MLP on the 8×8
// digits, applies the DemoPlan's operations, exports and measures every model, and writes models.json
// whose metrics are all measured. Deterministic given the seed (latency aside: it is timed).
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Spec;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Demo;

public sealed record DemoOptions(string Folder, string Dataset = DemoOptions.Digits, int Seed = 1)
{
    public const string Digits = "digits";
    public const string FashionMnist = "fashion-mnist";
}

/// <summary>What the demo took: the numbers the benchmark prints.</summary>
public sealed record DemoReport(string Spec, int Models, double TrainSeconds, double CompressSeconds, double MeasureSeconds,
    double TotalSeconds, IReadOnlyDictionary<string, double> CompressSecondsByModel, long PeakWorkingSetBytes);

public static class DemoBuilder
{
    public const string SpecFileName = "models.json";

    public static DemoReport Build(DemoOptions options, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var folder = new ExperimentFolder(options.Folder);
        var specPath = Path.Combine(folder.Root, SpecFileName);
        if (File.Exists(specPath))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"{specPath} already exists; the demo never overwrites a spec.",
                new RpcErrorData { File = specPath, Hint = "Choose an empty folder, or delete that folder first." });
        // The demo writes dozens of files under fixed names: in a folder that holds anything, it could replace one.
        if (Directory.Exists(folder.Root) && Directory.EnumerateFileSystemEntries(folder.Root).Any())
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"{folder.Root} is not empty; the demo never overwrites files, so it builds only in a new or empty folder.",
                new RpcErrorData { File = folder.Root, Hint = "Choose a new folder (it is created), or empty that one first." });
        Directory.CreateDirectory(folder.Root);
        using var exclusive = TorchRuntime.Exclusive(cancellationToken);
        var total = Stopwatch.StartNew();
        var (split, cnnArchitecture) = LoadData(options);
        var mlpArchitecture = new MlpArchitecture(split.Train.Features, [64, 32], split.Train.Classes);
        var cnnData = (Train: split.Train.Reshaped(cnnArchitecture.InstanceShape), Test: split.Test.Reshaped(cnnArchitecture.InstanceShape));
        var data = new Dictionary<string, (ClassificationDataset Train, ClassificationDataset Test)>
        {
            [DemoPlan.Cnn] = cnnData,
            [DemoPlan.Mlp] = (split.Train.Reshaped(mlpArchitecture.InstanceShape), split.Test.Reshaped(mlpArchitecture.InstanceShape)),
        };
        WriteDataset(folder, split);

        var plan = DemoPlan.Models(options.Seed);
        progress.Begin($"Building the {options.Dataset} demo: 2 trained models and {plan.Count} compressed ones");
        var trained = Stopwatch.StartNew();
        var models = new Dictionary<string, TorchClassifier>();
        var rootOf = new Dictionary<string, string> { [DemoPlan.Cnn] = DemoPlan.Cnn, [DemoPlan.Mlp] = DemoPlan.Mlp };
        var epochs = options.Dataset == DemoOptions.Digits ? 30 : 3;
        foreach (var (id, architecture) in new (string, ClassifierArchitecture)[] { (DemoPlan.Cnn, cnnArchitecture), (DemoPlan.Mlp, mlpArchitecture) })
        {
            progress.Report($"Training {id}", 0);
            var model = TorchClassifier.Create(architecture, options.Seed);
            TorchTrainer.Train(model, data[id].Train, new TrainingOptions(Epochs: epochs, Seed: options.Seed), cancellationToken: cancellationToken);
            models[id] = model;
        }
        var trainSeconds = trained.Elapsed.TotalSeconds;

        var entries = new List<JsonObject>();
        var measureSeconds = 0.0;
        var compressSeconds = new Dictionary<string, double>();
        var measureOptions = new MeasurementOptions();
        void SaveAndMeasure(string id, string? parent, string tag, OperationApplication? operation)
        {
            var clock = Stopwatch.StartNew();
            var onnx = folder.Save(id, models[id]);
            var metrics = ModelMeasurer.Measure(onnx, data[rootOf[id]].Test, measureOptions, cancellationToken);
            measureSeconds += clock.Elapsed.TotalSeconds;
            entries.Add(NewSpecDocument.ModelEntry(id, parent, tag, operation, folder.ArtifactRelative(id), metrics));
        }
        SaveAndMeasure(DemoPlan.Cnn, null, "CNN (float32)", null);
        SaveAndMeasure(DemoPlan.Mlp, null, "MLP (float32)", null);
        for (var i = 0; i < plan.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = plan[i];
            progress.Report($"{step.Id}: {step.Tag}", (i + 1) * 100 / plan.Count);
            rootOf[step.Id] = rootOf[step.Base];
            var operation = CompressionOperationFactory.Create(step.Operation);
            var clock = Stopwatch.StartNew();
            models[step.Id] = operation.Apply(models[step.Base], new CompressionContext(data[rootOf[step.Id]].Train), cancellationToken);
            compressSeconds[step.Id] = clock.Elapsed.TotalSeconds;
            SaveAndMeasure(step.Id, step.Base, step.Tag, operation.ToApplication());
        }
        foreach (var model in models.Values) model.Dispose();

        NewSpecDocument.Write(specPath, ExperimentMetrics.Declarations(split.Test.ClassNames), OperationCatalog.All,
            DatasetDescription(options, split.Test), entries);
        progress.End($"Wrote {specPath} with {entries.Count} models");
        return new DemoReport(specPath, entries.Count, trainSeconds, compressSeconds.Values.Sum(), measureSeconds,
            total.Elapsed.TotalSeconds, compressSeconds, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    static (DatasetSplit Split, ClassifierArchitecture Cnn) LoadData(DemoOptions options) => options.Dataset switch
    {
        DemoOptions.Digits => (DigitsDataset.LoadSplit(BundledData.DigitsPath(), options.Seed), DeepCnnArchitecture.Digits),
        // The first 20,000 training images keep the build to a couple of minutes on two cores; the whole
        // 10,000-image test set is what every model is measured on.
        DemoOptions.FashionMnist when FashionMnistDataset.IsAvailable() => (new DatasetSplit(
            FashionMnistDataset.LoadPart(FashionMnistDataset.DefaultDirectory, "train", FashionTrainingImages),
            FashionMnistDataset.LoadPart(FashionMnistDataset.DefaultDirectory, "t10k")), CnnArchitecture.FashionMnist),
        DemoOptions.FashionMnist => throw new BackendException(RpcErrorCodes.InvalidRequest,
            $"Fashion-MNIST is not installed ({FashionMnistDataset.DefaultDirectory} is missing).",
            new RpcErrorData { Hint = $"Install it with: sudo apt-get install {FashionMnistDataset.DebianPackage}" }),
        _ => throw new BackendException(RpcErrorCodes.InvalidRequest, $"Unknown demo dataset \"{options.Dataset}\".",
            new RpcErrorData { Hint = $"Use --dataset {DemoOptions.Digits} or --dataset {DemoOptions.FashionMnist}." }),
    };

    const int FashionTrainingImages = 20_000;
    const string TestInputs = "data/test-inputs.npy";
    const string TestLabels = "data/test-labels.npy";
    const string TestAttributes = "data/test-attributes.csv";

    /// <summary>The test split (with its subgroup attributes) is the spec's dataset; the training split is what `compress` fine-tunes and calibrates on.</summary>
    static void WriteDataset(ExperimentFolder folder, DatasetSplit split)
    {
        Directory.CreateDirectory(Path.Combine(folder.Root, "data"));
        foreach (var (part, inputs, labels) in new[] { (split.Test, TestInputs, TestLabels), (split.Train, ExperimentFolder.TrainInputs, ExperimentFolder.TrainLabels) })
        {
            var side = (int)Math.Round(Math.Sqrt(part.Features));
            NpyArray.OfFloats(part.Inputs, part.Count, side, side).Write(Path.Combine(folder.Root, inputs));
            NpyArray.OfInt64([.. part.Labels.Select(l => (long)l)], part.Count).Write(Path.Combine(folder.Root, labels));
        }
        DemoAttributes.Write(Path.Combine(folder.Root, TestAttributes), split.Test, (int)Math.Round(Math.Sqrt(split.Test.Features)));
    }

    static DatasetSummary DatasetDescription(DemoOptions options, ClassificationDataset test)
    {
        var side = (int)Math.Round(Math.Sqrt(test.Features));
        return new DatasetSummary
        {
            Name = options.Dataset == DemoOptions.Digits ? "UCI handwritten digits, 8×8 (test split)" : "Fashion-MNIST (test set)",
            Inputs = TestInputs,
            Labels = TestLabels,
            Classes = test.ClassNames,
            Attributes = TestAttributes,
            Instance = new InstanceView { Type = InstanceKind.Image, Shape = [side, side] },
        };
    }
}
