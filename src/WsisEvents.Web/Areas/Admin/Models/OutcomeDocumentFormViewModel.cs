using Microsoft.AspNetCore.Html;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class OutcomeDocumentFormViewModel
{
    public required OutcomeDocumentInputModel Input { get; init; }
    public int? Id { get; init; }
    public required string MeetingTitle { get; init; }
    public required string MeetingEditUrl { get; init; }

    /// <summary>What each saved language version holds now, by its tag.</summary>
    public IReadOnlyDictionary<string, SavedLanguageVersion> Saved { get; init; } = new Dictionary<string, SavedLanguageVersion>();
    public IHtmlContent? Preview { get; init; }
    public ConflictViewModel? Conflict { get; init; }
    public SourceDto? Source { get; init; }
    public required string MaxUploadText { get; init; }

    public bool IsNew => Id is null;

    public static IReadOnlyList<(string Value, string Label)> Precisions => MeetingFormViewModel.Precisions;

    public static IReadOnlyList<(OutcomeKind Kind, string Label)> Kinds { get; } =
    [
        (OutcomeKind.Report, "Report"),
        (OutcomeKind.ChairsSummary, "Chair's summary"),
        (OutcomeKind.Declaration, "Declaration"),
        (OutcomeKind.Recommendations, "Recommendations"),
        (OutcomeKind.AgendaForAction, "Agenda for action"),
        (OutcomeKind.Presentation, "Presentation"),
        (OutcomeKind.Other, "Other"),
    ];

    public static string KindLabel(OutcomeKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label ?? kind.ToString();
}

/// <summary>A saved version as the form shows it: its link or its file (with the address it is downloaded from).</summary>
public sealed record SavedLanguageVersion(string? Url, string? FileName, string? FileUrl, long? Length, string? MediaType, string? StatedFormat);
