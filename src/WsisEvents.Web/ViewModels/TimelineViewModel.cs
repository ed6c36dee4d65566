using System.Globalization;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.ViewModels;

/// <summary>The timeline as an SVG bar chart: geometry computed here so the view only draws.</summary>
public sealed class TimelineViewModel
{
    public const int ChartHeight = 90;
    public const int Top = 30;
    public const int AxisHeight = 20;

    /// <summary>About how wide the chart is drawn; narrower screens scroll it sideways rather than shrink its text.</summary>
    private const int TargetWidth = 720;

    private static readonly (DateOnly Date, string Label)[] SummitPhases =
    [
        (new DateOnly(2003, 12, 10), Texts.Key("Geneva phase")),
        (new DateOnly(2005, 11, 16), Texts.Key("Tunis phase")),
    ];

    private static IStringLocalizer L => Texts.Localizer;

    /// <summary>In a right-to-left language time runs from right to left, as the reader reads: the first period is the
    /// rightmost bar.</summary>
    public TimelineViewModel(Timeline timeline, Func<TimelineBucket, string> linkFor, string id, bool rightToLeft = false)
    {
        Id = id;
        var byYear = timeline.ByYear;
        RightToLeft = rightToLeft;
        OutsideWindow = timeline.OutsideWindow;
        BarStep = Math.Clamp(TargetWidth / Math.Max(1, timeline.Buckets.Count), 12, 48);
        BarWidth = Math.Max(8, BarStep * 3 / 4);
        var max = Math.Max(1, timeline.MaxCount);
        Bars = timeline.Buckets.Select((b, i) =>
        {
            var height = b.Count == 0 ? 0 : Math.Max(2, (int)Math.Round((double)b.Count / max * ChartHeight));
            return new Bar(b.Label, b.Count, linkFor(b), BarX(i, timeline.Buckets.Count), Top + ChartHeight - height, height);
        }).ToList();
        Width = (timeline.Buckets.Count * BarStep) + 4;
        Height = Top + ChartHeight + AxisHeight;
        AxisLabels = timeline.Buckets
            .Select((b, i) => (b, i))
            .Where(x => x.b.IsYear || x.b.First.Month == 1)
            .Select(x => new AxisLabel(x.b.First.Year.ToString(CultureInfo.InvariantCulture), BarX(x.i, timeline.Buckets.Count)))
            .ToList();
        Markers = SummitPhases
            .Select(p => (p.Label, Index: timeline.Buckets.ToList().FindIndex(b => b.First <= p.Date && p.Date <= b.Last)))
            .Where(p => p.Index >= 0)
            .Select((p, i) => new Marker(L[p.Label], BarX(p.Index, timeline.Buckets.Count) + (BarWidth / 2), 10 + (i % 2 * 11), rightToLeft ? -3 : 3))
            .ToList();
        var first = timeline.Buckets.Count == 0 ? null : timeline.Buckets[0];
        var last = timeline.Buckets.Count == 0 ? null : timeline.Buckets[^1];
        var total = timeline.Buckets.Sum(b => b.Count);
        Title = byYear ? L["Meetings per year"] : L["Meetings per month"];
        Caption = byYear
            ? L["Meetings per year; a bar leads to that year's meetings. The summit phases are marked."]
            : L["Meetings per month; a bar leads to that month's meetings. The summit phases are marked."];
        var separator = L[", "];
        AxisName = (AxisLabels.Count == 0 ? L["Axis"] : L["Axis of the years {0}", string.Join(separator, AxisLabels.Select(l => l.Text))])
            + (Markers.Count == 0 ? "" : L["; marked: {0}", string.Join(separator, Markers.Select(m => m.Label))]);
        var busiest = string.Join(separator, timeline.Buckets.Where(b => b.Count == timeline.MaxCount && b.Count > 0).Take(3).Select(b => $"{b.Label} ({b.Count})"));
        Description = first is null
            ? L["No meetings."]
            : (byYear
                  ? L["Bar chart of meetings per year from {0} to {1}; busiest year: {2}.", first.Label, last!.Label, busiest]
                  : L["Bar chart of meetings per month from {0} to {1}; busiest month: {2}.", first.Label, last!.Label, busiest])
              + " " + L["Summit phases marked: Geneva, {0}; Tunis, {1}.",
                  DateRangeText.Format(new DateOnly(2003, 12, 10), new DateOnly(2003, 12, 12), DatePrecision.Day),
                  DateRangeText.Format(new DateOnly(2005, 11, 16), new DateOnly(2005, 11, 18), DatePrecision.Day)]
              + (total == 0 ? " " + L["No meetings in this span."] : "");

        int BarX(int index, int count) => (rightToLeft ? count - 1 - index : index) * BarStep + 2;
    }

    public string Id { get; }
    public int BarStep { get; }
    public int BarWidth { get; }
    public int OutsideWindow { get; }
    public bool RightToLeft { get; }
    public string Title { get; }

    /// <summary>The figure's caption: what the chart shows and what a bar does.</summary>
    public string Caption { get; }
    public string Description { get; }

    /// <summary>The accessible name of the axis and the summit markers, the part of the chart that is only a picture.</summary>
    public string AxisName { get; }
    public int Width { get; }
    public int Height { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<AxisLabel> AxisLabels { get; }
    public IReadOnlyList<Marker> Markers { get; }
    public int BaseLine => Top + ChartHeight;

    public sealed record Bar(string Label, int Count, string Url, int X, int Y, int Height)
    {
        public string AccessibleName => L["{0}: {1}", Label, Phrases.MeetingCount(Count)];
    }

    public sealed record AxisLabel(string Text, int X);

    /// <summary>A summit phase's line, with its label beside it on the side the text reads towards.</summary>
    public sealed record Marker(string Label, int X, int LabelY, int LabelOffset)
    {
        public int LabelX => X + LabelOffset;
    }
}
