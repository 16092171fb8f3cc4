namespace Cmfbl.Sdk.ClientApi;

/// <summary>The Client API (C side) entry points in one place: guest calls, and customer sessions.</summary>
/// <param name="customerWeb">The customer service for guest calls (login, register, existence checks).</param>
/// <param name="sessions">Opens sessions that act as a logged-in customer.</param>
public sealed class ClientApiServices(ICustomerWebApiService customerWeb, ICustomerSessions sessions)
{
    /// <summary>Gets the customer service for guest calls. Calls that need a logged-in customer go through a <see cref="CustomerSession"/>.</summary>
    public ICustomerWebApiService CustomerWeb { get; } = customerWeb;

    /// <summary>Gets the session factory: log a customer in, or resume a session from a token.</summary>
    public ICustomerSessions Sessions { get; } = sessions;
}
