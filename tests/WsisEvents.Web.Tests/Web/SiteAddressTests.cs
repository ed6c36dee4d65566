using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using WsisEvents.Web.Data;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Tests.Web;

/// <summary>Absolute links come from the configured address, never from a request's Host header; other hosts are
/// refused when AllowedHosts names the site's; X-Forwarded-Proto is believed from configured proxies only.</summary>
public sealed class SiteAddressTests : IAsyncLifetime
{
    private const string BaseUrl = "https://wsis.example.org";
    private const string Proxy = "10.0.0.5";

    private readonly AdminCatalogFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(b => b
            .UseSetting("Site:BaseUrl", BaseUrl + "/")
            .UseSetting("ForwardedHeaders:KnownProxies", Proxy)
            .ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddresses>()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/meetings.atom")]
    [InlineData("/meetings.ics")]
    [InlineData("/meetings.csv")]
    [InlineData("/meetings/asia-media-summit-2005")]
    [InlineData("/meetings/asia-media-summit-2005.ics")]
    [InlineData("/organizations/isoc")]
    [InlineData("/meetings")]
    public async Task AbsoluteLinks_UseTheConfiguredAddress_WhateverTheHostHeader(string url)
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });

        var body = await client.GetStringAsync(url);

        Assert.Contains(BaseUrl + "/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherHosts_AreRefused_WhenAllowedHostsNamesTheSite()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "wsis.example.org"));
        using var site = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(BaseUrl) });
        using var other = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });

        using var fromSite = await site.GetAsync("/robots.txt");
        using var fromOther = await other.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, fromSite.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fromOther.StatusCode);
    }

    [Theory]
    [InlineData(Proxy, true)]
    [InlineData("10.0.0.9", false)]
    public async Task ForwardedHttps_GivesSecureCookiesAndHttpsLinks_OnlyFromAConfiguredProxy(string from, bool believed)
    {
        using var app = _factory.WithWebHostBuilder(b => b
            .UseSetting("ForwardedHeaders:KnownProxies", Proxy)
            .ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddresses>()));
        using var client = ClientAddresses.From(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");

        var robots = await client.GetStringAsync("/robots.txt");
        using var form = await client.GetAsync("/account/login");

        Assert.Equal(believed, robots.Contains("Sitemap: https://localhost/sitemap.xml", StringComparison.Ordinal));
        Assert.Equal(!believed, robots.Contains("Sitemap: http://localhost/sitemap.xml", StringComparison.Ordinal));

        // The antiforgery cookie, like the sign-in cookie, is Secure whenever the request is HTTPS.
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wsis.af=", StringComparison.Ordinal));
        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("wsis.example.org")]
    [InlineData("ftp://wsis.example.org")]
    [InlineData("https://wsis.example.org/?x=1")]
    public void ABaseUrlThatIsNotAnHttpAddress_StopsTheStart(string configured)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Site:BaseUrl", configured)]).Build();

        var error = Assert.Throws<DatabaseConfigurationException>(() => SiteAddress.FromConfiguration(configuration));

        Assert.Contains("Site:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AProxyThatIsNotAnAddress_StopsTheStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ForwardedHeaders:KnownProxies", "proxy.example")]).Build();

        var error = Assert.Throws<DatabaseConfigurationException>(() => new ServiceCollection().AddTrustedProxies(configuration));

        Assert.Contains("KnownProxies", error.Message, StringComparison.Ordinal);
    }
}
