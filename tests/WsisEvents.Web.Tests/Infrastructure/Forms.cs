using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>Real forms, as a browser submits them: the page is fetched, the form parsed with its hidden fields (the
/// antiforgery token among them), some fields changed, and the whole posted back.</summary>
public static class Forms
{
    public sealed record FormPost(string Action, List<KeyValuePair<string, string>> Fields)
    {
        public FormPost Set(string name, string value)
        {
            Fields.RemoveAll(f => f.Key == name);
            Fields.Add(new(name, value));
            return this;
        }

        public FormPost Remove(string name)
        {
            Fields.RemoveAll(f => f.Key == name);
            return this;
        }

        public FormPost Add(string name, string value)
        {
            Fields.Add(new(name, value));
            return this;
        }

        public string? Get(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;
    }

    /// <summary>The form of a page (the first matching <paramref name="selector"/>) with the values a browser would
    /// send if nothing were changed.</summary>
    public static async Task<FormPost> GetFormAsync(this HttpClient client, string url, string selector = "main form[method=post]")
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"{url} has no form matching {selector}.");
        return Read(form, url);
    }

    public static FormPost Read(IHtmlFormElement form, string pageUrl)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        fields.Add(new(name, selected.Value));
                    }

                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new FormPost(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, FormPost form) =>
        client.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));

    /// <summary>Signs in through the login form; the client keeps the cookie.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetFormAsync("/account/login");
        return await client.PostFormAsync(form.Set("Email", email).Set("Password", password));
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync());

    public static void AssertRedirectsTo(this HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(path, location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
    }
}
