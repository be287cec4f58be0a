using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Tests;

/// <summary>Bad keys and oversized properties fail before anything is sent, with messages that say what to change.</summary>
public sealed class KeyValidationTests
{
    // No request is sent: validation happens before the first call to the service.
    private static readonly ResultStore Store = new("UseDevelopmentStorage=true");

    [Fact]
    public async Task An_empty_experiment_id_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.UpsertExperimentAsync(Samples.Experiment(id: "")));

        Assert.Contains("experiment id", error.Message);
        Assert.Contains("must not be empty", error.Message);
    }

    [Fact]
    public async Task An_empty_metric_name_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendMetricPointsAsync("run-1", [new MetricPoint("", 1, 0)]));

        Assert.Contains("metric name", error.Message);
    }

    [Fact]
    public async Task A_negative_seed_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.UpsertRunAsync(Samples.Run(seed: -1)));

        Assert.Contains("Seeds", error.Message);
    }

    [Fact]
    public async Task A_negative_step_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.AppendMetricPointsAsync("run-1", [new MetricPoint("loss", -1, 0)]));

        Assert.Contains("metric steps must be zero or more", error.Message);
    }

    [Fact]
    public async Task A_key_longer_than_Azure_allows_is_rejected_naming_its_parts()
    {
        var longBranch = "feature/" + new string('x', TableKey.MaxLength);
        var baseline = Samples.Baseline(branch: longBranch);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.UpsertBaselineAsync(baseline));

        Assert.Contains($"at most {TableKey.MaxLength}", error.Message);
        Assert.Contains("branch", error.Message);
    }

    [Fact]
    public async Task A_property_over_64_KiB_is_rejected_naming_the_property()
    {
        var huge = Samples.Experiment() with { ResultJson = new string('9', 40_000) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.UpsertExperimentAsync(huge));

        Assert.Contains("ResultJson of experiment exp-1", error.Message);
        Assert.Contains("64 KiB", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("orlx-test")]
    [InlineData("a_very_long_prefix_that_would_push_table_names_past_sixty_three")]
    public void An_invalid_table_prefix_is_rejected(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => ResultTableNames.WithPrefix(prefix));

        Assert.Contains("letters and digits", error.Message);
    }

    [Fact]
    public void Table_names_carry_the_prefix()
    {
        var names = ResultTableNames.WithPrefix("ci42");

        Assert.All(names.All, name => Assert.StartsWith("ci42", name));
        Assert.Equal(5, names.All.Distinct().Count());
    }
}
