namespace OrleansExperiments.Azurite;

/// <summary>Azurite could not be found, started or reached; the message says what to do.</summary>
public sealed class AzuriteException : Exception
{
    /// <summary>Creates the exception with a message that names the cause and the remedy.</summary>
    public AzuriteException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AzuriteException(string message, Exception innerException) : base(message, innerException) { }
}
