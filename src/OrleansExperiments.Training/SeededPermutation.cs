namespace OrleansExperiments.Training;

/// <summary>
/// A shuffle of 0..count-1 determined by (seed, epoch) alone: a Fisher–Yates shuffle driven by
/// SplitMix64 with unbiased bounded draws. It depends on no library's random generator, so the order
/// stays the same across .NET and TorchSharp versions, and every epoch gets its own order (TorchSharp's
/// seeded DataLoader repeats one order every epoch).
/// </summary>
public static class SeededPermutation
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;
    private const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9;
    private const ulong MixMultiplier2 = 0x94D049BB133111EB;

    /// <summary>The permutation of 0..<paramref name="count"/>-1 for <paramref name="seed"/> and <paramref name="epoch"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="epoch"/> is negative.</exception>
    public static long[] Create(int seed, int epoch, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = new long[count];
        for (var index = 0; index < count; index++)
            order[index] = index;

        // Seed and epoch fill the two halves of the initial state, so distinct pairs never collide.
        var state = ((ulong)(uint)seed << 32) | (uint)epoch;
        for (var last = count - 1; last > 0; last--)
        {
            var pick = (int)NextBelow(ref state, (ulong)last + 1);
            (order[last], order[pick]) = (order[pick], order[last]);
        }
        return order;
    }

    // Rejection sampling: drop the top sliver of the 64-bit range that would favour small values.
    private static ulong NextBelow(ref ulong state, ulong bound)
    {
        var threshold = (0 - bound) % bound;
        while (true)
        {
            var value = Next(ref state);
            if (value >= threshold)
                return value % bound;
        }
    }

    private static ulong Next(ref ulong state)
    {
        state += GoldenGamma;
        var mixed = state;
        mixed = (mixed ^ (mixed >> 30)) * MixMultiplier1;
        mixed = (mixed ^ (mixed >> 27)) * MixMultiplier2;
        return mixed ^ (mixed >> 31);
    }
}
