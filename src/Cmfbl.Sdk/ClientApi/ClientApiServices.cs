namespace Cmfbl.Sdk.ClientApi;

/// <summary>The Client API (C side) entry points in one place: guest calls, verification codes, and customer sessions.</summary>
/// <param name="customerWeb">The customer service for guest calls (login, register, existence checks).</param>
/// <param name="verification">Sends and checks the e-mail and SMS verification codes that registration and password resets need.</param>
/// <param name="sessions">Opens sessions that act as a logged-in customer.</param>
public sealed class ClientApiServices(ICustomerWebApiService customerWeb, IVerificationApiService verification, ICustomerSessions sessions)
{
    /// <summary>Gets the customer service for guest calls. Calls that need a logged-in customer go through a <see cref="CustomerSession"/>.</summary>
    public ICustomerWebApiService CustomerWeb { get; } = customerWeb;

    /// <summary>Gets the verification-code service (<c>message.app.VerificationApiService</c>).</summary>
    public IVerificationApiService Verification { get; } = verification;

    /// <summary>Gets the session factory: log a customer in, or open a session from a token.</summary>
    public ICustomerSessions Sessions { get; } = sessions;
}
