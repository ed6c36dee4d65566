using System.Text.Json;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>The seed's figures, counted in the files the catalog seeds itself from (the build's copy of data/), so
/// that a test says "every seed meeting" and a change of the data changes no test.</summary>
public static class SeedData
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Every seed meeting: meeting-themes.json gives each one its Action Lines, one record a meeting.</summary>
    public static int Meetings { get; } = Count(SeedFiles.MeetingThemes);

    /// <summary>The summit's own events (Geneva 2003, Tunis 2005, WSIS+10), which the source page does not list.</summary>
    public static int SummitEvents { get; } = Count(SeedFiles.SummitEvents);

    /// <summary>The meetings of ITU's source page, each imported from a line of it.</summary>
    public static int SourcePageMeetings => Meetings - SummitEvents;

    /// <summary>The WSIS Action Lines, C1 to C11.</summary>
    public static int ActionLines { get; } = Count(SeedFiles.Themes);

    /// <summary>The directory of organizations (organizations.json), the governments that organize meetings included.</summary>
    public static int Organizations { get; } = Count(SeedFiles.Organizations);

    /// <summary>The outcome documents: those the source texts name (meeting-outcomes.json) and the summit's own, with
    /// their UN symbols (summit-outcomes.json).</summary>
    public static int OutcomeDocuments { get; } = Count(SeedFiles.MeetingOutcomes) + Count(SeedFiles.SummitOutcomes);

    /// <summary>The summit's outcome documents, each with its UN document symbol.</summary>
    public static int SummitOutcomes { get; } = Count(SeedFiles.SummitOutcomes);

    /// <summary>The seed's steps, each recorded once in DataSeeds: Action Lines, their names in the Plan of Action's
    /// other languages, organizations, affiliations, summit events, the meetings page, outcome documents.</summary>
    public const int Steps = 8;

    private static int Count(string file)
    {
        using var json = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Folder, file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return json.RootElement.GetArrayLength();
    }
}
