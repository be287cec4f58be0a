using System.Diagnostics;

namespace OrleansExperiments.Azurite;

/// <summary>Waits until a freshly started Azurite answers a real HTTP request as Azurite.</summary>
internal static class AzuriteReadinessProbe
{
    private const string AzuriteTableServerHeaderPrefix = "Azurite-Table";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Returns once Azurite answers; throws when the process exits first or the timeout passes.</summary>
    public static async Task WaitAsync(
        Process process, Uri tableEndpoint, TimeSpan timeout, OutputTail output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = RequestTimeout };
        var probe = new Uri(tableEndpoint + "/Tables");
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                // Waiting again drains stdout and stderr, so the output below includes Azurite's last words.
                await process.WaitForExitAsync(cancellationToken);
                throw new AzuriteException(
                    $"Azurite exited with code {process.ExitCode} before it answered on {tableEndpoint}. " +
                    $"Its last output:{Environment.NewLine}{output}");
            }

            if (await AnswersAsAzuriteAsync(http, probe, cancellationToken))
            {
                return;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new AzuriteException(
                    $"Azurite did not answer on {tableEndpoint} within {timeout.TotalSeconds:0} s " +
                    $"(AzuriteOptions.StartupTimeout). Its last output:{Environment.NewLine}{output}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task<bool> AnswersAsAzuriteAsync(HttpClient http, Uri probe, CancellationToken cancellationToken)
    {
        try
        {
            // Unauthenticated, so Azurite answers 403; any answer with its Server header proves it serves requests.
            using var response = await http.GetAsync(probe, cancellationToken);
            return response.Headers.Server.ToString().StartsWith(AzuriteTableServerHeaderPrefix, StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
