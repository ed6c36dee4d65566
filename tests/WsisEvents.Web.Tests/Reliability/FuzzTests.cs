using System.Text;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>Thousands of mutated requests, from a fixed seed so that a failure can be replayed: never a 5xx, never
/// internals in a response, and no change to the data from any request without a signed-in session and its token.</summary>
public sealed class FuzzTests : IAsyncLifetime
{
    private const int Seed = 20261125;

    private static readonly string[] Endpoints =
    [
        "/", "/meetings", "/api/meetings", "/meetings.ics", "/meetings.atom", "/meetings.csv", "/organizations", "/api/organizations",
        "/themes", "/themes/c5-confidence-and-security", "/meetings/asia-media-summit-2005", "/api/meetings/asia-media-summit-2005",
        "/organizations/isoc", "/api/organizations/isoc", "/api/themes", "/sitemap.xml", "/meetings/asia-media-summit-2005.ics",
        "/documents", "/api/documents",
    ];

    private static readonly string[] Names =
        ["q", "year", "from", "to", "theme", "category", "country", "organizer", "sort", "page", "pageSize", "kind", "language", "outcomes", "returnUrl", "x", ""];

    private static readonly string[] Nasty =
    [
        "' OR 1=1 --", "\"; DROP TABLE Meetings; --", "1; DELETE FROM Meetings", "') UNION SELECT * FROM AspNetUsers --", "%", "_", "\\",
        "*", "\"", "NEAR(", "-", "AND", "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "\u202e", "\ud83d\ude00", "😀",
        "99999999999999999999", "-1", "0", "2147483648", "1e9", "NaN", "2005-02-30", "0000-00-00", "9999-12-31", "2005-13-01",
        "  ", "\t", "\r\n", "c5", "C99", "ITU", "isoc", "ecosoc", "%00", "%ZZ", "null", "undefined", "[]", "{}", "()", "&", "=", "#",
    ];

    private readonly LoggingFactory _factory = new();
    private readonly Random _random = new(Seed);
    /// <summary>What the app logged, to explain a failure in its assertion message.</summary>
    private static readonly LogCapture Logs = new();

    public Task InitializeAsync()
    {
        _factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    private sealed class LoggingFactory : AdminCatalogFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Logs.AttachTo(builder, Serilog.Events.LogEventLevel.Warning);
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private string Value()
    {
        return _random.Next(6) switch
        {
            0 => Nasty[_random.Next(Nasty.Length)],
            1 => new string((char)_random.Next(32, 0x2FFF), _random.Next(1, 40)),
            2 => new string('x', _random.Next(1, 6000)),
            3 => _random.Next(-5, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            4 => $"{_random.Next(1990, 2030)}-{_random.Next(0, 14):00}-{_random.Next(0, 33):00}",
            _ => string.Concat(Enumerable.Range(0, _random.Next(1, 12)).Select(_ => Nasty[_random.Next(Nasty.Length)])),
        };
    }

    private string Query()
    {
        var parts = Enumerable.Range(0, _random.Next(0, 6)).Select(_ =>
        {
            var name = Names[_random.Next(Names.Length)];
            var value = Value();
            return _random.Next(10) == 0 ? $"{name}={value}" : $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
        });
        return string.Join("&", parts);
    }

    private static async Task AssertSaneAsync(HttpResponseMessage response, string what)
    {
        Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}; the app's last log lines:\n"
            + string.Join("\n", Logs.Entries.Where(e => !e.Category.Contains("EntityFramework", StringComparison.Ordinal)).TakeLast(15).Select(e => e.Message)));
        var body = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { "Exception", "   at ", "SqliteException", "SQLite Error", "Microsoft.EntityFrameworkCore", "StackTrace", "/work/", "WsisEvents.Web.Controllers" })
        {
            Assert.False(body.Contains(leak, StringComparison.Ordinal), $"{what} shows internals ({leak})");
        }
    }

    [Fact]
    public async Task MutatedQueryStrings_NeverBreakAPageOrChangeData()
    {
        using var client = _factory.Browser();
        var before = await DatabaseSnapshot.TakeAsync(_factory.Database);

        for (var i = 0; i < 2500; i++)
        {
            var url = Endpoints[_random.Next(Endpoints.Length)] + "?" + Query();
            using var response = await client.GetAsync(url);
            await AssertSaneAsync(response, $"GET {url[..Math.Min(url.Length, 200)]}");
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_factory.Database));
    }

    [Fact]
    public async Task MutatedHeaders_NeverBreakAPage()
    {
        using var client = _factory.Browser();
        string[] headers = ["Accept", "Accept-Language", "If-None-Match", "If-Modified-Since", "Range", "Cookie", "X-Forwarded-For", "Referer", "User-Agent", "Accept-Encoding"];

        for (var i = 0; i < 1000; i++)
        {
            var url = Endpoints[_random.Next(Endpoints.Length)];
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            for (var h = _random.Next(1, 4); h > 0; h--)
            {
                var value = new string(Value().Where(c => c >= ' ' && c < 127).ToArray());
                request.Headers.TryAddWithoutValidation(headers[_random.Next(headers.Length)], value.Length == 0 ? "x" : value[..Math.Min(value.Length, 4000)]);
            }

            using var response = await client.SendAsync(request);
            await AssertSaneAsync(response, $"GET {url} with mutated headers");
        }
    }

    [Fact]
    public async Task FormPostsWithoutASessionOrToken_ChangeNothing()
    {
        string[] targets =
        [
            "/admin/meetings/create", "/admin/meetings/1/edit", "/admin/meetings/1/delete", "/admin/organizations/create", "/admin/organizations/1/edit",
            "/admin/organizations/1/delete", "/admin/affiliations/create", "/admin/affiliations/1/delete", "/admin/categories/1/delete", "/admin/themes/1/edit",
            "/admin/history/1/restore", "/admin/users/create", "/admin/import/confirm", "/admin/markdown/preview", "/account/logout", "/account/login",
            "/meetings", "/api/meetings",
        ];
        string[] fields = ["Title", "Start", "End", "Name", "Version", "version", "Description", "CategoryId", "OrganizerIds[0]", "Email", "Password", "content", "__RequestVerificationToken"];
        var before = await DatabaseSnapshot.TakeAsync(_factory.Database);
        using var anonymous = _factory.Browser();
        using var signedInWithoutToken = await _factory.AdminAsync();

        for (var i = 0; i < 1500; i++)
        {
            var client = i % 2 == 0 ? anonymous : signedInWithoutToken;
            var target = targets[_random.Next(targets.Length)];
            var form = Enumerable.Range(0, _random.Next(0, 8)).Select(_ => new KeyValuePair<string, string>(fields[_random.Next(fields.Length)], Value())).ToList();
            using var response = await client.PostAsync(target, new FormUrlEncodedContent(form));
            await AssertSaneAsync(response, $"POST {target}");
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed
                or HttpStatusCode.TooManyRequests or HttpStatusCode.UnsupportedMediaType, $"POST {target} answered {(int)response.StatusCode}");
        }

        var after = await DatabaseSnapshot.TakeAsync(_factory.Database);
        Assert.Equal(before.Where(NotAccountBookkeeping), after.Where(NotAccountBookkeeping));
    }

    [Fact]
    public async Task MutatedAdminForms_WithAValidSession_NeverBreak()
    {
        using var admin = await _factory.AdminAsync();
        string[] forms = ["/admin/meetings/create", "/admin/meetings/3/edit", "/admin/organizations/create", "/admin/organizations/5/edit", "/admin/affiliations/create", "/admin/categories/create", "/admin/themes/2/edit", "/admin/users/create"];

        for (var i = 0; i < 400; i++)
        {
            var url = forms[_random.Next(forms.Length)];
            var form = await admin.GetFormAsync(url);
            foreach (var field in form.Fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => f.Key).ToList())
            {
                if (_random.Next(3) == 0)
                {
                    form.Set(field, Value());
                }
            }

            using var response = await admin.PostFormAsync(form);
            await AssertSaneAsync(response, $"POST {url}");
        }
    }

    [Fact]
    public async Task HostileImportFiles_AreRefusedOrReadButNeverBreak()
    {
        using var admin = await _factory.AdminAsync();
        var token = (await admin.GetFormAsync("/admin/import", "main form[enctype]")).Get("__RequestVerificationToken")!;
        var files = new List<(string Name, byte[] Bytes)>
        {
            ("junk.bin", [.. Enumerable.Range(0, 100_000).Select(_ => (byte)_random.Next(256))]),
            ("ten-mb.txt", Encoding.UTF8.GetBytes(new string('g', 10 * 1024 * 1024))),
            ("nested.txt", Encoding.UTF8.GetBytes("go 1 May 2005, Rome (Italy), ITU - T\n\n" + new string('>', 50_000) + string.Concat(Enumerable.Repeat("[", 50_000)))),
            ("invalid-utf8.txt", [0x67, 0x6f, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
            ("nul.txt", Encoding.UTF8.GetBytes("go 1 May 2005,\0 Rome\0 (Italy), ITU\0 - T\0itle\n")),
            ("long-line.txt", Encoding.UTF8.GetBytes("go 1 May 2005, Rome (Italy), " + string.Join("/", Enumerable.Range(0, 20_000).Select(i => $"O{i}")) + " - T\n")),
            ("empty.txt", []),
        };

        foreach (var (name, bytes) in files)
        {
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "file", name },
            };
            using var response = await admin.PostAsync("/admin/import", upload);
            await AssertSaneAsync(response, $"upload {name}");
        }
    }

    /// <summary>Failed sign-ins count towards lockout: account bookkeeping, not catalog data.</summary>
    private static bool NotAccountBookkeeping(string row) => !row.StartsWith("AspNetUsers: ", StringComparison.Ordinal);
}
