using Azure.Data.Tables;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Sets optional properties of an entity about to be written.</summary>
internal static class EntityWriter
{
    /// <summary>Sets the property only when there is a value: an absent property reads back as null.</summary>
    public static void SetOptional(this TableEntity entity, string property, object? value)
    {
        if (value is not null)
        {
            entity[property] = value;
        }
    }
}
