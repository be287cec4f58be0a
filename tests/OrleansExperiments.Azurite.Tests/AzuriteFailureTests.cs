namespace OrleansExperiments.Azurite.Tests;

public sealed class AzuriteFailureTests
{
    [Fact]
    public async Task A_node_executable_that_does_not_exist_is_a_clear_error()
    {
        var options = AzuriteOptions.ForTests() with { NodeExecutable = "/nonexistent/bin/node" };

        var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteServer.StartAsync(options));

        Assert.Contains("/nonexistent/bin/node", error.Message);
        Assert.Contains("Install Node.js 20 or later", error.Message);
    }

    [Fact]
    public void Node_missing_from_PATH_is_a_clear_error()
    {
        using var emptyFolder = new TemporaryFolder();

        var error = Assert.Throws<AzuriteException>(() => NodeLocator.FindNode(null, emptyFolder.Path));

        Assert.Contains("Node.js was not found on PATH", error.Message);
        Assert.Contains("Install Node.js 20 or later", error.Message);
    }

    [Fact]
    public void Node_on_PATH_is_found()
    {
        var node = NodeLocator.FindNode(null);

        Assert.True(File.Exists(node));
    }

    [Fact]
    public async Task A_missing_Azurite_package_is_a_clear_error_that_says_where_it_looked()
    {
        using var emptyPackage = new TemporaryFolder();
        var options = AzuriteOptions.ForTests() with { PackageDirectory = emptyPackage.Path };

        var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteServer.StartAsync(options));

        Assert.Contains("npm ci", error.Message);
        Assert.Contains(emptyPackage.Path, error.Message);
    }

    [Fact]
    public void The_package_installed_in_the_repository_is_found_without_options()
    {
        var entryPoint = AzuritePackageLocator.FindTableServiceEntryPoint(null);

        Assert.EndsWith(AzuritePackageLocator.TableServiceEntryPoint, entryPoint);
        Assert.True(File.Exists(entryPoint));
    }

    [Fact]
    public async Task An_Azurite_that_exits_during_start_is_reported_with_its_output()
    {
        using var package = new TemporaryFolder();
        var entryPoint = Path.Combine(package.Path, AzuritePackageLocator.TableServiceEntryPoint);
        Directory.CreateDirectory(Path.GetDirectoryName(entryPoint)!);
        await File.WriteAllTextAsync(entryPoint, "console.error('broken install'); process.exit(7);");
        var options = AzuriteOptions.ForTests() with { PackageDirectory = package.Path };

        var error = await Assert.ThrowsAsync<AzuriteException>(() => AzuriteServer.StartAsync(options));

        Assert.Contains("exited with code 7", error.Message);
        Assert.Contains("broken install", error.Message);
    }
}
