using System.Net;

namespace WsisEvents.Web.Accounts;

/// <summary>Failed sign-ins counted per account and client address, with a growing wait after the first few. A lock
/// of the account itself would let anyone keep its owner out by failing on purpose; this only slows whoever fails
/// from one address, so the owner, from their own address, is never held back by a stranger's attempts. Guessing
/// stays hopeless: after <see cref="FreeAttempts"/> failures each try from that address costs twice the wait of the
/// one before, up to <see cref="MaxWait"/>, on top of the per-address rate limit. Unknown addresses are counted the
/// same way, so the wait tells nothing about which accounts exist. It also counts each account's failures from any
/// address since its last sign-in, for the owner to see. Counts are kept in memory, by each instance since its
/// start: a failure writes nothing to the database, so that it takes as long whether the account exists or not.</summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);

    /// <summary>Beyond this many account and address pairs, the oldest are forgotten first.</summary>
    private const int MaxTracked = 100_000;

    private readonly Dictionary<string, Failures> _failures = [];
    private readonly Dictionary<string, int> _sinceSignIn = [];
    private readonly Lock _lock = new();

    /// <summary>Zero and the attempt is counted as a failure until <see cref="Succeeded"/> says otherwise (so that
    /// parallel requests cannot all pass before the first fails); otherwise how long to wait, and nothing is
    /// counted.</summary>
    public TimeSpan TryBegin(string email, IPAddress? client)
    {
        var key = Key(email, client);
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var failures = _failures.GetValueOrDefault(key);
            if (failures is not null)
            {
                var wait = failures.Last + WaitAfter(failures.Count) - now;
                if (wait > TimeSpan.Zero)
                {
                    return wait;
                }
            }

            if (failures is null && _failures.Count >= MaxTracked)
            {
                _failures.Remove(_failures.MinBy(f => f.Value.Last).Key);
            }

            var account = AccountKey(email);
            if (!_sinceSignIn.ContainsKey(account) && _sinceSignIn.Count >= MaxTracked)
            {
                _sinceSignIn.Clear();
            }

            _failures[key] = new Failures((failures?.Count ?? 0) + 1, now);
            _sinceSignIn[account] = _sinceSignIn.GetValueOrDefault(account) + 1;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Forgets the failures from this address and returns how many the account had, from any address,
    /// since its previous sign-in.</summary>
    public int Succeeded(string email, IPAddress? client)
    {
        lock (_lock)
        {
            _failures.Remove(Key(email, client));
            _sinceSignIn.Remove(AccountKey(email), out var attempts);

            // The successful attempt was counted as a failure in TryBegin.
            return Math.Max(0, attempts - 1);
        }
    }

    /// <summary>No wait for the first <see cref="FreeAttempts"/> failures, then 1 s, 2 s, 4 s… up to <see cref="MaxWait"/>.</summary>
    public static TimeSpan WaitAfter(int failures) =>
        failures < FreeAttempts ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - FreeAttempts), MaxWait.TotalSeconds));

    private static string AccountKey(string email) => email.Trim().ToUpperInvariant();

    private static string Key(string email, IPAddress? client) => AccountKey(email) + " " + client;

    private sealed record Failures(int Count, DateTimeOffset Last);
}
