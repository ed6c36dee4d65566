using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

public class OrganizerListParserTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "ITU", "UNESCO", "UNDP", "UN/UNDP Office in the Republic of Belarus", "Korea Agency for Digital Opportunity and Promotion",
        "Club of Rome", "Government of Canada", "World Summit Award",
    };

    private static bool IsKnown(string name)
    {
        var trimmed = name.Trim();
        var open = trimmed.LastIndexOf('(');
        return Known.Contains(trimmed) || (open > 0 && trimmed.EndsWith(')') && Known.Contains(trimmed[..open].Trim()));
    }

    [Theory]
    [InlineData("ITU", new[] { "ITU" })]
    [InlineData("ILO/ITC/OECD/UNCTAD", new[] { "ILO", "ITC", "OECD", "UNCTAD" })]
    [InlineData("UNECE/ECA/ECLAC/ESCAP/ESCWA", new[] { "UNECE", "ECA", "ECLAC", "ESCAP", "ESCWA" })]
    [InlineData("Government of Republic of Korea (MIC/KADO)/ITU", new[] { "Government of Republic of Korea (MIC/KADO)", "ITU" })]
    [InlineData("Government of the Republic of Belarus/UNESCO/ UN/UNDP Office in the Republic of Belarus",
        new[] { "Government of the Republic of Belarus", "UNESCO", "UN/UNDP Office in the Republic of Belarus" })]
    [InlineData("Asia-Pacific Telecommunity (APT)/ITU", new[] { "Asia-Pacific Telecommunity (APT)", "ITU" })]
    [InlineData("Government of Canada and UN Permanent Forum on Indigenous Issues", new[] { "Government of Canada", "UN Permanent Forum on Indigenous Issues" })]
    [InlineData("UNESCO and the Club of Rome", new[] { "UNESCO", "the Club of Rome" })]
    [InlineData("ILO, ITC, OECD", new[] { "ILO", "ITC", "OECD" })]
    [InlineData("Government of France and Government of Mali", new[] { "Government of France", "Government of Mali" })]
    [InlineData("Ministry of Science and Technology", new[] { "Ministry of Science and Technology" })]
    [InlineData("APWINC/Korea Agency for Digital Opportunity and Promotion (KADO)/ITU",
        new[] { "APWINC", "Korea Agency for Digital Opportunity and Promotion (KADO)", "ITU" })]
    [InlineData("Government of Austria/World Summit Award (WSA)", new[] { "Government of Austria", "World Summit Award (WSA)" })]
    public void Split_OrganizerLists_GivesNamesInSourceOrder(string text, string[] expected)
    {
        Assert.Equal(expected, OrganizerListParser.Split(text, IsKnown));
    }
}
