// The independent check of the .onnx files our compression writes: the ONNX project's own checker (onnx.checker.check_model
// with full_check, which also runs its shape inference), from Debian's python3-onnx (1.12: opsets up to 17, IR up to 8), which
// scripts/setup.sh installs. A file this accepts opens in every tool built on the reference implementation, not only in ONNX Runtime.
using System.Diagnostics;

namespace Backend.Tests.ThirdParty;

internal static class OnnxChecker
{
    const string Python = "/usr/bin/python3";

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>Asserts that onnx.checker accepts <paramref name="path"/>, showing its message when it does not.</summary>
    public static void AssertValid(string path)
    {
        Assert.True(Unavailable is null, Unavailable);
        var (code, output) = Run($"import onnx, sys\nonnx.checker.check_model(sys.argv[1], full_check=True)\nprint('ok')", path);
        Assert.True(code == 0, $"onnx.checker rejects {Path.GetFileName(path)}:\n{output}");
    }

    static string? Probe()
    {
        try
        {
            var (code, output) = Run("import onnx; print(onnx.__version__)");
            return code == 0 ? null : $"python3-onnx is not installed ({output.Trim()}); run scripts/setup.sh.";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{Python} cannot run ({e.Message}); run scripts/setup.sh.";
        }
    }

    static (int Code, string Output) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill();
            return (-1, "onnx.checker took over 2 minutes");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>A fact that runs the ONNX checker: skipped, saying how to get it, only where python3-onnx is absent outside CI.</summary>
internal sealed class OnnxCheckerFactAttribute : FactAttribute
{
    public OnnxCheckerFactAttribute()
    {
        // CI installs it with scripts/setup.sh: there a missing checker is a failure, not a skip.
        if (OnnxChecker.Unavailable is { } why && Environment.GetEnvironmentVariable("CI") != "true") Skip = why;
    }
}
