using Microsoft.AspNetCore.Hosting;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>A seeded catalog whose clock stands still, so that every CreatedAt and UpdatedAt, and with them every
/// feed, is the same from run to run. The host is always "localhost" under the test server, so nothing in the
/// output varies.</summary>
public sealed class PinnedClockCatalog : SeededCatalog<PinnedClockCatalog.PinnedClockFactory>
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public sealed class PinnedClockFactory : CatalogFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock()));
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
