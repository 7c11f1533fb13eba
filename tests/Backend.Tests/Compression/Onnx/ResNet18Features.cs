// What the ResNet-18 compression tests compare: NuGet's CNTK ResNet-18 copied into a test folder, and the 512 features
// ONNX Runtime computes for one fixed noise image, so a compressed copy can be checked against the float original.
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Compression.Onnx;

internal static class ResNet18Features
{
    const string Input = "Input247", Output = "Pooling395_Output_0";

    /// <summary>The model copied into <paramref name="folder"/>, which a spec there may read.</summary>
    public static string Source(OnnxTestFolder folder)
    {
        var path = folder.File("resnet18.onnx");
        if (!File.Exists(path)) File.Copy(ThirdPartyModels.ResNet18, path);
        return path;
    }

    /// <summary>ONNX Runtime's 512 features of <paramref name="model"/> for a fixed noise image; all finite.</summary>
    public static float[] Of(string model)
    {
        var random = new Random(3);
        float[] image = [.. Enumerable.Range(0, 3 * 224 * 224).Select(_ => random.NextSingle() * 200 - 100)];
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(image, [1, 3, 224, 224]);
        using var results = session.Run(new RunOptions(), [Input], [input], [Output]);
        var features = results[0].GetTensorDataAsSpan<float>().ToArray();
        Assert.Equal(512, features.Length);
        Assert.All(features, f => Assert.True(float.IsFinite(f)));
        return features;
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }
}
