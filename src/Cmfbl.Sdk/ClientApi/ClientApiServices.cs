using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.ClientApi;

/// <content>The session factory, beside the generated services.</content>
public sealed partial class ClientApiServices
{
    private ICustomerSessions? _sessions;

    /// <summary>Gets the session factory: log a customer in, or open a session from a token.</summary>
    public ICustomerSessions Sessions => _sessions ??= _services.GetRequiredService<ICustomerSessions>();
}
