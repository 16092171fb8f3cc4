namespace Cmfbl.Sdk.Testing.Internal.Messages;

/// <summary>
/// <c>message.admin.PlatFormMessageThirdSendAdminService.add</c>: stores an in-app message to a customer
/// (<see cref="CmfblFakeServer.SentMessages"/>); <c>data</c> null.
/// </summary>
internal sealed class SendInAppMessageOperation(FakeBackend backend)
    : OperationBase("message.admin.PlatFormMessageThirdSendAdminService.add")
{
    private const int MaxTitleLength = 100;

    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        if (!CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out var error, "customerNo", "customerId", "companyId", "tradeType", "language", "title", "content"))
        {
            return error;
        }

        var title = JsonRead.Text(body, "title")!;
        var showType = JsonRead.Int64(body, "showType");
        var refreshType = JsonRead.Int64(body, "refreshType");
        var failure = JsonRead.Int64(body, "companyId") != backend.Settings.CompanyId ? "companyId"
            : title.Length > MaxTitleLength ? "title"
            : showType is not (0 or 1) ? "showType"
            : refreshType is < 0 or > 6 ? "refreshType"
            : null;
        if (failure is not null)
        {
            return Errors.BadParameter(failure);
        }

        backend.Messages.Add(new FakeInAppMessage
        {
            CustomerNo = customer.CustomerNo,
            CustomerId = customer.Id,
            TradeType = (int)JsonRead.Int64(body, "tradeType")!.Value,
            Language = JsonRead.Text(body, "language")!,
            Title = title,
            Content = JsonRead.Text(body, "content")!,
            ShowType = (int)showType!.Value,
            RefreshType = (int?)refreshType,
            SentAt = backend.Settings.Time.GetUtcNow(),
        });
        return Outcome.Ok(null);
    }
}
