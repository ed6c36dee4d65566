namespace WsisEvents.Web.Cli;

/// <summary>The commands the app runs instead of serving: <c>dotnet run --project src/WsisEvents.Web -- import FILE
/// [--dry-run]</c>, <c>create-admin EMAIL</c>, <c>backup FILE</c> and <c>generate-sample --meetings N [--seed S]</c>. Arguments of the form <c>--Key=value</c> still go to configuration, as for the server.</summary>
public static class CommandLine
{
    public sealed record Invocation(string? Command, IReadOnlyList<string> CommandArgs, string[] HostArgs);

    private static readonly string[] Commands = ["import", "create-admin", "backup", "generate-sample"];

    public static Invocation Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0], StringComparer.Ordinal))
        {
            return new Invocation(null, [], args);
        }

        var hostArgs = args.Skip(1).Where(IsConfigurationSetting).ToArray();
        var commandArgs = args.Skip(1).Where(a => !IsConfigurationSetting(a)).ToList();
        return new Invocation(args[0], commandArgs, hostArgs);
    }

    /// <summary>A command's own output goes to standard output; logs go to standard error, warnings and worse
    /// only, so that what a command prints can be piped.</summary>
    public static void QuietenHostForCommands(ConfigurationManager configuration) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
            ["Serilog:WriteTo:Console:Args:standardErrorFromLevel"] = "Verbose",
        });

    public static async Task<int> RunAsync(IServiceProvider services, Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await using var scope = services.CreateAsyncScope();
            return invocation.Command switch
            {
                "import" => await ImportCommand.RunAsync(scope.ServiceProvider, invocation.CommandArgs, stdout, stderr, cancellation.Token),
                "create-admin" => await CreateAdminCommand.RunAsync(scope.ServiceProvider, invocation.CommandArgs, Console.In, stdout, stderr, cancellation.Token),
                "backup" => await BackupCommand.RunAsync(scope.ServiceProvider, invocation.CommandArgs, stdout, stderr, cancellation.Token),
                "generate-sample" => await GenerateSampleCommand.RunAsync(scope.ServiceProvider, invocation.CommandArgs, stdout, stderr, cancellation.Token),
                _ => Usage(stderr),
            };
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled; nothing was written.");
            return 130;
        }
        catch (Infrastructure.DatabaseUnavailableException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or IOException or InvalidDataException)
        {
            // The database or a data file refused; each write runs in a transaction, so nothing is half done.
            await stderr.WriteLineAsync($"The {invocation.Command} command failed: {ex.GetBaseException().Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Whether the database exists with every migration applied, so that a read-only command can use it
    /// without changing it.</summary>
    public static async Task<bool> IsDatabaseReadyAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    private static bool IsConfigurationSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine(
            "Usage: WsisEvents.Web import FILE [--dry-run] | create-admin EMAIL | backup FILE [--force] | generate-sample --meetings N [--seed S]");
        return 2;
    }
}
