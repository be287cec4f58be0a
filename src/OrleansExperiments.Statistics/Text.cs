using System.Globalization;

namespace OrleansExperiments.Statistics;

/// <summary>Number formatting for reasons and error messages: culture-independent, six significant digits.</summary>
internal static class Text
{
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Percent(double level) => (100 * level).ToString("G4", CultureInfo.InvariantCulture) + "%";
}
