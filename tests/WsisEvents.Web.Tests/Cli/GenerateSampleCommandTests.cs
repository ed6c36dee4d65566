using WsisEvents.Web.Cli;

namespace WsisEvents.Web.Tests.Cli;

public sealed class GenerateSampleCommandTests : SeededCatalog
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(CatalogFactory factory, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await GenerateSampleCommand.RunAsync(scope.ServiceProvider, args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Generate_AddsThatManyMeetingsShapedLikeTheCatalogs()
    {
        var (exit, stdout, stderr) = await RunAsync(Factory, "--meetings", "400", "--seed", "7");

        Assert.Equal(0, exit);
        Assert.Contains("Generated 400 meetings (seed 7)", stdout, StringComparison.Ordinal);
        Assert.Contains("100%", stderr, StringComparison.Ordinal);
        var meetings = await Factory.WithDbAsync(db => db.Meetings.AsNoTracking()
            .Where(m => m.SourceDocument == SampleMeetings.SourceDocument)
            .Select(m => new { m.Slug, m.StartDate, m.EndDate, m.Description, Organizers = m.Organizers.Count, Themes = m.Themes.Count })
            .ToListAsync());
        Assert.Equal(400, meetings.Count);
        Assert.All(meetings, m =>
        {
            Assert.InRange(m.StartDate.Year, 2003, 2025);
            Assert.True(m.EndDate >= m.StartDate);
            Assert.InRange(m.Organizers, 1, 4);
            Assert.InRange(m.Themes, 1, 3);
            Assert.InRange(m.Description!.Length, 150, 2000);
        });
        Assert.Equal(await Factory.WithDbAsync(db => db.Meetings.CountAsync()), await Factory.WithDbAsync(db => db.Meetings.Select(m => m.Slug).Distinct().CountAsync()));
        Assert.True(meetings.Count(m => m.StartDate.Year is 2004 or 2005) > meetings.Count(m => m.StartDate.Year is 2009 or 2010),
            "more meetings around the Tunis phase than in the quiet years");
    }

    [Fact]
    public async Task TheSameSeed_GivesTheSameMeetings()
    {
        using var other = new CatalogFactory();
        other.CreateClient().Dispose();

        await RunAsync(Factory, "--meetings", "60", "--seed", "3");
        await RunAsync(other, "--meetings", "60", "--seed", "3");

        static Task<List<string>> DescribeAsync(CatalogFactory factory) => factory.WithDbAsync(db => db.Meetings.AsNoTracking()
            .Where(m => m.SourceDocument == SampleMeetings.SourceDocument).OrderBy(m => m.Id)
            .Select(m => m.Slug + " " + m.StartDate + " " + m.City + " " + m.Description + " " + string.Join(",", m.Organizers.OrderBy(o => o.Position).Select(o => o.OrganizationId)))
            .ToListAsync());
        Assert.Equal(await DescribeAsync(Factory), await DescribeAsync(other));
    }

    [Fact]
    public async Task ASecondRun_IsRefusedAndAddsNothing()
    {
        await RunAsync(Factory, "--meetings", "20");

        var (exit, _, stderr) = await RunAsync(Factory, "--meetings", "20");

        Assert.Equal(GenerateSampleCommand.ExitAlreadyGenerated, exit);
        Assert.Contains("already holds 20 generated meetings", stderr, StringComparison.Ordinal);
        Assert.Equal(20, await Factory.WithDbAsync(db => db.Meetings.CountAsync(m => m.SourceDocument == SampleMeetings.SourceDocument)));
    }

    [Fact]
    public async Task AnInterruptedRun_RemovesTheBatchesItHadCommitted()
    {
        // Batches of 20 and a progress line every 10 of 200 meetings: the run is cancelled as its 60th meeting goes
        // in, the last of the third batch, when two batches are committed.
        await using var scope = Factory.Services.CreateAsyncScope();
        using var cancellation = new CancellationTokenSource();
        using var stderr = new CancellingWriter(" 60 / 200 meetings", cancellation);
        using var stdout = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            GenerateSampleCommand.RunAsync(scope.ServiceProvider, ["--meetings", "200"], stdout, stderr, 20, cancellation.Token));

        Assert.True(cancellation.IsCancellationRequested);
        Assert.Contains("Interrupted: removing the meetings generated so far", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Meetings.CountAsync(m => m.SourceDocument == SampleMeetings.SourceDocument)));
        Assert.Equal(SeedData.Meetings, await Factory.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task ARunInSeveralBatches_CommitsThemAll()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await GenerateSampleCommand.RunAsync(scope.ServiceProvider, ["--meetings", "95"], stdout, stderr, 20, CancellationToken.None);

        Assert.Equal(ImportCommand.ExitOk, exit);
        Assert.Equal(95, await Factory.WithDbAsync(db => db.Meetings.CountAsync(m => m.SourceDocument == SampleMeetings.SourceDocument)));
    }

    /// <summary>Cancels the run when a progress line containing <paramref name="trigger"/> is written.</summary>
    private sealed class CancellingWriter(string trigger, CancellationTokenSource cancellation) : StringWriter
    {
        public override Task WriteLineAsync(string? value)
        {
            if (value?.Contains(trigger, StringComparison.Ordinal) == true)
            {
                cancellation.Cancel();
            }

            return base.WriteLineAsync(value);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--meetings")]
    [InlineData("--meetings", "0")]
    [InlineData("--meetings", "-5")]
    [InlineData("--meetings", "many")]
    [InlineData("--meetings", "99999999")]
    [InlineData("--meetings", "10", "--seed", "x")]
    [InlineData("--meetings", "10", "--fast")]
    [InlineData("10")]
    public async Task BadArguments_AreAUsageErrorAndWriteNothing(params string[] args)
    {
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);

        var (exit, _, stderr) = await RunAsync(Factory, args);

        Assert.Equal(ImportCommand.ExitUsage, exit);
        Assert.Contains("Usage: generate-sample", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
    }
}
