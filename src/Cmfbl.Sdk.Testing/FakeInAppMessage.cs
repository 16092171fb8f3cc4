namespace Cmfbl.Sdk.Testing;

/// <summary>An in-app message sent through <c>message.admin.PlatFormMessageThirdSendAdminService.add</c> (<see cref="CmfblFakeServer.SentMessages"/>).</summary>
public sealed record FakeInAppMessage
{
    /// <summary>Gets the recipient's customer number (<c>customerNo</c>).</summary>
    public required string CustomerNo { get; init; }

    /// <summary>Gets the recipient's customer id (<c>customerId</c>).</summary>
    public required long CustomerId { get; init; }

    /// <summary>Gets the trade type the message concerns (<c>tradeType</c>).</summary>
    public required int TradeType { get; init; }

    /// <summary>Gets the language, e.g. <c>en-US</c> (<c>language</c>).</summary>
    public required string Language { get; init; }

    /// <summary>Gets the title, at most 100 characters (<c>title</c>).</summary>
    public required string Title { get; init; }

    /// <summary>Gets the content (<c>content</c>).</summary>
    public required string Content { get; init; }

    /// <summary>Gets the popup type (<c>showType</c>): 0 none, 1 popup.</summary>
    public required int ShowType { get; init; }

    /// <summary>Gets what the app refreshes (<c>refreshType</c>): 0 nothing, 1 positions, 2 pending orders, 3 funds, 4 kick out, 5 orders and positions, 6 orders and funds; <see langword="null"/> when not sent.</summary>
    public int? RefreshType { get; init; }

    /// <summary>Gets when the fake received it (the server's clock).</summary>
    public required DateTimeOffset SentAt { get; init; }
}
