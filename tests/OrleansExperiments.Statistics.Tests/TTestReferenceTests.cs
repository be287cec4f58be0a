namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// Welch, Student and paired t-tests against R 4 on the data sets of Reference/datasets.R.
/// Expected values: Reference/ttest.R, i.e. for each data set and alternative
///   t.test(change, baseline, alternative = alt, var.equal = FALSE)   (Welch)
///   t.test(change, baseline, alternative = alt, var.equal = TRUE)    (Student)
///   t.test(change, baseline, alternative = alt, paired = TRUE)       (paired)
/// with $statistic, $parameter, $p.value, $conf.int (conf.level 0.95).
/// R's "greater" is <see cref="Alternative.Better"/> for a maximized metric and <see cref="Alternative.Worse"/>
/// for a minimized one; R's one-sided conf.int bound is the matching bound of our 1 − 2α interval.
/// </summary>
public sealed class TTestReferenceTests
{
    private const double Alpha = 0.05;

    public static TheoryData<Case> Cases => new()
    {
        // data set, test, R alternative, t, df, p, conf.int[1], conf.int[2]
        new("unequal-n", TestKind.Welch, "greater", 4.07412599775936, 7.95073433976815, 0.00180485181367925, 0.0077911028652673, double.PositiveInfinity),
        new("unequal-n", TestKind.Welch, "less", 4.07412599775936, 7.95073433976815, 0.998195148186321, double.NegativeInfinity, 0.0208946114204469),
        new("unequal-n", TestKind.Welch, "two.sided", 4.07412599775936, 7.95073433976815, 0.00360970362735849, 0.00621586378553376, 0.0224698505001804),
        new("unequal-n", TestKind.Student, "greater", 4.17846130217637, 10, 0.000946166444477402, 0.00812145910144646, double.PositiveInfinity),
        new("unequal-n", TestKind.Student, "less", 4.17846130217637, 10, 0.999053833555523, double.NegativeInfinity, 0.0205642551842677),
        new("unequal-n", TestKind.Student, "two.sided", 4.17846130217637, 10, 0.0018923328889548, 0.00669461657357306, 0.0219910977121411),
        new("unequal-variances", TestKind.Welch, "greater", 0.479238817802163, 5.07047817858224, 0.325862453959107, -0.281943163774531, double.PositiveInfinity),
        new("unequal-variances", TestKind.Welch, "less", 0.479238817802163, 5.07047817858224, 0.674137546040893, double.NegativeInfinity, 0.458609830441198),
        new("unequal-variances", TestKind.Welch, "two.sided", 0.479238817802163, 5.07047817858224, 0.651724907918214, -0.383502466210008, 0.560169132876675),
        new("unequal-variances", TestKind.Student, "greater", 0.479238817802163, 10, 0.321038182268359, -0.24573963105897, double.PositiveInfinity),
        new("unequal-variances", TestKind.Student, "less", 0.479238817802163, 10, 0.678961817731641, double.NegativeInfinity, 0.422406297725637),
        new("unequal-variances", TestKind.Student, "two.sided", 0.479238817802163, 10, 0.642076364536719, -0.322357379969244, 0.499024046635911),
        new("ties", TestKind.Welch, "greater", 1.88982236504614, 8, 0.0477260044963703, 0.0160196683430087, double.PositiveInfinity),
        new("ties", TestKind.Welch, "less", 1.88982236504614, 8, 0.95227399550363, double.NegativeInfinity, 1.98398033165699),
        new("ties", TestKind.Welch, "two.sided", 1.88982236504614, 8, 0.0954520089927406, -0.220222692807358, 2.22022269280736),
        new("ties", TestKind.Student, "greater", 1.88982236504614, 8, 0.0477260044963703, 0.0160196683430089, double.PositiveInfinity),
        new("ties", TestKind.Student, "less", 1.88982236504614, 8, 0.95227399550363, double.NegativeInfinity, 1.98398033165699),
        new("ties", TestKind.Student, "two.sided", 1.88982236504614, 8, 0.0954520089927405, -0.220222692807358, 2.22022269280736),
        new("n-2", TestKind.Welch, "greater", 3.13049516849971, 1.47058823529412, 0.0645239177741417, -0.0725979956426921, double.PositiveInfinity),
        new("n-2", TestKind.Welch, "less", 3.13049516849971, 1.47058823529412, 0.935476082225858, double.NegativeInfinity, 0.772597995642692),
        new("n-2", TestKind.Welch, "two.sided", 3.13049516849971, 1.47058823529412, 0.129047835548283, -0.341852283007106, 1.04185228300711),
        new("n-2", TestKind.Student, "greater", 3.13049516849971, 2, 0.0443388115671164, 0.0235356874504951, double.PositiveInfinity),
        new("n-2", TestKind.Student, "less", 3.13049516849971, 2, 0.955661188432884, double.NegativeInfinity, 0.676464312549505),
        new("n-2", TestKind.Student, "two.sided", 3.13049516849971, 2, 0.0886776231342329, -0.131051199364741, 0.831051199364741),
        new("loss", TestKind.Welch, "greater", -2.26363295616311, 11.9995988488237, 0.978535372770067, -0.0134051949496819, double.PositiveInfinity),
        new("loss", TestKind.Welch, "less", -2.26363295616311, 11.9995988488237, 0.0214646272299333, double.NegativeInfinity, -0.00159480505031813),
        new("loss", TestKind.Welch, "two.sided", -2.26363295616311, 11.9995988488237, 0.0429292544598666, -0.0147189958035067, -0.000281004196493303),
        new("loss", TestKind.Student, "greater", -2.26363295616311, 14, 0.97999439692839, -0.0133356748970039, double.PositiveInfinity),
        new("loss", TestKind.Student, "less", -2.26363295616311, 14, 0.0200056030716098, double.NegativeInfinity, -0.00166432510299614),
        new("loss", TestKind.Student, "two.sided", -2.26363295616311, 14, 0.0400112061432196, -0.0146062316510223, -0.00039376834897767),
        new("one-arm-constant", TestKind.Welch, "greater", 1.4638501094228, 3, 0.119721299318001, -0.0759566604235322, double.PositiveInfinity),
        new("one-arm-constant", TestKind.Welch, "less", 1.4638501094228, 3, 0.880278700681999, double.NegativeInfinity, 0.325956660423532),
        new("one-arm-constant", TestKind.Welch, "two.sided", 1.4638501094228, 3, 0.239442598636003, -0.146753088379602, 0.396753088379601),
        new("one-arm-constant", TestKind.Student, "greater", 1.23717914826348, 5, 0.135476477863879, -0.0785930261354391, double.PositiveInfinity),
        new("one-arm-constant", TestKind.Student, "less", 1.23717914826348, 5, 0.864523522136121, double.NegativeInfinity, 0.328593026135439),
        new("one-arm-constant", TestKind.Student, "two.sided", 1.23717914826348, 5, 0.270952955727758, -0.134722070086253, 0.384722070086253),
        new("paired-accuracy", TestKind.Paired, "greater", 2.8036521032894, 4, 0.0243151169286531, 0.00186901986382743, double.PositiveInfinity),
        new("paired-accuracy", TestKind.Paired, "less", 2.8036521032894, 4, 0.975684883071347, double.NegativeInfinity, 0.0137309801361726),
        new("paired-accuracy", TestKind.Paired, "two.sided", 2.8036521032894, 4, 0.0486302338573062, 7.56921962127674e-05, 0.0155243078037872),
        new("paired-n-2", TestKind.Paired, "greater", 3.5, 1, 0.0885855327829047, -0.562750302935007, double.PositiveInfinity),
        new("paired-n-2", TestKind.Paired, "less", 3.5, 1, 0.911414467217095, double.NegativeInfinity, 1.96275030293501),
        new("paired-n-2", TestKind.Paired, "two.sided", 3.5, 1, 0.177171065565809, -1.84124094723494, 3.24124094723494),
        new("paired-ties", TestKind.Paired, "greater", 2.7116307227332, 5, 0.0210969983527622, 0.214072397948683, double.PositiveInfinity),
        new("paired-ties", TestKind.Paired, "less", 2.7116307227332, 5, 0.978903001647238, double.NegativeInfinity, 1.45259426871798),
        new("paired-ties", TestKind.Paired, "two.sided", 2.7116307227332, 5, 0.0421939967055244, 0.0433468828413816, 1.62331978382528),
        new("paired-unequal-var", TestKind.Paired, "greater", 0.522971427494672, 5, 0.311666578860025, -0.252021665594845, double.PositiveInfinity),
        new("paired-unequal-var", TestKind.Paired, "less", 0.522971427494672, 5, 0.688333421139975, double.NegativeInfinity, 0.428688332261512),
        new("paired-unequal-var", TestKind.Paired, "two.sided", 0.522971427494672, 5, 0.62333315772005, -0.345854941991111, 0.522521608657778),
        new("paired-loss", TestKind.Paired, "greater", -2.87914460981218, 7, 0.988159748068513, -0.0124352642759761, double.PositiveInfinity),
        new("paired-loss", TestKind.Paired, "less", -2.87914460981218, 7, 0.0118402519314867, double.NegativeInfinity, -0.00256473572402395),
        new("paired-loss", TestKind.Paired, "two.sided", -2.87914460981218, 7, 0.0236805038629734, -0.0136597051521851, -0.00134029484781496),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_for_a_maximized_metric(Case reference) =>
        Check(reference, MetricGoal.Maximize, reference.RAlternative switch { "greater" => Alternative.Better, "less" => Alternative.Worse, _ => Alternative.TwoSided });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_for_a_minimized_metric(Case reference) =>
        Check(reference, MetricGoal.Minimize, reference.RAlternative switch { "greater" => Alternative.Worse, "less" => Alternative.Better, _ => Alternative.TwoSided });

    private static void Check(Case reference, MetricGoal goal, Alternative alternative)
    {
        var (baseline, change) = ReferenceData.Sets[reference.DataSet];
        var result = MeanDifferenceTest.Run(baseline, change, reference.Kind, alternative, goal, Alpha);
        var what = $"{reference.DataSet} {reference.Kind} {reference.RAlternative}";
        Assert.False(result.DecidedByExactComparison);
        Approximately.Equal(reference.T, result.Statistic, $"{what} t");
        Approximately.Equal(reference.Df, result.DegreesOfFreedom, $"{what} df");
        Approximately.Equal(reference.P, result.PValue, $"{what} p");
        if (reference.RAlternative != "less")
        {
            Approximately.Equal(reference.Low, result.Interval.Low, $"{what} CI low");
        }

        if (reference.RAlternative != "greater")
        {
            Approximately.Equal(reference.High, result.Interval.High, $"{what} CI high");
        }

        Assert.Equal(reference.RAlternative == "two.sided" ? 1 - Alpha : 1 - (2 * Alpha), result.Interval.Level, 12);
    }

    public sealed record Case(string DataSet, TestKind Kind, string RAlternative, double T, double Df, double P, double Low, double High);
}
