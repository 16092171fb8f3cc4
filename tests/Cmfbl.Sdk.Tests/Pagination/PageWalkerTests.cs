using System.Text.Json.Nodes;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Pagination;

/// <summary>GetAllCustomersAsync walks pages through the real pipeline and stops where it should.</summary>
public sealed class PageWalkerTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private readonly SdkHarness _sdk = new();

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task GetAllCustomersAsync_ThreeCannedPages_YieldsEveryRecordAndStops()
    {
        ServePages(total: 5, size: 2, pages: [["a", "b"], ["c", "d"], ["e"]]);

        var customers = await _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = 2 }).ToListAsync();

        Assert.Equal(["a", "b", "c", "d", "e"], customers.Select(c => c.CustomerNo));
        Assert.Equal([1, 2, 3], RequestedPages());
    }

    [Fact]
    public async Task GetAllCustomersAsync_EmptyPage_StopsEvenIfTotalSaysMore()
    {
        ServePages(total: 100, size: 2, pages: [["a", "b"], [], ["never"]]);

        var customers = await _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = 2 }).ToListAsync();

        Assert.Equal(["a", "b"], customers.Select(c => c.CustomerNo));
        Assert.Equal([1, 2], RequestedPages());
    }

    [Fact]
    public async Task GetAllCustomersAsync_ServerReportsCurrentZero_StillStopsAtTotal()
    {
        _sdk.Stub.On(Page, request =>
        {
            var current = JsonNode.Parse(request.Body)!["current"]!.GetValue<int>();
            return StubHandler.Json(Envelope.Success($$"""{"current":0,"size":0,"total":3,"records":[{"customerNo":"p{{current}}a"},{"customerNo":"p{{current}}b"}]}"""));
        });

        var customers = await _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = 2 }).ToListAsync();

        Assert.Equal(4, customers.Count);
        Assert.Equal([1, 2], RequestedPages());
    }

    [Fact]
    public async Task GetAllCustomersAsync_Cancelled_StopsWithoutReadingFurtherPages()
    {
        ServePages(total: 6, size: 2, pages: [["a", "b"], ["c", "d"], ["e", "f"]]);
        using var cancellation = new CancellationTokenSource();

        var read = new List<string?>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var customer in _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = 2 }, cancellation.Token))
            {
                read.Add(customer.CustomerNo);
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(["a", "b"], read);
        Assert.Equal([1], RequestedPages());
    }

    [Fact]
    public async Task GetAllCustomersAsync_KeepsTheFilter_OnEveryPage()
    {
        ServePages(total: 3, size: 2, pages: [["a", "b"], ["c"]]);

        await _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = 2, CustomerNo = "86" }).ToListAsync();

        Assert.All(_sdk.Stub.RequestsTo(Page), r => Assert.Equal("86", JsonNode.Parse(r.Body)!["customerNo"]!.GetValue<string>()));
    }

    private void ServePages(int total, int size, string[][] pages) =>
        _sdk.Stub.On(Page, request =>
        {
            var current = JsonNode.Parse(request.Body)!["current"]!.GetValue<int>();
            var records = current <= pages.Length ? pages[current - 1] : [];
            var json = string.Join(",", records.Select(r => $$"""{"customerNo":"{{r}}"}"""));
            return StubHandler.Json(Envelope.Success($$"""{"current":{{current}},"size":{{size}},"total":{{total}},"records":[{{json}}]}"""));
        });

    private int[] RequestedPages() =>
        _sdk.Stub.RequestsTo(Page).Select(r => JsonNode.Parse(r.Body)!["current"]!.GetValue<int>()).ToArray();
}
