namespace OrleansExperiments.Azurite;

/// <summary>The folder that holds all local state of OrleansExperiments: <c>$ORLX_HOME</c>, by default <c>~/.orlx</c>.</summary>
public static class OrlxHome
{
    /// <summary>The environment variable that overrides the default folder.</summary>
    public const string EnvironmentVariable = "ORLX_HOME";

    private const string DefaultFolderName = ".orlx";

    /// <summary>The resolved folder (not created).</summary>
    public static string Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return System.IO.Path.GetFullPath(configured);
            }

            var userHome = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return System.IO.Path.Combine(userHome, DefaultFolderName);
        }
    }

    /// <summary>The folder under <see cref="Path"/> where the Azurite package may be installed and its data is kept.</summary>
    public static string AzuriteFolder => System.IO.Path.Combine(Path, "azurite");
}
