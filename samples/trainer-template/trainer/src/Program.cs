using OrleansExperiments.Training;
using ShapesTrainer;
using ShapesTrainer.Data;
using ShapesTrainer.Evaluation;
using ShapesTrainer.Models;
using ShapesTrainer.Training;

// `dotnet Trainer.dll generate-validation-set` (from the repository root) rewrites data/val.bin from its seed.
if (args is [ValidationSet.GenerateCommand])
{
    ValidationSet.Save(ShapeGenerator.Generate(ShapeGenerator.ValidationDataSeed, ShapeGenerator.ValidationImages), ValidationSet.FilePath);
    return 0;
}

var options = new TrainerOptions { Modes = Backbones.Modes, RequiredMetrics = Metrics.Names };
return TrainerHost.Run(args, options, context =>
{
    var hyperparameters = Hyperparameters.Load();
    var profile = hyperparameters.Profile(context.Profile);
    var model = Backbones.Create(context.Mode, hyperparameters, context.Device);
    return TrainingLoop.Run(context, model, hyperparameters.Shared, profile);
});
