using OrleansExperiments.Azurite;

// Prints "<azurite pid> <port>" once Azurite answers, then waits until it is killed. It never disposes the server
// on purpose: the test proves that Azurite exits with its owner without any help from Dispose.
var server = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
Console.WriteLine($"{server.ProcessId} {server.Port}");
await Task.Delay(Timeout.Infinite);
GC.KeepAlive(server);
