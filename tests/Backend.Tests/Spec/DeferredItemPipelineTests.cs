// The spec's models are read on a second thread while the JSON reader builds the next ones (DeferredItemPipeline):
// these pin that every item is read once, in order, from nodes nobody has reused yet, and that a failure on either
// side ends the parse instead of hanging it.
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Spec;

public sealed class DeferredItemPipelineTests
{
    // Past the items read one at a time, enough batches that every batch is reused many times over.
    const int Items = DeferredItemPipeline.InlineItems + DeferredItemPipeline.BatchSize * 40 + 17;
    const int Batched = DeferredItemPipeline.InlineItems + DeferredItemPipeline.BatchSize * 3;

    static JsonNode Item(DeferredItemPipeline pipeline, int index) =>
        pipeline.Nodes.Scalar(index, index + 1, JsonValueKind.Number, null, index);

    [Fact]
    public void EveryItemIsReadOnceInOrderFromNodesNotYetReused()
    {
        var read = new List<(int Index, int Start, double? Number)>();
        using (var pipeline = new DeferredItemPipeline((node, index) =>
               {
                   // A slow reader lets the builder run ahead: a reused node would show another item's values here.
                   if (index % 500 == 0) Thread.Sleep(1);
                   var scalar = (JsonScalarNode)node;
                   read.Add((index, scalar.Start, scalar.Number));
               }))
        {
            for (var i = 0; i < Items; i++) pipeline.Add(Item(pipeline, i), i);
            pipeline.Finish();
        }
        Assert.Equal(Enumerable.Range(0, Items).Select(i => (i, i, (double?)i)), read);
    }

    [Fact]
    public void TheFirstItemsAreReadOnTheCallersThreadAsTheyCome()
    {
        var caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        var read = 0;
        using var pipeline = new DeferredItemPipeline((_, _) =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            read++;
        });
        for (var i = 0; i < DeferredItemPipeline.InlineItems; i++)
        {
            pipeline.Add(Item(pipeline, i), i);
            Assert.Equal(i + 1, read);
        }
        pipeline.Finish();
        Assert.Equal([caller], threads);
    }

    [Fact]
    public void WhatTheItemReaderThrowsIsRethrownByFinishAndNoLaterItemIsRead()
    {
        // A thousand items into the batches, so it is thrown on the reading thread.
        const int Failing = DeferredItemPipeline.InlineItems + 1000;
        var last = -1;
        using var pipeline = new DeferredItemPipeline((_, index) =>
        {
            last = index;
            if (index == Failing) throw new InvalidDataException("item 1000 of the batches");
        });
        for (var i = 0; i < Items; i++) pipeline.Add(Item(pipeline, i), i);
        var thrown = Assert.Throws<InvalidDataException>(pipeline.Finish);
        Assert.Equal("item 1000 of the batches", thrown.Message);
        Assert.Equal(Failing, last);
    }

    [Fact]
    public void DisposingUnfinishedStopsTheReadingBeforeItReturns()
    {
        var reads = 0;
        var pipeline = new DeferredItemPipeline((_, index) =>
        {
            if (index >= DeferredItemPipeline.InlineItems) Thread.Sleep(1);
            Interlocked.Increment(ref reads);
        });
        for (var i = 0; i < Batched; i++) pipeline.Add(Item(pipeline, i), i);
        pipeline.Dispose();
        var afterDispose = Volatile.Read(ref reads);
        Thread.Sleep(50);
        // Some batches are skipped, and nothing is read once Dispose has returned.
        Assert.True(afterDispose < Batched, $"all {afterDispose} items were read");
        Assert.Equal(afterDispose, Volatile.Read(ref reads));
    }

    // Past the models read one at a time, some thirty batches.
    const int Models = DeferredItemPipeline.InlineItems + 2000;

    static string Spec(int models, string tail = "]}") =>
        new StringBuilder("{\"metrics\": [{\"name\": \"acc\"}], \"operations\": [],\n\"models\": [\n")
            .AppendJoin(",\n", Enumerable.Range(0, models).Select(i =>
                $"{{\"id\": \"m{i}\", \"base\": {(i == 0 ? "null" : $"\"m{(i - 1) / 2}\"")}, \"artifact\": \"a{i}.onnx\", \"metrics\": {{\"acc\": {(i % 100 == 7 ? "\"x\"" : "0.5")}}}}}"))
            .Append(tail).ToString();

    [Fact]
    public void ASyntaxErrorAfterManyModelsIsReportedWhereItIs()
    {
        var parsed = SpecAssert.Parse(Spec(Models, ",\n{\"id\": }]}"));
        var error = SpecAssert.Single(parsed, DiagnosticCodes.InvalidJson);
        // Line 1 declares, line 2 opens "models", lines 3 to Models + 2 hold the models: the model with no value is next.
        Assert.Equal(Models + 3, error.Line);
        Assert.Empty(parsed.Models);
    }

    [Fact]
    public void ManyModelsReadInTheFirstPassAreReadAsInTheSecond()
    {
        var text = Spec(Models);
        // The same "metrics" again after the models: the first pass's reading no longer holds, and the second reads the models from their spans.
        var again = text[..^1] + ", \"metrics\": [{\"name\": \"acc\"}]}";
        var first = SpecAssert.Parse(text);
        var second = SpecAssert.Parse(again);
        Assert.Equal(Models, first.Models.Count);
        Assert.Equal(Enumerable.Range(0, Models).Count(i => i % 100 == 7), first.Diagnostics.Count(d => d.Code == DiagnosticCodes.MetricNotNumber));
        Assert.Equal(SpecParserEquivalenceTests.Dump(second, SpecAssert.SpecPath), SpecParserEquivalenceTests.Dump(first, SpecAssert.SpecPath));
    }

    [Fact]
    public void CancellingWhileTheModelsAreReadEndsTheParse()
    {
        using var cancel = new CancellationTokenSource();
        var asked = 0;
        // The models' reader asks whether each artifact exists: cancelling from there, past the models read on the
        // caller's thread, cancels mid-array on the reader's own thread.
        bool Exists(string _)
        {
            if (Interlocked.Increment(ref asked) == DeferredItemPipeline.InlineItems + 500) cancel.Cancel();
            return true;
        }
        var text = Spec(20_000);
        Assert.ThrowsAny<OperationCanceledException>(() => SpecParser.Parse(SpecAssert.SpecPath, text, cancel.Token, Exists));
        var settled = Volatile.Read(ref asked);
        Thread.Sleep(50);
        Assert.Equal(settled, Volatile.Read(ref asked));
        Assert.True(settled < 20_000, $"all {settled} models were read after the cancel");
    }
}
