namespace OrleansExperiments.Azurite;

/// <summary>
/// The JavaScript that node runs instead of Azurite's own entry point. It ties Azurite's life to its owner: the owner
/// holds the write end of node's stdin, and the kernel closes it when the owner exits for any reason, kill -9
/// included. On end of stdin the script asks Azurite to close (which saves its data) and exits.
/// </summary>
internal static class AzuriteLauncherScript
{
    /// <summary>How long Azurite may take to close after its owner is gone before the script exits anyway.</summary>
    private const int CloseGraceMilliseconds = 5000;

    /// <summary>
    /// Run as <c>node -e Source &lt;table main.js&gt; &lt;azurite arguments…&gt;</c>. Azurite parses
    /// <c>process.argv</c> as if it had been started as <c>node main.js arguments…</c>. Writes to a closed stdout
    /// or stderr (the owner is gone) are ignored so that they cannot end the process before Azurite has saved.
    /// </summary>
    public static readonly string Source = $$"""
        const entryPoint = process.argv[1];
        process.argv = [process.argv[0], entryPoint, ...process.argv.slice(2)];
        const ignore = () => {};
        process.stdout.on("error", ignore);
        process.stderr.on("error", ignore);
        let closing = false;
        const closeWhenOwnerIsGone = () => {
          if (closing) return;
          closing = true;
          setTimeout(() => process.exit(0), {{CloseGraceMilliseconds}}).unref();
          process.emit("SIGINT");
        };
        process.stdin.on("end", closeWhenOwnerIsGone);
        process.stdin.on("close", closeWhenOwnerIsGone);
        process.stdin.on("error", closeWhenOwnerIsGone);
        process.stdin.resume();
        require(entryPoint);
        """;
}
