using System.Collections.Immutable;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Client.Requests;
using OrleansExperiments.Git;
using OrleansExperiments.Grains.Experiments;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Client.Preflight;

/// <summary>
/// Turns a request into a fully resolved <see cref="ExperimentSpec"/>, refusing bad input before anything is stored or
/// queued: a dirty tree, an unknown ref, a change that is not its own branch, a malformed manifest, undeclared modes,
/// profiles or metrics, too few seeds, and metrics whose versions or inputs disagree between the arms.
/// </summary>
public sealed class ExperimentPreflight(string mirrorsFolder, TimeProvider clock)
{
    public const int MinimumSeedsToCompare = ExperimentSpecValidator.MinimumSeedsToCompare;
    public const int MaximumSeeds = 1000;
    /// <summary>Seeds are 1..n, the same list for every arm (paired seeds).</summary>
    public const int FirstSeed = 1;

    public async Task<ExperimentSpec> PrepareRunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        RequireCommonOptions(request, minimumSeeds: 1);
        var repository = await RepositoryAtCommits.OpenAsync(request.Repository, mirrorsFolder, cancellationToken);
        var target = repository.Resolve(request.Ref);
        var manifest = repository.ManifestAt(target);
        var modes = TargetModes(request, manifest);
        var profile = Profile(request, manifest);
        var metric = Metric(request, manifest, target.Input);
        return new ExperimentSpec
        {
            ExperimentId = ExperimentIds.New(clock.GetUtcNow()),
            Kind = ExperimentKind.Run,
            Repository = repository.Source.Location,
            Arms = [new ArmSpec(RunAnalysis.RunArm, request.Ref, target.Commit, [])],
            Modes = modes,
            Profile = profile,
            Seeds = Seeds(request.Seeds),
            Metric = ToSpec(metric, repository.HashInputs(target, metric).Hash, manifest),
            DeclaredMetrics = [.. manifest.Metrics.Keys],
            Alpha = request.Alpha,
            Alternative = request.Alternative,
            CreatedAt = clock.GetUtcNow(),
            GateProfile = GateProfile(request, profile, manifest),
        };
    }

    /// <summary>A run of the baseline branch's tip whose results are stored as that branch's baseline (forced re-measurement).</summary>
    public async Task<ExperimentSpec> PrepareBaselineRerunAsync(BaselineRerunRequest request, CancellationToken cancellationToken)
    {
        var spec = await PrepareRunAsync(new RunRequest
        {
            Repository = request.Repository,
            Ref = request.Branch,
            Modes = request.Modes,
            Seeds = request.Seeds,
            Profile = request.Profile,
            Metric = request.Metric,
            Alpha = request.Alpha,
        }, cancellationToken);
        var repository = await RepositoryAtCommits.OpenAsync(request.Repository, mirrorsFolder, cancellationToken);
        var branch = repository.Resolve(request.Branch);
        if (branch.Kind != RefKind.Branch)
        {
            throw new PreflightException($"'{request.Branch}' is a {branch.Kind.ToString().ToLowerInvariant()}, not a branch: baselines belong to branches.");
        }
        return spec with
        {
            Arms = [new ArmSpec(CompareAnalysis.BaselineArm, request.Branch, branch.Commit, [])],
            BaselineBranch = branch.Name,
        };
    }

    public async Task<ExperimentSpec> PrepareCompareAsync(CompareRequest request, CancellationToken cancellationToken)
    {
        RequireCommonOptions(request, MinimumSeedsToCompare);
        var repository = await RepositoryAtCommits.OpenAsync(request.Repository, mirrorsFolder, cancellationToken);
        var baseline = repository.Resolve(request.Baseline);
        var change = repository.ResolveChange(request.Change, baseline);
        var baselineManifest = repository.ManifestAt(baseline);
        var changeManifest = repository.ManifestAt(change);

        var modes = TargetModes(request, baselineManifest);
        RequireDeclared(modes, changeManifest.Modes, "mode", change.Input);
        var checkedModes = request.CheckOtherModes
            ? baselineManifest.Modes.Where(m => !modes.Contains(m) && changeManifest.Modes.Contains(m)).ToImmutableArray()
            : [];
        var profile = Profile(request, baselineManifest);
        RequireDeclared([profile], changeManifest.Profiles, "profile", change.Input);
        var metric = Metric(request, baselineManifest, baseline.Input);
        var changeMetric = Metric(request with { Metric = metric.Name }, changeManifest, change.Input);
        var inputsHash = MetricVersionGate.Check(repository, baseline, metric, change, changeMetric);

        return new ExperimentSpec
        {
            ExperimentId = ExperimentIds.New(clock.GetUtcNow()),
            Kind = ExperimentKind.Compare,
            Repository = repository.Source.Location,
            Arms =
            [
                new ArmSpec(CompareAnalysis.BaselineArm, request.Baseline, baseline.Commit, []),
                new ArmSpec(CompareAnalysis.ChangeArm, request.Change, change.Commit, []),
            ],
            Modes = modes,
            CheckedModes = checkedModes,
            Profile = profile,
            Seeds = Seeds(request.Seeds),
            Metric = ToSpec(metric, inputsHash, baselineManifest),
            DeclaredMetrics = [.. baselineManifest.Metrics.Keys.Intersect(changeManifest.Metrics.Keys)],
            Alpha = request.Alpha,
            Alternative = request.Alternative,
            BaselineBranch = baseline.Kind == RefKind.Branch ? baseline.Name : null,
            CreatedAt = clock.GetUtcNow(),
            GateProfile = GateProfile(request, profile, baselineManifest),
        };
    }

    public async Task<ExperimentSpec> PrepareAblateAsync(AblateRequest request, CancellationToken cancellationToken)
    {
        RequireCommonOptions(request, MinimumSeedsToCompare);
        AblationPreflight.RequireComponentCount(request.Changes);
        var repository = await RepositoryAtCommits.OpenAsync(request.Repository, mirrorsFolder, cancellationToken);
        var baseline = repository.Resolve(request.Baseline);
        var changes = request.Changes.Select(c => repository.ResolveChange(c, baseline)).ToList();
        var baselineManifest = repository.ManifestAt(baseline);
        var modes = TargetModes(request, baselineManifest);
        var profile = Profile(request, baselineManifest);
        var metric = Metric(request, baselineManifest, baseline.Input);
        var inputsHash = repository.HashInputs(baseline, metric).Hash;
        var declared = baselineManifest.Metrics.Keys.ToHashSet(StringComparer.Ordinal);
        var cells = await AblationPreflight.CellsAsync(repository, request.Baseline, baseline, changes, cancellationToken);
        foreach (var cell in cells.Skip(1))
        {
            var at = new ResolvedRef(cell.Ref, RefKind.Commit, cell.Ref, cell.Commit);
            var manifest = repository.ManifestAt(at);
            RequireDeclared(modes, manifest.Modes, "mode", cell.Ref);
            RequireDeclared([profile], manifest.Profiles, "profile", cell.Ref);
            MetricVersionGate.Check(repository, baseline, metric, at, Metric(request with { Metric = metric.Name }, manifest, cell.Ref));
            declared.IntersectWith(manifest.Metrics.Keys);
        }
        return new ExperimentSpec
        {
            ExperimentId = ExperimentIds.New(clock.GetUtcNow()),
            Kind = ExperimentKind.Ablate,
            Repository = repository.Source.Location,
            Arms = cells,
            Modes = modes,
            Profile = profile,
            Seeds = Seeds(request.Seeds),
            Metric = ToSpec(metric, inputsHash, baselineManifest),
            DeclaredMetrics = [.. declared.Order(StringComparer.Ordinal)],
            Alpha = request.Alpha,
            Alternative = request.Alternative,
            CreatedAt = clock.GetUtcNow(),
            GateProfile = GateProfile(request, profile, baselineManifest),
        };
    }

    /// <summary>Tags every arm's commit <c>orlx/&lt;id&gt;/&lt;arm&gt;</c> in the mirror and the user's repository.</summary>
    public async Task TagAsync(ExperimentSpec spec, CancellationToken cancellationToken)
    {
        var mirror = new MirrorStore(mirrorsFolder).For(RepositorySource.Parse(spec.Repository));
        foreach (var arm in spec.Arms)
        {
            await mirror.TagAsync(spec.ExperimentId, arm.Name, arm.Commit, cancellationToken);
        }
    }

    private static void RequireCommonOptions(ExperimentRequest request, int minimumSeeds)
    {
        if (request.Seeds < minimumSeeds || request.Seeds > MaximumSeeds)
        {
            throw new PreflightException(minimumSeeds > 1
                ? $"--seeds {request.Seeds}: a comparison needs at least {minimumSeeds} seeds per arm (one run per arm says nothing about noise); use --seeds 5 or more."
                : $"--seeds {request.Seeds}: use between {minimumSeeds} and {MaximumSeeds} seeds.");
        }
        if (!(request.Alpha > 0 && request.Alpha <= ExperimentSpecValidator.MaximumAlpha))
        {
            throw new PreflightException($"--alpha {request.Alpha}: use a significance level in (0, {ExperimentSpecValidator.MaximumAlpha}], e.g. 0.05.");
        }
        foreach (var mode in request.Modes)
        {
            if (!GridNames.IsValid(mode))
            {
                throw new PreflightException($"--mode '{mode}' is not a valid mode name.");
            }
        }
    }

    private static ImmutableArray<string> TargetModes(ExperimentRequest request, WorkloadManifest manifest)
    {
        if (request.Modes.Count == 0)
        {
            return [.. manifest.Modes];
        }
        RequireDeclared(request.Modes, manifest.Modes, "mode", "the baseline");
        return [.. request.Modes.Distinct()];
    }

    /// <summary>The profile every workload declares for its fast loop; it gates any other profile.</summary>
    public const string FastProfile = "fast";

    private static string? GateProfile(ExperimentRequest request, string profile, WorkloadManifest manifest) =>
        request.FastGate && profile != FastProfile && manifest.Profiles.Contains(FastProfile) ? FastProfile : null;

    private static string Profile(ExperimentRequest request, WorkloadManifest manifest)
    {
        var profile = request.Profile ?? manifest.Profiles[0];
        RequireDeclared([profile], manifest.Profiles, "profile", "the baseline");
        return profile;
    }

    private static MetricDefinition Metric(ExperimentRequest request, WorkloadManifest manifest, string at)
    {
        var name = request.Metric ?? manifest.PrimaryMetric;
        return manifest.Metrics.TryGetValue(name, out var metric)
            ? metric
            : throw new PreflightException($"Metric '{name}' is not declared in {WorkloadManifest.FileName} at {at} (declared: {string.Join(", ", manifest.Metrics.Keys)}).");
    }

    private static void RequireDeclared(IEnumerable<string> wanted, IReadOnlyList<string> declared, string what, string at)
    {
        var missing = wanted.Where(w => !declared.Contains(w)).ToList();
        if (missing.Count > 0)
        {
            throw new PreflightException(
                $"{Capitalize(what)} {string.Join(", ", missing.Select(m => $"'{m}'"))} not declared in {WorkloadManifest.FileName} at {at} (declared: {string.Join(", ", declared)}).");
        }
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static ImmutableArray<int> Seeds(int count) => [.. Enumerable.Range(FirstSeed, count)];

    private static MetricSpec ToSpec(MetricDefinition metric, string inputsHash, WorkloadManifest manifest) => new(
        metric.Name,
        metric.Goal == Protocol.Manifest.MetricGoal.Maximize ? Abstractions.Experiments.MetricGoal.Maximize : Abstractions.Experiments.MetricGoal.Minimize,
        metric.Version,
        inputsHash,
        manifest.EquivalenceMargins.TryGetMargin(metric.Name, out var margin) ? margin : null);
}
