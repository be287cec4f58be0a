namespace OrleansExperiments.Client.Preflight;

/// <summary>Bad input found before anything was stored or queued (exit code 2). The message says what to do.</summary>
public sealed class PreflightException(string message, Exception? inner = null) : Exception(message, inner);
