namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>admin.admin.CompanyWebhookDubboService.subscribe</c>: stores the three external-settlement URLs (each an absolute
/// http or https URL), replacing the previous ones; <c>data</c> is null.
/// </summary>
internal sealed class WebhookSubscribeOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.Manager;

    public string BizType => BizTypes.WebhookSubscribe;

    public OperationAuth Auth => OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        string[] fields = ["queryUserAccountBalanceUrl", "externalSystemAdjustmentUrl", "cancelExternalSystemAdjustmentUrl"];
        var urls = new Uri[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (JsonRead.Text(call.Body, fields[i]) is not { } text
                || !Uri.TryCreate(text, UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return Errors.Invalid(fields[i]);
            }

            urls[i] = url;
        }

        backend.WebhookSubscription = new FakeWebhookSubscription
        {
            QueryUserAccountBalanceUrl = urls[0],
            ExternalSystemAdjustmentUrl = urls[1],
            CancelExternalSystemAdjustmentUrl = urls[2],
        };
        return Outcome.Ok(null);
    }
}
