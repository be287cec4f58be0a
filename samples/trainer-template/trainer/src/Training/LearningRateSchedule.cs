using static TorchSharp.torch;

namespace ShapesTrainer.Training;

/// <summary>
/// A linear warm-up to the peak learning rate, then a linear decay to zero at the last step. The warm-up keeps
/// the first large steps from killing units (some seeds would stall); the decay makes the last steps small, so
/// the final metrics vary little from seed to seed.
/// </summary>
internal sealed class LearningRateSchedule(double peak, int warmupSteps, long totalSteps)
{
    /// <summary>The learning rate at <paramref name="step"/> (0-based).</summary>
    public double At(long step)
    {
        var warmup = warmupSteps <= 0 ? 1.0 : Math.Min(1.0, (step + 1) / (double)warmupSteps);
        var decay = (totalSteps - step) / (double)totalSteps;
        return peak * warmup * decay;
    }

    /// <summary>Sets the learning rate of every parameter group of <paramref name="optimizer"/> for <paramref name="step"/>.</summary>
    public void Apply(optim.Optimizer optimizer, long step)
    {
        var learningRate = At(step);
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = learningRate;
    }
}
