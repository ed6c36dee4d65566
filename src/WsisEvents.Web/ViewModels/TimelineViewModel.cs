using System.Globalization;
using WsisEvents.Web.Catalog;

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
        (new DateOnly(2003, 12, 10), "Geneva phase"),
        (new DateOnly(2005, 11, 16), "Tunis phase"),
    ];

    public TimelineViewModel(Timeline timeline, Func<TimelineBucket, string> linkFor, string id)
    {
        Id = id;
        Unit = timeline.ByYear ? "year" : "month";
        OutsideWindow = timeline.OutsideWindow;
        BarStep = Math.Clamp(TargetWidth / Math.Max(1, timeline.Buckets.Count), 12, 48);
        BarWidth = Math.Max(8, BarStep * 3 / 4);
        var max = Math.Max(1, timeline.MaxCount);
        Bars = timeline.Buckets.Select((b, i) =>
        {
            var height = b.Count == 0 ? 0 : Math.Max(2, (int)Math.Round((double)b.Count / max * ChartHeight));
            return new Bar(b.Label, b.Count, linkFor(b), (i * BarStep) + 2, Top + ChartHeight - height, height);
        }).ToList();
        Width = (timeline.Buckets.Count * BarStep) + 4;
        Height = Top + ChartHeight + AxisHeight;
        AxisLabels = timeline.Buckets
            .Select((b, i) => (b, i))
            .Where(x => x.b.IsYear || x.b.First.Month == 1)
            .Select(x => new AxisLabel(x.b.First.Year.ToString(CultureInfo.InvariantCulture), (x.i * BarStep) + 2))
            .ToList();
        Markers = SummitPhases
            .Select(p => (p.Label, Index: timeline.Buckets.ToList().FindIndex(b => b.First <= p.Date && p.Date <= b.Last)))
            .Where(p => p.Index >= 0)
            .Select((p, i) => new Marker(p.Label, (p.Index * BarStep) + 2 + (BarWidth / 2), 10 + (i % 2 * 11)))
            .ToList();
        var first = timeline.Buckets.Count == 0 ? null : timeline.Buckets[0];
        var last = timeline.Buckets.Count == 0 ? null : timeline.Buckets[^1];
        var total = timeline.Buckets.Sum(b => b.Count);
        Title = "Meetings per " + Unit;
        AxisName = (AxisLabels.Count == 0 ? "Axis" : "Axis of the years " + string.Join(", ", AxisLabels.Select(l => l.Text)))
            + (Markers.Count == 0 ? "" : "; marked: " + string.Join(", ", Markers.Select(m => m.Label)));
        Description = first is null
            ? "No meetings."
            : $"Bar chart of meetings per {Unit} from {first.Label} to {last!.Label}; busiest {Unit}: "
              + string.Join(", ", timeline.Buckets.Where(b => b.Count == timeline.MaxCount && b.Count > 0).Take(3).Select(b => $"{b.Label} ({b.Count})"))
              + ". Summit phases marked: Geneva, 10–12 December 2003; Tunis, 16–18 November 2005."
              + (total == 0 ? " No meetings in this span." : "");
    }

    public string Id { get; }
    public int BarStep { get; }
    public int BarWidth { get; }
    public int OutsideWindow { get; }
    public string Unit { get; }
    public string Title { get; }
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
        public string AccessibleName => $"{Label}: {Phrases.MeetingCount(Count)}";
    }

    public sealed record AxisLabel(string Text, int X);

    public sealed record Marker(string Label, int X, int LabelY);
}
