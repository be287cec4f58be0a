using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class HashTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>
{
    private Mirror Mirror => scenario.Mirror;

    [Fact]
    public void A_tree_hash_changes_only_when_a_listed_path_changes()
    {
        string[] buildReads = ["b.txt", "eval"];

        var atMain = Mirror.TreeHash(scenario.Main, buildReads);

        Assert.Matches("^[0-9a-f]{64}$", atMain);
        Assert.Equal(atMain, Mirror.TreeHash(scenario.A, buildReads));
        Assert.NotEqual(atMain, Mirror.TreeHash(scenario.B, buildReads));
    }

    [Fact]
    public void A_tree_hash_ignores_order_and_duplicates()
    {
        Assert.Equal(Mirror.TreeHash(scenario.Main, ["eval", "b.txt"]), Mirror.TreeHash(scenario.Main, ["b.txt", "eval/", "b.txt"]));
    }

    [Fact]
    public void The_tree_hash_of_no_paths_covers_the_whole_tree()
    {
        Assert.NotEqual(Mirror.TreeHash(scenario.Main, []), Mirror.TreeHash(scenario.A, []));
        Assert.Equal(Mirror.TreeHash(scenario.Main, []), Mirror.TreeHash(scenario.Main, []));
    }

    [Fact]
    public void An_absent_build_input_is_hashed_as_absent()
    {
        Assert.NotEqual(Mirror.TreeHash(scenario.Root, ["c.txt"]), Mirror.TreeHash(scenario.Main, ["c.txt"]));
    }

    [Fact]
    public void Tree_hashes_refuse_escaping_paths()
    {
        Assert.Throws<GitRefusedException>(() => Mirror.TreeHash(scenario.Main, ["../x"]));
    }

    [Fact]
    public void Input_fingerprints_expand_folders_into_their_files()
    {
        var fingerprint = Mirror.HashInputs(scenario.Main, ["eval", "data/val.bin"]);

        Assert.Equal(["data/val.bin", "eval/Evaluation.cs", "eval/sub/Helper.cs"], fingerprint.Files.Keys);
        Assert.Matches("^[0-9a-f]{64}$", fingerprint.Hash);
        Assert.All(fingerprint.Files.Values, blobId => Assert.Matches("^[0-9a-f]{40}$", blobId));
    }

    [Fact]
    public void Input_fingerprints_follow_content_not_commits()
    {
        string[] inputs = ["eval", "a.txt"];

        var atMain = Mirror.HashInputs(scenario.Main, inputs);
        var atB = Mirror.HashInputs(scenario.B, inputs);
        var atA = Mirror.HashInputs(scenario.A, inputs);

        Assert.Equal(atMain.Hash, atB.Hash);
        Assert.Empty(atMain.ChangedFiles(atB));
        Assert.NotEqual(atMain.Hash, atA.Hash);
        Assert.Equal(["a.txt"], atMain.ChangedFiles(atA));
    }

    [Fact]
    public void Changed_files_include_added_and_removed_ones()
    {
        var before = Mirror.HashInputs(scenario.Root, ["a.txt"]);
        var after = Mirror.HashInputs(scenario.Main, ["a.txt", "c.txt"]);

        Assert.Equal(["c.txt"], before.ChangedFiles(after));
        Assert.Equal(["c.txt"], after.ChangedFiles(before));
    }

    [Fact]
    public void Missing_inputs_are_refused_naming_each_of_them()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.HashInputs(scenario.Root, ["a.txt", "c.txt", "data/test.bin"]));

        Assert.Equal(GitRefusal.MissingInput, refused.Reason);
        Assert.Contains($"Metric input(s) not found at commit {scenario.Root}: c.txt, data/test.bin.", refused.Message);
        Assert.DoesNotContain("a.txt", refused.Message);
    }
}
