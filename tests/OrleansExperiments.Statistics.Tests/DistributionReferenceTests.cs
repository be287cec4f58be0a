namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// The t distribution functions against R 4 (Reference/distributions.R), including real (Welch) degrees
/// of freedom and far tails.
/// </summary>
public sealed class DistributionReferenceTests
{
    /// <summary>qt(p, df, lower.tail = FALSE).</summary>
    [Theory]
        [InlineData(0.025, 1, 12.7062047361747)]
        [InlineData(0.025, 1.47058823529412, 6.18811494076925)]
        [InlineData(0.05, 7.95073433976815, 1.86104289873325)]
        [InlineData(1e-06, 3, 103.299467780419)]
        [InlineData(0.3, 2.5, 0.597307738252316)]
        [InlineData(0.001, 1000, 3.09840216391292)]
        [InlineData(1e-10, 1, 3183098861.83791)]
        [InlineData(0.9, 4, -1.53320627405894)]
        [InlineData(0.025, 0.7, 36.6114150315883)]
    public void Upper_quantile_matches_R_qt(double p, double degreesOfFreedom, double expected) =>
        Approximately.Equal(expected, StudentTDistribution.UpperQuantile(p, degreesOfFreedom), $"qt({p}, {degreesOfFreedom})");

    /// <summary>pt(t, df, lower.tail = FALSE).</summary>
    [Theory]
        [InlineData(4.07, 7.95, 0.00181550555248171)]
        [InlineData(-2.3, 12.5, 0.980302076300285)]
        [InlineData(12, 3, 0.000622507900394668)]
        [InlineData(40, 2, 0.00031220733609237)]
        [InlineData(0.001, 5, 0.499620393386099)]
        [InlineData(3, 1998, 0.00136658862607224)]
    public void Upper_tail_matches_R_pt(double t, double degreesOfFreedom, double expected) =>
        Approximately.Equal(expected, StudentTDistribution.UpperTail(t, degreesOfFreedom), $"pt({t}, {degreesOfFreedom})");

    /// <summary>pt(t, df, ncp, lower.tail = FALSE).</summary>
    [Theory]
        [InlineData(2.1, 10, 2.5, 0.659954952266441)]
        [InlineData(1.7, 3.3, 0.8, 0.25773030720262)]
        [InlineData(-1, 6, 1.5, 0.991150170071559)]
        [InlineData(2, 30, -0.5, 0.00804627307131522)]
        [InlineData(5, 200, 5.2, 0.579341719445496)]
        [InlineData(0.5, 1.2, 3, 0.99331683915645)]
        [InlineData(2.2, 4.5, 1e-08, 0.0425576602833719)]
    public void Noncentral_upper_tail_matches_R_pt_with_ncp(double t, double degreesOfFreedom, double noncentrality, double expected) =>
        Approximately.Equal(expected, NoncentralStudentT.UpperTail(t, degreesOfFreedom, noncentrality), $"pt({t}, {degreesOfFreedom}, ncp = {noncentrality})");
}
