using System.Globalization;
using OrleansExperiments.Training.Benchmarks;

// Usage: dotnet OrleansExperiments.Training.Benchmarks.dll [repetitions]
// It starts its own children: child plain|plain-unscoped <steps> | child sdk <steps> <reportEvery> <output> | child paired <blocks> <blockSteps> <output>
const int DefaultRepetitions = 5;
const int PairedBlocks = 150;
const long PairedBlockSteps = 20;
const long StartupSteps = 1;
const long MemorySteps = 20000;
const long SparseReportInterval = 50;
const string Plain = "plain";
const string PlainUnscoped = "plain-unscoped";
const string Sdk = "sdk";
const string Paired = "paired";

if (args is ["child", var variant, ..])
{
    long Number(int index) => long.Parse(args[index], CultureInfo.InvariantCulture);
    return variant switch
    {
        Plain => Loops.Plain(Number(2), disposeScopes: true),
        PlainUnscoped => Loops.Plain(Number(2), disposeScopes: false),
        Sdk => Loops.Sdk(Number(2), Number(3), args[4]),
        Paired => Loops.Paired((int)Number(2), Number(3), args[4]),
        _ => throw new ArgumentException($"Unknown child variant '{variant}'."),
    };
}

var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultRepetitions;
var output = Directory.CreateTempSubdirectory("orlx-training-benchmark-").FullName;
try
{
    Console.WriteLine($"{Environment.ProcessorCount} CPUs, load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine();

    var paired = new List<ChildRun>();
    for (var repetition = 0; repetition < repetitions; repetition++)
        paired.Add(await ChildRun.RunAsync("paired", "child", Paired, $"{PairedBlocks}", $"{PairedBlockSteps}", output));
    Report.Overhead(paired, "plain", new Dictionary<string, string>
    {
        ["plain"] = "plain TorchSharp step (dispose scope, loss read back)",
        ["sdk_every_step"] = "SDK TrainStep + ReportMetric every step",
        ["sdk_every_50"] = $"SDK TrainStep + ReportMetric every {SparseReportInterval} steps",
    });
    Console.WriteLine();

    var startup = new List<ChildRun>();
    // Interleaved, so that a change in machine load hits both alike.
    for (var repetition = 0; repetition < repetitions; repetition++)
    {
        startup.Add(await ChildRun.RunAsync("plain TorchSharp process", "child", Plain, $"{StartupSteps}"));
        startup.Add(await ChildRun.RunAsync("SDK trainer process (TrainerHost.Run)", "child", Sdk, $"{StartupSteps}", "1", output));
    }
    Report.Startup(startup);
    Console.WriteLine();

    Report.Memory(
    [
        await ChildRun.RunAsync("plain, dispose scope per step", "child", Plain, $"{MemorySteps}"),
        await ChildRun.RunAsync($"SDK TrainStep, metric every {SparseReportInterval} steps", "child", Sdk, $"{MemorySteps}", $"{SparseReportInterval}", output),
        await ChildRun.RunAsync("plain, no dispose scope", "child", PlainUnscoped, $"{MemorySteps}"),
    ], MemorySteps);
    Console.WriteLine();
    Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
    return 0;
}
finally
{
    Directory.Delete(output, recursive: true);
}
