// libLibTorchSharp.so loads on Debian 12 only with the GLIBCXX_3.4.32 requirement marked weak by
// backend/TorchSharpGlibcxxFix.targets: any torch call here fails at load time without it.
using CompressCompare.Backend.Models.Torch;
using static TorchSharp.torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchRuntimeTests
{
    [Fact]
    public void Native_library_loads_and_a_tensor_op_runs()
    {
        using var a = tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var product = a.matmul(a);
        Assert.Equal(new float[] { 7, 10, 15, 22 }, TensorValues.ToArray(product));
    }

    [Fact]
    public void Building_a_model_sets_libtorch_to_one_intra_op_thread_by_default()
    {
        using var model = TorchClassifier.Create(MlpArchitecture.Digits, seed: 0);
        var expected = Environment.GetEnvironmentVariable(TorchRuntime.ThreadsVariable) is { Length: > 0 } value ? int.Parse(value) : TorchRuntime.DefaultThreads;
        Assert.Equal(expected, get_num_threads());
    }

    [Fact]
    public async Task A_second_TorchSharp_job_waits_until_the_first_lets_go()
    {
        var first = TorchRuntime.Exclusive();
        var second = Task.Run(() => TorchRuntime.Exclusive());
        // Not a timing claim: the second job cannot have entered while the first holds the gate.
        await Task.Delay(100);
        Assert.False(second.IsCompleted, "two TorchSharp jobs ran at once");
        first.Dispose();
        first.Dispose(); // releasing twice must not let two jobs in later
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        using var cancel = new CancellationTokenSource();
        using (TorchRuntime.Exclusive())
        {
            cancel.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => TorchRuntime.Exclusive(cancel.Token));
        }
    }

    [Fact]
    public void Output_copy_of_libLibTorchSharp_has_GLIBCXX_3_4_32_marked_weak()
    {
        var library = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        Assert.True(File.Exists(library), $"{library} is missing: the linux-x64 RuntimeIdentifier should copy it flat into the output.");
        Assert.True(ElfVersionNeeds.IsWeak(File.ReadAllBytes(library), "GLIBCXX_3.4.32"));
    }
}

/// <summary>A reader of .gnu.version_r independent of the MSBuild task, to check its result.</summary>
internal static class ElfVersionNeeds
{
    public static bool IsWeak(byte[] elf, string version)
    {
        var shoff = (long)BitConverter.ToUInt64(elf, 0x28);
        int size = BitConverter.ToUInt16(elf, 0x3A), count = BitConverter.ToUInt16(elf, 0x3C);
        for (var i = 0; i < count; i++)
        {
            var header = (int)(shoff + i * size);
            if (BitConverter.ToUInt32(elf, header + 4) != 0x6ffffffe) continue;
            var offset = (int)BitConverter.ToUInt64(elf, header + 0x18);
            var strings = (int)BitConverter.ToUInt64(elf, (int)(shoff + BitConverter.ToUInt32(elf, header + 0x28) * size) + 0x18);
            for (var need = offset; ;)
            {
                var aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (var a = 0; a < BitConverter.ToUInt16(elf, need + 2); a++)
                {
                    var name = strings + (int)BitConverter.ToUInt32(elf, aux + 8);
                    var end = Array.IndexOf(elf, (byte)0, name);
                    if (System.Text.Encoding.ASCII.GetString(elf, name, end - name) == version)
                        return (BitConverter.ToUInt16(elf, aux + 4) & 2) != 0;
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                var next = (int)BitConverter.ToUInt32(elf, need + 12);
                if (next == 0) break;
                need += next;
            }
        }
        throw new InvalidOperationException($"No {version} requirement in .gnu.version_r.");
    }
}
