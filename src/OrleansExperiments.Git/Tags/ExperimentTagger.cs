using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Tags the commits of an experiment as <c>orlx/&lt;experimentId&gt;/&lt;arm&gt;</c> (lightweight tags), in the
/// mirror and, for a local source, in the user's repository, where <c>git tag</c> shows them. Re-tagging the
/// same commit is a no-op; a tag that already points elsewhere is refused.
/// </summary>
internal static class ExperimentTagger
{
    public static string Tag(Repository mirror, RepositorySource source, string experimentId, string arm, string commitSha)
    {
        var tagName = ExperimentNames.TagName(experimentId, arm);
        var commit = CommitLookup.Find(mirror, commitSha, source.Location).Sha;
        RefWriter.EnsureInMirrorAndSource(mirror, source, RefResolver.TagPrefix + tagName, commit,
            (where, current) => new GitRefusedException(GitRefusal.TagConflict,
                $"Tag {tagName} in {where} already points at {current}, not {commit}: an experiment id is used once. " +
                $"Use a new experiment id, or delete the tag with `git tag -d {tagName}` if it is stale."));
        return tagName;
    }
}
