using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

public class TitleMentionsTests
{
    [Theory]
    [InlineData("This meeting is a follow-up to the ITU WSIS Thematic Meeting on Countering Spam held in July 2004.", "WSIS Thematic Meeting on Countering Spam")]
    [InlineData("It built on the WSIS thematic meeting on countering spam, in Geneva.", "WSIS Thematic Meeting on Countering Spam")]
    [InlineData("Outcomes of the Conférence régionale sur la société de l'information were presented.", "Conference regionale sur la societe de l'information")]
    public void TextNamingADistinctiveTitle_MentionsIt(string text, string title)
    {
        Assert.True(TitleMentions.Mentions(TitleMentions.Normalize(text), title));
    }

    [Theory]
    [InlineData("The Asia Media Summit of the broadcasting unions met in May.", "Asia Media Summit")]
    [InlineData("A WSIS Session was held at the conference.", "WSIS Session")]
    [InlineData("The Forum on Paperless Trade in International Supply Chains", "Forum on the Future")]
    [InlineData("Workshops on Internet Governance issues were held.", "Workshop on Internet Governance")]
    public void ShortGenericOrPartlyMatchingTitle_IsNotMentioned(string text, string title)
    {
        Assert.False(TitleMentions.Mentions(TitleMentions.Normalize(text), title));
    }
}
