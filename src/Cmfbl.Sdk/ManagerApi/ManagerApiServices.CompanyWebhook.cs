using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.ManagerApi;

/// <content>The webhook subscription service: written by hand, because the vendor's Manager spec does not describe it (REFERENCE §1.7).</content>
public sealed partial class ManagerApiServices
{
    private ICompanyWebhookService? _companyWebhook;

    /// <summary>Gets the external-settlement webhook settings (<c>admin.admin.CompanyWebhookDubboService</c>).</summary>
    public ICompanyWebhookService CompanyWebhook => _companyWebhook ??= _services.GetRequiredService<ICompanyWebhookService>();
}
