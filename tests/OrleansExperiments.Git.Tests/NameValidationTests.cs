namespace OrleansExperiments.Git.Tests;

public sealed class NameValidationTests
{
    [Theory]
    [InlineData("exp-20250101-01")]
    [InlineData("a")]
    [InlineData("cell.a+b_1")]
    public void Safe_experiment_ids_and_arms_are_accepted(string name)
    {
        Assert.Equal(name, ExperimentNames.ValidateExperimentId(name));
        Assert.Equal(name, ExperimentNames.ValidateArm(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a..b")]
    [InlineData(".hidden")]
    [InlineData("-option")]
    [InlineData("ends.")]
    [InlineData("x.lock")]
    [InlineData("with space")]
    [InlineData("tab\there")]
    [InlineData("a:b")]
    public void Unsafe_experiment_ids_are_refused_with_the_rules(string name)
    {
        var refused = Assert.Throws<GitRefusedException>(() => ExperimentNames.ValidateExperimentId(name));
        Assert.Equal(GitRefusal.InvalidName, refused.Reason);
        Assert.Contains("Invalid experiment id", refused.Message);
        Assert.Contains("letters, digits", refused.Message);
    }

    [Fact]
    public void Too_long_arm_names_are_refused()
    {
        var refused = Assert.Throws<GitRefusedException>(() => ExperimentNames.ValidateArm(new string('a', ExperimentNames.MaxLength + 1)));
        Assert.Contains("Invalid arm name", refused.Message);
    }

    [Fact]
    public void Tag_names_join_the_validated_parts()
    {
        Assert.Equal("orlx/e1/baseline", ExperimentNames.TagName("e1", "baseline"));
        Assert.Throws<GitRefusedException>(() => ExperimentNames.TagName("e1", "../x"));
    }

    [Theory]
    [InlineData("main")]
    [InlineData("exp/wider")]
    [InlineData("HEAD")]
    [InlineData("refs/tags/v1")]
    [InlineData("0123abcd")]
    public void Git_ref_names_are_accepted(string name) => Assert.Equal(name, RefNames.Validate(name));

    [Theory]
    [InlineData("")]
    [InlineData("-main")]
    [InlineData("a..b")]
    [InlineData("main~1")]
    [InlineData("main^")]
    [InlineData("a b")]
    [InlineData("x:y")]
    [InlineData("HEAD@{1}")]
    [InlineData("trailing/")]
    [InlineData("x.lock")]
    public void Bad_ref_names_are_refused(string name)
    {
        var refused = Assert.Throws<GitRefusedException>(() => RefNames.Validate(name));
        Assert.Equal(GitRefusal.InvalidName, refused.Reason);
        Assert.Contains("Invalid ref name", refused.Message);
    }

    [Theory]
    [InlineData("trainer/Evaluation.cs", "trainer/Evaluation.cs")]
    [InlineData("data/", "data")]
    public void Repository_paths_are_normalized(string path, string expected) => Assert.Equal(expected, RepoPaths.Normalize(path));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../outside")]
    [InlineData("a/../b")]
    [InlineData("./a")]
    [InlineData("a//b")]
    [InlineData("a\\b")]
    [InlineData(".git/config")]
    public void Escaping_repository_paths_are_refused(string path)
    {
        var refused = Assert.Throws<GitRefusedException>(() => RepoPaths.Normalize(path));
        Assert.Contains("relative to the repository root", refused.Message);
    }

    [Fact]
    public void Commit_ids_must_be_full_hex_shas()
    {
        Assert.Equal(new string('a', 40), CommitIds.Validate(new string('A', 40)));
        foreach (var bad in new[] { "abc123", new string('g', 40), "../" + new string('a', 37) })
        {
            var refused = Assert.Throws<GitRefusedException>(() => CommitIds.Validate(bad));
            Assert.Contains("full 40-character hex SHA", refused.Message);
        }
    }
}
