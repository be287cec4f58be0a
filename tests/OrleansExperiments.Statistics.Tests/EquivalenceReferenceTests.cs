namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// TOST against R 4 (Reference/tost.R), for each data set, margin δ and α:
///   lower: t.test(change, baseline, mu = -δ, alternative = "greater", paired = pr)   → $statistic, $parameter, $p.value
///   upper: t.test(change, baseline, mu = +δ, alternative = "less", paired = pr)      → $statistic, $p.value
///   interval: t.test(change, baseline, conf.level = 1 - 2α, paired = pr)$conf.int
///   difference: t.test(change, baseline, paired = pr)$p.value
/// </summary>
public sealed class EquivalenceReferenceTests
{
    public static TheoryData<Case> Cases => new()
    {
        // data set, δ, α, test, t lower, t upper, df, p lower, p upper, CI low, CI high, two-sided p
        new("unequal-n", 0.02, 0.05, TestKind.Welch, 9.75517818587003, -1.60692619035132, 7.95073433976815, 5.32956549340242e-06, 0.0734856764523454, 0.0077911028652673, 0.0208946114204469, 0.00360970362735849),
        new("unequal-variances", 0.5, 0.05, TestKind.Welch, 3.19191137139931, -2.23343373579498, 5.07047817858224, 0.0118714326150908, 0.0375465495824352, -0.281943163774531, 0.458609830441198, 0.651724907918214),
        new("ties", 1.5, 0.05, TestKind.Welch, 4.72455591261534, -0.944911182523068, 8, 0.000746683305361416, 0.186181994663632, 0.0160196683430087, 1.98398033165699, 0.0954520089927406),
        new("n-2", 0.2, 0.1, TestKind.Welch, 4.91934955049954, 1.34164078649987, 1.47058823529412, 0.0346430866719766, 0.82505720361453, 0.101299109104758, 0.598700890895242, 0.129047835548283),
        new("loss", 0.01, 0.05, TestKind.Welch, 0.754544318721034, -5.28181023104725, 11.9995988488237, 0.232536789597561, 9.70227424444246e-05, -0.0134051949496819, -0.00159480505031813, 0.0429292544598666),
        new("one-arm-constant", 0.3, 0.05, TestKind.Welch, 4.97709037203752, -2.04939015319192, 3, 0.00779367906074807, 0.0664209202798878, -0.0759566604235322, 0.325956660423532, 0.239442598636003),
        new("paired-accuracy", 0.02, 0.05, TestKind.Paired, 9.99250365018529, -4.38519944360649, 4, 0.000281818827731057, 0.00591340606636147, 0.00186901986382743, 0.0137309801361726, 0.0486302338573062),
        new("paired-n-2", 2, 0.05, TestKind.Paired, 13.5, -6.5, 1, 0.023535526661438, 0.0485897903475289, -0.562750302935007, 1.96275030293501, 0.177171065565809),
        new("paired-loss", 0.005, 0.05, TestKind.Paired, -0.959714869937395, -4.79857434968696, 7, 0.815416634610427, 0.000984763589159465, -0.0124352642759761, -0.00256473572402395, 0.0236805038629734),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R(Case reference)
    {
        var (baseline, change) = ReferenceData.Sets[reference.DataSet];
        var result = EquivalenceTest.Tost(baseline, change, new EquivalenceOptions { Margin = reference.Margin, Alpha = reference.Alpha, Test = reference.Kind });
        Approximately.Equal(reference.LowerT, result.LowerStatistic, "t lower");
        Approximately.Equal(reference.UpperT, result.UpperStatistic, "t upper");
        Approximately.Equal(reference.Df, result.DegreesOfFreedom, "df");
        Approximately.Equal(reference.LowerP, result.LowerPValue, "p lower");
        Approximately.Equal(reference.UpperP, result.UpperPValue, "p upper");
        Approximately.Equal(reference.Low, result.Interval.Low, "CI low");
        Approximately.Equal(reference.High, result.Interval.High, "CI high");
        Approximately.Equal(reference.DifferenceP, result.DifferencePValue, "two-sided p");
        var expected = reference.LowerP <= reference.Alpha && reference.UpperP <= reference.Alpha ? EquivalenceStatus.Unchanged
            : reference.DifferenceP <= reference.Alpha ? EquivalenceStatus.Changed
            : EquivalenceStatus.Inconclusive;
        Assert.Equal(expected, result.Status);
    }

    public sealed record Case(string DataSet, double Margin, double Alpha, TestKind Kind, double LowerT, double UpperT, double Df, double LowerP, double UpperP, double Low, double High, double DifferenceP);
}
