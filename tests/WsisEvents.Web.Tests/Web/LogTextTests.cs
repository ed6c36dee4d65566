using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Tests.Web;

public class LogTextTests
{
    [Theory]
    [InlineData("admin@wsis.test\u001b[31m", "admin@wsis.test\\u001B[31m")]
    [InlineData("a\r\nLogin succeeded", "a\\u000D\\u000ALogin succeeded")]
    [InlineData("plain@wsis.test", "plain@wsis.test")]
    public void Escape_WritesControlCharactersAsEscapes(string input, string logged)
    {
        Assert.Equal(logged, LogText.Escape(input));
    }
}
