using System.Text.Json;
using System.Collections.ObjectModel;

namespace OrleansExperiments.Protocol.Manifest;

/// <summary>Reads and validates <c>orlx.json</c>, collecting every problem before it fails.</summary>
internal sealed class ManifestReader
{
    private const string ModeOrProfileRule =
        "is not a valid name: use 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit.";

    private const string MetricRule =
        "is not a valid metric name: use 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit.";

    private const string MetricExample =
        "for example \"metrics\": { \"val_accuracy\": { \"goal\": \"maximize\", \"version\": \"1\", \"inputs\": [\"trainer/Evaluation.cs\"] } }";

    // System.Text.Json ends its messages with the position, which the manifest message already gives.
    private const string JsonPositionSuffix = " LineNumber:";

    private readonly ManifestProblems problems = new();

    public static WorkloadManifest Read(string json, string sourceDescription)
    {
        using var document = ParseJson(json, sourceDescription);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new ManifestException(sourceDescription,
                [$"it must be a JSON object such as {{ \"schema\": 1, \"run\": \"...\", ... }}, not {ManifestProblems.Describe(root)}."]);
        RefuseNewerSchema(root, sourceDescription);

        var reader = new ManifestReader();
        var manifest = reader.ReadManifest(root);
        return reader.problems.Count == 0 && manifest is not null
            ? manifest
            : throw new ManifestException(sourceDescription, reader.problems.All);
    }

    private static JsonDocument ParseJson(string json, string sourceDescription)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            var message = error.Message;
            var suffix = message.IndexOf(JsonPositionSuffix, StringComparison.Ordinal);
            throw new ManifestException(sourceDescription,
            [
                $"it is not valid JSON (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}): " +
                $"{(suffix < 0 ? message : message[..suffix])} Fix the JSON syntax there.",
            ]);
        }
    }

    // A newer schema may have new members and rules: report only that orlx is too old for it.
    private static void RefuseNewerSchema(JsonElement root, string sourceDescription)
    {
        if (root.TryGetProperty(ManifestMembers.Schema, out var schema) && TryGetInteger(schema, out var number) && number > WorkloadManifest.SupportedSchema)
            throw new ManifestException(sourceDescription,
            [
                $"{ManifestMembers.Schema}: the manifest uses schema {number}, and this orlx reads schema {WorkloadManifest.SupportedSchema}; upgrade orlx.",
            ]);
    }

    private WorkloadManifest? ReadManifest(JsonElement root)
    {
        var members = problems.Members(root, path: null, ManifestMembers.TopLevel);
        ReadSchema(members);
        var build = ReadCommand(members, ManifestMembers.Build, missingAdvice: null,
            emptyAdvice: "omit \"build\" for trainers that need no build.");
        var buildInputs = ReadBuildInputs(members);
        var run = ReadCommand(members, ManifestMembers.Run,
            missingAdvice: "add the command that starts the trainer, for example \"run\": \"dotnet {out}/Trainer.dll\".",
            emptyAdvice: "write the program that starts the trainer and its arguments.");
        if (run is { UsesOut: true } && !members.ContainsKey(ManifestMembers.Build))
            problems.Add(ManifestMembers.Run,
                $"uses {ManifestCommand.OutPlaceholder}, the build output folder, but there is no \"build\"; add the build command or remove {ManifestCommand.OutPlaceholder}.");
        var modes = ReadNames(members, ManifestMembers.Modes, "mode", "list the trainer's modes, for example \"modes\": [\"default\"].");
        var profiles = ReadNames(members, ManifestMembers.Profiles, "profile", "list the trainer's profiles, for example \"profiles\": [\"fast\", \"full\"].");
        var metrics = ReadMetrics(members);
        var primaryMetric = ReadPrimaryMetric(members, metrics);
        var margins = ReadEquivalenceMargins(members, metrics);

        if (run is null || buildInputs is null || modes is null || profiles is null || metrics is null || primaryMetric is null || margins is null)
            return null;
        return new WorkloadManifest(build, buildInputs, run, modes, profiles, primaryMetric, metrics, margins);
    }

    private void ReadSchema(Dictionary<string, JsonElement> members)
    {
        if (!members.TryGetValue(ManifestMembers.Schema, out var schema))
            problems.Add(ManifestMembers.Schema, $"missing; add \"schema\": {WorkloadManifest.SupportedSchema}.");
        else if (!TryGetInteger(schema, out var number) || number != WorkloadManifest.SupportedSchema)
            problems.Add(ManifestMembers.Schema, $"must be {WorkloadManifest.SupportedSchema}, not {ManifestProblems.Describe(schema)}.");
    }

    private static bool TryGetInteger(JsonElement element, out int number)
    {
        number = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out number);
    }

    private ManifestCommand? ReadCommand(Dictionary<string, JsonElement> members, string name, string? missingAdvice, string emptyAdvice)
    {
        var text = problems.String(members, path: null, name, missingAdvice);
        if (text is null)
            return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(name, $"the command is empty; {emptyAdvice}");
            return null;
        }
        try
        {
            return ManifestCommand.Parse(text);
        }
        catch (CommandLineException error)
        {
            problems.Add(name, error.Message);
            return null;
        }
    }

    // Optional: absent means "the build reads the whole tree". Present, it must name paths, and only with a build.
    private List<string>? ReadBuildInputs(Dictionary<string, JsonElement> members)
    {
        if (!members.ContainsKey(ManifestMembers.BuildInputs))
            return [];
        var before = problems.Count;
        if (!members.ContainsKey(ManifestMembers.Build))
            problems.Add(ManifestMembers.BuildInputs, "lists what the build reads, but there is no \"build\"; add the build command or remove \"buildInputs\".");
        var items = problems.NonEmptyStringArray(members, path: null, ManifestMembers.BuildInputs,
            "list the files and folders the build reads (project files, sources, NuGet.config), relative to the repository root, or omit \"buildInputs\" to key builds by the whole tree.");
        var inputs = items is null ? null : problems.DistinctValid(items, ManifestNames.ExplainInvalidRepositoryPath, "build input");
        return problems.Count == before ? inputs : null;
    }

    private List<string>? ReadNames(Dictionary<string, JsonElement> members, string name, string what, string missingAdvice)
    {
        var before = problems.Count;
        var items = problems.NonEmptyStringArray(members, path: null, name, missingAdvice);
        if (items is null)
            return null;
        var names = problems.DistinctValid(items, value => ManifestNames.IsValidModeOrProfile(value) ? null : ModeOrProfileRule, what);
        return problems.Count == before ? names : null;
    }

    private IReadOnlyDictionary<string, MetricDefinition>? ReadMetrics(Dictionary<string, JsonElement> members)
    {
        if (!members.TryGetValue(ManifestMembers.Metrics, out var element))
        {
            problems.Add(ManifestMembers.Metrics, $"missing; declare each metric the trainer reports, {MetricExample}.");
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ManifestMembers.Metrics, $"must be an object of metric definitions, not {ManifestProblems.Describe(element)}; {MetricExample}.");
            return null;
        }
        var before = problems.Count;
        var metrics = new OrderedDictionary<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (var (name, definition) in problems.Members(element, ManifestMembers.Metrics, known: null))
        {
            var path = ManifestProblems.Join(ManifestMembers.Metrics, name);
            if (!ManifestNames.IsValidMetric(name))
                problems.Add(path, $"\"{name}\" {MetricRule}");
            else if (ReadMetric(name, path, definition) is { } metric)
                metrics.Add(name, metric);
        }
        if (metrics.Count == 0 && problems.Count == before)
            problems.Add(ManifestMembers.Metrics, $"no metric is declared; {MetricExample}.");
        return problems.Count == before ? new ReadOnlyDictionary<string, MetricDefinition>(metrics) : null;
    }

    private MetricDefinition? ReadMetric(string name, string path, JsonElement definition)
    {
        if (definition.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"must be an object with goal, version and inputs, not {ManifestProblems.Describe(definition)}.");
            return null;
        }
        var before = problems.Count;
        var members = problems.Members(definition, path, ManifestMembers.Metric);

        var goalText = problems.String(members, path, ManifestMembers.Goal, $"add \"goal\": \"{MetricGoalNames.Maximize}\" or \"{MetricGoalNames.Minimize}\".");
        var goal = default(MetricGoal);
        if (goalText is not null && !MetricGoalNames.TryParse(goalText, out goal))
            problems.Add(ManifestProblems.Join(path, ManifestMembers.Goal), $"\"{goalText}\" is not a goal; use \"{MetricGoalNames.Maximize}\" or \"{MetricGoalNames.Minimize}\".");

        var version = problems.String(members, path, ManifestMembers.Version, "add \"version\": \"1\" and change it whenever the metric's meaning changes.");
        if (version is not null && string.IsNullOrWhiteSpace(version))
            problems.Add(ManifestProblems.Join(path, ManifestMembers.Version), "is empty; write a version such as \"1\".");

        var inputs = ReadInputs(members, path);
        return problems.Count == before ? new MetricDefinition(name, goal, version!, inputs!) : null;
    }

    private List<string>? ReadInputs(Dictionary<string, JsonElement> members, string path)
    {
        var items = problems.NonEmptyStringArray(members, path, ManifestMembers.Inputs,
            "list the files the metric depends on (evaluation code, validation data), relative to the repository root.");
        return items is null ? null : problems.DistinctValid(items, ManifestNames.ExplainInvalidRepositoryPath, "input");
    }

    private string? ReadPrimaryMetric(Dictionary<string, JsonElement> members, IReadOnlyDictionary<string, MetricDefinition>? metrics)
    {
        var primaryMetric = problems.String(members, path: null, ManifestMembers.PrimaryMetric, "name the metric that comparisons use by default, for example \"primaryMetric\": \"val_accuracy\".");
        if (primaryMetric is not null && metrics is not null && !metrics.ContainsKey(primaryMetric))
        {
            problems.Add(ManifestMembers.PrimaryMetric, $"\"{primaryMetric}\" is not a declared metric; use one of {string.Join(", ", metrics.Keys)} or declare it under \"metrics\".");
            return null;
        }
        return primaryMetric;
    }

    private EquivalenceMargins? ReadEquivalenceMargins(Dictionary<string, JsonElement> members, IReadOnlyDictionary<string, MetricDefinition>? metrics)
    {
        if (!members.TryGetValue(ManifestMembers.EquivalenceMargins, out var element))
            return EquivalenceMargins.None;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ManifestMembers.EquivalenceMargins, $"must be an object of metric name to margin, for example {{ \"val_accuracy\": 0.005 }}, not {ManifestProblems.Describe(element)}.");
            return null;
        }
        var before = problems.Count;
        var margins = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in problems.Members(element, ManifestMembers.EquivalenceMargins, known: null))
        {
            var path = ManifestProblems.Join(ManifestMembers.EquivalenceMargins, name);
            if (metrics is not null && !metrics.ContainsKey(name))
                problems.Add(path, $"\"{name}\" is not a declared metric; use one of {string.Join(", ", metrics.Keys)}.");
            else if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var margin) || !double.IsFinite(margin) || margin <= 0)
                problems.Add(path, $"must be a finite number greater than 0 in the metric's units (for example 0.005), not {ManifestProblems.Describe(value)}.");
            else
                margins.Add(name, margin);
        }
        return problems.Count == before ? new EquivalenceMargins(margins) : null;
    }
}
