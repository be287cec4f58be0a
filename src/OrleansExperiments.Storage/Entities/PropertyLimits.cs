using Azure.Data.Tables;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Azure Table's limit on one string property, checked before writing so the error says what to do.</summary>
internal static class PropertyLimits
{
    /// <summary>64 KiB per property, UTF-16 encoded: 32,768 characters.</summary>
    public const int MaxStringLength = 32 * 1024;

    /// <summary>Returns <paramref name="entity"/> when each of its string properties fits in Azure Table.</summary>
    /// <param name="entity">The entity about to be written.</param>
    /// <param name="owner">What the entity is, for the message, e.g. "run r-1".</param>
    /// <exception cref="ArgumentException">A property is too long.</exception>
    public static TableEntity Checked(TableEntity entity, string owner)
    {
        foreach (var (property, value) in entity)
        {
            if (value is string text && text.Length > MaxStringLength)
            {
                throw new ArgumentException(
                    $"{property} of {owner} is {text.Length:N0} characters; an Azure Table property holds at most " +
                    $"{MaxStringLength:N0} (64 KiB). Store less in it (e.g. summarize values) or keep the document elsewhere.",
                    property);
            }
        }

        return entity;
    }
}
