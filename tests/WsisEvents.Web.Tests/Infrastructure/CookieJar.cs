namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>The cookies of one test client, kept where a test can copy them: a copy is the same cookie replayed
/// by someone else.</summary>
public sealed class CookieJar : DelegatingHandler
{
    private readonly CookieContainer _cookies = new();

    public CookieJar Copy()
    {
        var copy = new CookieJar();
        copy._cookies.Add(_cookies.GetAllCookies());
        return copy;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = _cookies.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                _cookies.SetCookies(request.RequestUri!, setCookie);
            }
        }

        return response;
    }
}
