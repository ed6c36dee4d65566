using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Tests.Catalog;

public class PaginationViewModelTests
{
    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 5, "[1] 2 3 4 5")]
    [InlineData(1, 20, "[1] 2 3 … 20")]
    [InlineData(10, 20, "1 … 8 9 [10] 11 12 … 20")]
    [InlineData(4, 20, "1 2 3 [4] 5 6 … 20")]
    [InlineData(20, 20, "1 … 18 19 [20]")]
    [InlineData(1500, 2000, "1 … 1498 1499 [1500] 1501 1502 … 2000")]
    public void Items_ShowFirstLastAndNeighboursWithGaps(int page, int totalPages, string expected)
    {
        var pagination = new PaginationViewModel(page, totalPages, p => $"/p{p}");

        var text = string.Join(" ", pagination.Items.Select(i => i.Number is null ? "…" : i.IsCurrent ? $"[{i.Number}]" : $"{i.Number}"));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void PreviousAndNext_AreMissingAtTheEnds()
    {
        var first = new PaginationViewModel(1, 3, p => $"/p{p}");
        var last = new PaginationViewModel(3, 3, p => $"/p{p}");

        Assert.Null(first.PreviousUrl);
        Assert.Equal("/p2", first.NextUrl);
        Assert.Equal("/p2", last.PreviousUrl);
        Assert.Null(last.NextUrl);
    }
}
