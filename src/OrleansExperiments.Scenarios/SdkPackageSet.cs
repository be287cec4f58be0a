namespace OrleansExperiments.Scenarios;

/// <summary>
/// A local folder of trainer-SDK packages (OrleansExperiments.Protocol and OrleansExperiments.Training, both of
/// <see cref="Version"/>) that a scenario repository restores from.
/// </summary>
/// <param name="Folder">The absolute path of the folder that holds the .nupkg files.</param>
/// <param name="Version">The packages' version; the scenario repository pins it exactly.</param>
public sealed record SdkPackageSet(string Folder, string Version);
