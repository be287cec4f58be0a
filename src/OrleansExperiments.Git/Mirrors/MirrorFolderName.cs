using System.Security.Cryptography;
using System.Text;

namespace OrleansExperiments.Git;

/// <summary>
/// Derives a mirror's folder name from its source: a readable part (the repository's last path segment,
/// reduced to safe characters) and a hash of the full location, so different sources never share a folder
/// and no source can name a path outside the mirrors root.
/// </summary>
internal static class MirrorFolderName
{
    /// <summary>Longest readable part kept from the source.</summary>
    public const int MaxReadableLength = 32;

    /// <summary>Hex digits of the location's SHA-256 kept in the name (64 bits: collisions are not a practical concern).</summary>
    public const int HashHexLength = 16;

    private const string FallbackName = "repo";

    public static string For(RepositorySource source)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.Location)))[..HashHexLength];
        return $"{Readable(source.Location)}-{hash}";
    }

    private static string Readable(string location)
    {
        var trimmed = location.TrimEnd('/', '\\');
        if (trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^".git".Length];
        }
        var lastSegment = trimmed[(trimmed.LastIndexOfAny(['/', '\\', ':']) + 1)..];
        var safe = new string(lastSegment.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray())
            .TrimStart('.');
        safe = safe.Length > MaxReadableLength ? safe[..MaxReadableLength] : safe;
        return safe.Length == 0 ? FallbackName : safe;
    }
}
