namespace OrleansExperiments.Training.Native;

/// <summary>
/// libtorch or TorchSharp's native library could not be loaded. The message says what failed, carries the
/// loader's own words (<see cref="LoaderMessage"/>, dlerror's text when there is one) and says what to do.
/// </summary>
public sealed class NativeLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What failed, as a sentence.</param>
    /// <param name="loaderMessage">The loader's or file system's message, when there is one.</param>
    /// <param name="advice">What to do about it, as one or more sentences.</param>
    /// <param name="inner">The exception that carried <paramref name="loaderMessage"/>.</param>
    public NativeLoadException(string what, string? loaderMessage, string advice, Exception? inner = null)
        : base(Format(what, loaderMessage, advice), inner)
    {
        LoaderMessage = loaderMessage;
        Advice = advice;
    }

    /// <summary>The loader's own message (dlerror), or null when the failure happened before loading.</summary>
    public string? LoaderMessage { get; }

    /// <summary>What to do about it.</summary>
    public string Advice { get; }

    private static string Format(string what, string? loaderMessage, string advice) =>
        loaderMessage is null ? $"{what} {advice}" : $"{what} The loader said: {loaderMessage.Trim()} {advice}";
}
