namespace OrleansExperiments.Git;

/// <summary>Why a git-level check refused its input. Every refusal is bad input: nothing should run or be stored.</summary>
public enum GitRefusal
{
    /// <summary>An experiment id, arm, ref or path contains characters or segments that are not allowed.</summary>
    InvalidName,
    /// <summary>The repository path or URL is malformed, missing or not a git repository.</summary>
    InvalidSource,
    /// <summary>The repository could not be cloned or fetched.</summary>
    SourceUnreachable,
    /// <summary>The local working tree has modified, staged or untracked files.</summary>
    DirtyTree,
    /// <summary>No branch, tag or commit has the given name.</summary>
    UnknownRef,
    /// <summary>The name matches more than one ref or commit.</summary>
    AmbiguousRef,
    /// <summary>A change was given as a tag or a bare commit instead of a branch.</summary>
    ChangeNotABranch,
    /// <summary>The change branch is the baseline branch itself.</summary>
    ChangeIsBaseline,
    /// <summary>The change branch has no commits that are not already on the baseline.</summary>
    ChangeHasNoNewCommits,
    /// <summary>The same change commit was given twice for one combination.</summary>
    DuplicateChange,
    /// <summary>The change branches (or a change and the baseline) conflict when merged.</summary>
    MergeConflict,
    /// <summary>An experiment tag already exists and points at another commit.</summary>
    TagConflict,
    /// <summary>A file or folder listed as a hash input does not exist at the commit.</summary>
    MissingInput,
    /// <summary>A commit is not in the repository, even after fetching.</summary>
    MissingCommit,
}
