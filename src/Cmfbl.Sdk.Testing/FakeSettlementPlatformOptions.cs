namespace Cmfbl.Sdk.Testing;

/// <summary>Where and how <see cref="FakeSettlementPlatform"/> calls your receiver.</summary>
public sealed class FakeSettlementPlatformOptions
{
    /// <summary>Gets or sets the balance-query URL (<c>queryUserAccountBalanceUrl</c>). Required.</summary>
    public Uri? BalanceUrl { get; set; }

    /// <summary>Gets or sets the adjustment URL (<c>externalSystemAdjustmentUrl</c>). Required.</summary>
    public Uri? AdjustmentUrl { get; set; }

    /// <summary>Gets or sets the cancellation URL (<c>cancelExternalSystemAdjustmentUrl</c>). Required.</summary>
    public Uri? CancellationUrl { get; set; }

    /// <summary>Gets or sets the <c>companyId</c> header sent. The default value is 439.</summary>
    public long CompanyId { get; set; } = 439;

    /// <summary>Gets or sets how long the platform waits for an answer. The default value is the vendor's 3 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets or sets how many times a cancellation is sent until it gets a correct answer. The default value is 3 (the vendor says "a fixed number", not which).</summary>
    public int CancellationAttempts { get; set; } = 3;

    /// <summary>Gets or sets the clock of the <c>timestamp</c> header, <c>requestTime</c> and traces. The default is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the handler the platform's HttpClient uses (e.g. a TestServer's), or <see langword="null"/> for a new socket handler.</summary>
    public HttpMessageHandler? Handler { get; set; }

    /// <summary>Returns options for a receiver mapped with <c>app.MapCmfblExternalSettlement(prefix)</c>: the three vendor path names under <paramref name="prefixAddress"/>.</summary>
    /// <param name="prefixAddress">The absolute address of the prefix, e.g. <c>http://127.0.0.1:5000/cmfbl/settlement/</c>.</param>
    /// <param name="companyId">The <c>companyId</c> header to send.</param>
    /// <returns>The options.</returns>
    public static FakeSettlementPlatformOptions ForReceiver(Uri prefixAddress, long companyId)
    {
        ArgumentNullException.ThrowIfNull(prefixAddress);
        var root = prefixAddress.AbsoluteUri.EndsWith('/') ? prefixAddress : new Uri(prefixAddress.AbsoluteUri + "/");
        return new FakeSettlementPlatformOptions
        {
            BalanceUrl = new Uri(root, "get-user-amount"),
            AdjustmentUrl = new Uri(root, "external-system-credit-limit-adjustment"),
            CancellationUrl = new Uri(root, "cancel-external-system-credit-limit-adjustment"),
            CompanyId = companyId,
        };
    }

    /// <summary>Returns options for the URLs a <c>subscribe</c> call registered with <see cref="CmfblFakeServer"/>.</summary>
    /// <param name="subscription">The registered URLs.</param>
    /// <param name="companyId">The <c>companyId</c> header to send.</param>
    /// <returns>The options.</returns>
    public static FakeSettlementPlatformOptions ForSubscription(FakeWebhookSubscription subscription, long companyId)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new FakeSettlementPlatformOptions
        {
            BalanceUrl = subscription.QueryUserAccountBalanceUrl,
            AdjustmentUrl = subscription.ExternalSystemAdjustmentUrl,
            CancellationUrl = subscription.CancelExternalSystemAdjustmentUrl,
            CompanyId = companyId,
        };
    }
}
