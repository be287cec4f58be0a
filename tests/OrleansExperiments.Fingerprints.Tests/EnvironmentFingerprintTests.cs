namespace OrleansExperiments.Fingerprints.Tests;

public class EnvironmentFingerprintTests
{
    private static readonly EnvironmentFingerprint Sample = EnvironmentFingerprint.From(new Dictionary<string, string>
    {
        [FingerprintFields.Os] = "Debian GNU/Linux 12 (bookworm)",
        [FingerprintFields.Host] = "gpu-a",
        [FingerprintFields.CpuModel] = "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
        [FingerprintFields.EnvironmentVariable("OMP_NUM_THREADS")] = "4",
    });

    [Fact]
    public void Canonical_json_lists_fields_in_ordinal_order_without_whitespace()
    {
        Assert.Equal(
            """{"cpu.model":"Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz","env.OMP_NUM_THREADS":"4","host":"gpu-a","os":"Debian GNU/Linux 12 (bookworm)"}""",
            Sample.ToCanonicalJson());
    }

    [Fact]
    public void Canonical_json_round_trips()
    {
        var read = EnvironmentFingerprint.FromCanonicalJson(Sample.ToCanonicalJson());

        Assert.Equal(Sample, read);
        Assert.Equal(Sample.ToCanonicalJson(), read.ToCanonicalJson());
    }

    [Fact]
    public void Reading_json_in_another_member_order_gives_the_same_fingerprint_and_hash()
    {
        var read = EnvironmentFingerprint.FromCanonicalJson("""{ "os": "b", "host": "a" }""");
        var built = EnvironmentFingerprint.Empty.With(FingerprintFields.Host, "a").With(FingerprintFields.Os, "b");

        Assert.Equal(built, read);
        Assert.Equal(built.Hash, read.Hash);
    }

    [Fact]
    public void Hash_is_the_sha256_prefix_of_the_canonical_json()
    {
        // The hash is a stored key: this value must never change for the same fields.
        var fingerprint = EnvironmentFingerprint.Empty.With(FingerprintFields.Host, "a");

        Assert.Equal("""{"host":"a"}""", fingerprint.ToCanonicalJson());
        Assert.Equal("f624db42c3ba28b3", fingerprint.Hash);
        Assert.Equal(EnvironmentFingerprint.HashLength, Sample.Hash.Length);
    }

    [Fact]
    public void Changing_any_value_changes_the_hash()
    {
        Assert.NotEqual(Sample.Hash, Sample.With(FingerprintFields.Host, "gpu-b").Hash);
        Assert.NotEqual(Sample.Hash, Sample.With(FingerprintFields.Kernel, "6.1.0").Hash);
    }

    [Fact]
    public void With_replaces_a_value_and_leaves_the_original_unchanged()
    {
        var changed = Sample.With(FingerprintFields.Host, "gpu-b");

        Assert.Equal("gpu-b", changed[FingerprintFields.Host]);
        Assert.Equal("gpu-a", Sample[FingerprintFields.Host]);
        Assert.Null(Sample[FingerprintFields.Kernel]);
    }

    [Fact]
    public void A_field_given_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => EnvironmentFingerprint.From(
            [new(FingerprintFields.Host, "a"), new(FingerprintFields.Host, "b")]));

        Assert.Contains("'host' is given twice", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" host")]
    [InlineData("ho\nst")]
    public void A_bad_field_name_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => EnvironmentFingerprint.Empty.With(name, "x"));
    }

    [Theory]
    [InlineData("""{"host":1}""", "'host' must be a JSON string")]
    [InlineData("""["host"]""", "must be a JSON object of strings")]
    [InlineData("""{"host":"a","host":"b"}""", "'host' appears twice")]
    [InlineData("""{"host":""", "must be a JSON object of strings")]
    public void Json_that_is_not_a_flat_object_of_strings_is_refused(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => EnvironmentFingerprint.FromCanonicalJson(json));

        Assert.Contains(expected, error.Message);
    }
}
