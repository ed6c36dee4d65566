using WsisEvents.Web.Accounts;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Cli;

/// <summary><c>create-admin EMAIL</c>: creates an administrator, or gives an existing account the Admin role and a
/// new password. The password is read from standard input (typed without echo at a terminal, or piped), never
/// from the command line, where it would stay in the shell's history.</summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || string.IsNullOrWhiteSpace(args[0]) || !args[0].Contains('@', StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync("Usage: create-admin EMAIL (the password is read from standard input)");
            return ImportCommand.ExitUsage;
        }

        var email = args[0].Trim();
        var password = await ReadPasswordAsync(stdin, stderr);
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("No password given on standard input.");
            return ImportCommand.ExitUsage;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var outcome = await services.GetRequiredService<AccountBootstrapper>().CreateOrPromoteAdminAsync(email, password);
        if (outcome.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"The administrator {email} was not saved: " + string.Join(" ", outcome.Errors));
            return 1;
        }

        await stdout.WriteLineAsync(outcome.Created
            ? $"Created the administrator {email}."
            : $"{email} already had an account: it is now an administrator with the new password.");
        return 0;
    }

    private static async Task<string?> ReadPasswordAsync(TextReader stdin, TextWriter stderr)
    {
        if (!ReferenceEquals(stdin, Console.In) || Console.IsInputRedirected)
        {
            return (await stdin.ReadLineAsync())?.TrimEnd('\r');
        }

        await stderr.WriteAsync("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                await stderr.WriteLineAsync();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
