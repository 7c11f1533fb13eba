// `behaviors/instances`: paging, sorting and every filter kind over the six-instance example.
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Behaviors;

namespace Backend.Tests.Behaviors;

public sealed class InstanceTableTests : IDisposable
{
    readonly BehaviorSpecFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    Task<InstancesPage> Page(InstanceSort? sort = null, InstanceFilter? filter = null, int offset = 0, int limit = 100,
        CompressCompare.Backend.Behaviors.BehaviorService? service = null) =>
        (service ?? _folder.Service()).InstancesAsync(new InstancesParams
        {
            Path = _folder.Spec,
            BaseId = "A",
            ModelIds = ["B", "C"],
            Offset = offset,
            Limit = limit,
            Sort = sort,
            Filter = filter,
        }, CancellationToken.None);

    static int[] Instances(InstancesPage page) => [.. page.Rows.Select(r => r.Instance)];

    [Fact]
    public async Task Rows_hold_every_models_prediction_base_first_in_dataset_order()
    {
        var page = await Page();
        Assert.Equal(6, page.Total);
        Assert.Equal([0, 1, 2, 3, 4, 5], Instances(page));
        var row = page.Rows[1];
        Assert.Equal((0, 1), (row.Label, row.Flips));
        Assert.Equal([0, 1, 0], row.Predictions.Select(p => p.Predicted));
        Assert.Equal([CorrectnessChange.BothRight, CorrectnessChange.Broken, CorrectnessChange.BothRight], row.Predictions.Select(p => p.Change));
        Assert.Equal([true, false, true], row.Predictions.Select(p => p.Agrees));
        Assert.Equal(0.0, row.Predictions[0].Kl);
        Assert.True(row.Predictions[1].Kl > 0);
    }

    [Fact]
    public async Task Offset_and_limit_page_the_filtered_list_and_the_limit_is_clamped()
    {
        Assert.Equal(new[] { 2, 3 }, Instances(await Page(offset: 2, limit: 2)));
        Assert.Empty((await Page(offset: 10)).Rows);
        Assert.Equal(6, (await Page(limit: 5000)).Rows.Count);
    }

    [Theory]
    [InlineData(InstanceChange.Fixed, "C", new[] { 2, 5 })]
    [InlineData(InstanceChange.Broken, "B", new[] { 1, 4 })]
    [InlineData(InstanceChange.BothRight, "B", new[] { 0, 3 })]
    [InlineData(InstanceChange.BothWrong, "B", new[] { 2, 5 })]
    [InlineData(InstanceChange.Disagree, "C", new[] { 2, 5 })]
    [InlineData(InstanceChange.All, null, new[] { 0, 1, 2, 3, 4, 5 })]
    public async Task Change_filters_keep_the_instances_whose_change_for_the_model_matches(InstanceChange change, string? model, int[] expected)
    {
        var page = await Page(filter: new InstanceFilter { Change = change, ModelId = model });
        Assert.Equal(expected, Instances(page));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task Class_index_and_class_name_search_filter_by_true_class()
    {
        Assert.Equal(new[] { 3, 4, 5 }, Instances(await Page(filter: new InstanceFilter { ClassIndex = 1 })));
        Assert.Equal(new[] { 0, 1, 2 }, Instances(await Page(filter: new InstanceFilter { Search = "CA" })));
        Assert.Empty((await Page(filter: new InstanceFilter { Search = "cat", ClassIndex = 1 })).Rows);
        Assert.Equal(new[] { 1 }, Instances(await Page(filter: new InstanceFilter { Search = "cat", Change = InstanceChange.Broken, ModelId = "B" })));
    }

    [Fact]
    public async Task Listed_instances_keep_only_those_once_each_in_dataset_order_and_combine_with_other_filters()
    {
        var page = await Page(filter: new InstanceFilter { Instances = [5, 1, 5, 3] });
        Assert.Equal(new[] { 1, 3, 5 }, Instances(page));
        Assert.Equal(3, page.Total);
        Assert.Equal(new[] { 3, 5 }, Instances(await Page(filter: new InstanceFilter { Instances = [5, 1, 3], ClassIndex = 1 })));
        Assert.Equal(new[] { 1, 5, 0 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Flips, Descending = true },
            filter: new InstanceFilter { Instances = [0, 5, 1] })));
        Assert.Empty((await Page(filter: new InstanceFilter { Instances = [] })).Rows);
    }

    [Fact]
    public async Task Listed_instances_outside_the_dataset_or_too_many_are_rejected_with_a_hint()
    {
        var outside = await Assert.ThrowsAsync<BackendException>(() => Page(filter: new InstanceFilter { Instances = [2, 6] }));
        Assert.Contains("Instance 6 is not in the dataset", outside.Message);
        var tooMany = await Assert.ThrowsAsync<BackendException>(() => Page(filter: new InstanceFilter { Instances = [.. Enumerable.Repeat(0, 1001)] }));
        Assert.Contains("at most 1000", tooMany.Message);
    }

    [Fact]
    public async Task Sorting_by_flips_puts_flipped_instances_first_and_ties_keep_dataset_order()
    {
        Assert.Equal(new[] { 1, 2, 4, 5, 0, 3 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Flips, Descending = true })));
        Assert.Equal(new[] { 0, 3, 1, 2, 4, 5 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Flips })));
    }

    [Fact]
    public async Task Ties_in_confidence_keep_dataset_order_in_both_directions()
    {
        // Every hand-made row has confidence 0.8: a sort must not reshuffle them.
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Confidence, ModelId = "B", Descending = true })));
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Confidence, ModelId = "B" })));
    }

    [Fact]
    public async Task Sorting_by_a_models_correctness_or_kl_orders_by_that_models_values()
    {
        Assert.Equal(new[] { 1, 2, 4, 5, 0, 3 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Correct, ModelId = "B" })));
        // B's distribution differs from A's only where it predicts differently (1 and 4).
        Assert.Equal(new[] { 1, 4, 0, 2, 3, 5 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Kl, ModelId = "B", Descending = true })));
        Assert.Equal(new[] { 1, 4, 0, 2, 3, 5 }, Instances(await Page(sort: new InstanceSort { Field = InstanceSortField.Agrees, ModelId = "B" })));
    }

    [Fact]
    public async Task Paging_reuses_the_computed_arrays_instead_of_asking_for_outputs_again()
    {
        var outputs = BehaviorSpecFolder.Outputs();
        var service = _folder.Service(outputs);
        await Page(service: service);
        await Page(offset: 3, service: service);
        Assert.Equal(3, outputs.Calls);
    }

    [Fact]
    public async Task A_changed_labels_file_is_read_again_and_the_instances_recomputed()
    {
        var outputs = BehaviorSpecFolder.Outputs();
        var service = _folder.Service(outputs);
        Assert.Equal(0, (await Page(service: service)).Rows[0].Label);
        var labels = Path.Combine(_folder.Root, "y.npy");
        CompressCompare.Backend.Data.NpyArray.OfInt64([1, 1, 1, 1, 1, 1], 6).Write(labels);
        File.SetLastWriteTimeUtc(labels, DateTime.UtcNow.AddMinutes(1));
        var page = await Page(service: service);
        Assert.Equal(6, outputs.Calls);
        Assert.All(page.Rows, r => Assert.Equal(1, r.Label));
    }

    [Fact]
    public void The_page_size_is_clamped_to_1000_rows()
    {
        var predicted = Enumerable.Range(0, 1500).Select(i => i % 2).ToArray();
        var data = CompressCompare.Backend.Behaviors.BehaviorComputation.Instances(predicted, ["a", "b"],
            [HandOutputs.Predicting("A", 2, predicted), HandOutputs.Predicting("B", 2, predicted)]);
        var page = CompressCompare.Backend.Behaviors.InstanceTable.Page(data, null, null, 0, 5000);
        Assert.Equal((1500, 1000), (page.Total, page.Rows.Count));
    }

    [Fact]
    public async Task Unknown_models_and_missing_model_ids_are_refused_with_what_to_use()
    {
        var model = await Assert.ThrowsAsync<BackendException>(() => Page(sort: new InstanceSort { Field = InstanceSortField.Kl, ModelId = "Z" }));
        Assert.Contains("A, B, C", model.ErrorData.Hint);
        var missing = await Assert.ThrowsAsync<BackendException>(() => Page(filter: new InstanceFilter { Change = InstanceChange.Fixed }));
        Assert.Contains("needs a model id", missing.Message);
    }
}
