using Cmfbl.Sdk.Testing.Internal;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// The fault switches of a <see cref="CmfblFakeServer"/>: added latency, queued failures or canned responses for the
/// next calls, and "expire every token now". Safe to use while requests are in flight.
/// </summary>
/// <example>
/// <code>
/// server.Faults.FailNext(FakeFault.ServiceUnavailable503, count: 2, bizTypeFilter: "WhiteCustomerAdminApiService.page");
/// server.Faults.Latency = TimeSpan.FromMilliseconds(200);
/// server.Faults.ExpireAllTokens();
/// </code>
/// </example>
public sealed class FakeFaults
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly TokenStore _tokens;
    private TimeSpan _latency;
    private TimeSpan _retryAfter = DefaultRetryAfter;

    internal FakeFaults(TokenStore tokens) => _tokens = tokens;

    /// <summary>
    /// Gets or sets the delay added before every response (measured in real time, not with
    /// <see cref="CmfblFakeServerOptions.TimeProvider"/>). The default is <see cref="TimeSpan.Zero"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Latency
    {
        get
        {
            lock (_gate)
            {
                return _latency;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate)
            {
                _latency = value;
            }
        }
    }

    /// <summary>
    /// Gets or sets the wait that <see cref="FakeFault.TooManyRequests429"/> announces in <c>Retry-After</c> and
    /// <c>x-ratelimit-reset</c> (whole seconds, rounded up). The default is 1 second.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RetryAfter
    {
        get
        {
            lock (_gate)
            {
                return _retryAfter;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate)
            {
                _retryAfter = value;
            }
        }
    }

    /// <summary>
    /// Gets how many queued answers are left: the sum of the remaining counts of every queued fault and response
    /// (<see cref="int.MaxValue"/> when one of them runs until <see cref="Reset"/>).
    /// </summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return (int)Math.Min(int.MaxValue, _rules.Sum(r => (long)r.Remaining));
            }
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> matching requests with <paramref name="fault"/> instead of the real
    /// result. Queued entries are used in the order they were added.
    /// </summary>
    /// <param name="fault">The failure to answer with.</param>
    /// <param name="count">How many requests to fail; <see cref="int.MaxValue"/> means until <see cref="Reset"/>.</param>
    /// <param name="bizTypeFilter">
    /// <see langword="null"/> for any request; otherwise the full bizType
    /// (<c>customer.admin.WhiteCustomerAdminApiService.page</c>) or a dotted tail of it
    /// (<c>WhiteCustomerAdminApiService.page</c>, <c>page</c>). The auth call's bizType is
    /// <c>admin.admin.CompanyAuthDubboService.auth</c>; logout's is <c>logout</c>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1, or <paramref name="fault"/> is not defined.</exception>
    public void FailNext(FakeFault fault, int count = 1, string? bizTypeFilter = null)
    {
        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
        }

        Enqueue(new FaultRule(fault, null, count, bizTypeFilter), count);
    }

    /// <summary>Answers the next <paramref name="count"/> matching requests with <paramref name="response"/>.</summary>
    /// <param name="response">The response to send, e.g. <see cref="FakeResponse.ErrorEnvelope"/>.</param>
    /// <param name="count">How many requests to answer; <see cref="int.MaxValue"/> means until <see cref="Reset"/>.</param>
    /// <param name="bizTypeFilter">As for <see cref="FailNext"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public void RespondNext(FakeResponse response, int count = 1, string? bizTypeFilter = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        Enqueue(new FaultRule(null, response, count, bizTypeFilter), count);
    }

    /// <summary>
    /// Revokes every Manager and Client token issued so far: the next call with one of them gets
    /// <c>GATEWAY_CODE_005</c> (login expired) and the caller must authenticate or log in again.
    /// </summary>
    public void ExpireAllTokens() => _tokens.RevokeAll();

    /// <summary>Removes every queued fault and response and sets <see cref="Latency"/> and <see cref="RetryAfter"/> back to their defaults.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rules.Clear();
            _latency = TimeSpan.Zero;
            _retryAfter = DefaultRetryAfter;
        }
    }

    /// <summary>Takes one use of the first queued rule matching <paramref name="bizType"/>, or returns null.</summary>
    internal FaultRule? Take(string bizType)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(bizType))
                {
                    continue;
                }

                if (rule.Remaining != int.MaxValue && --rule.Remaining == 0)
                {
                    _rules.RemoveAt(i);
                }

                return rule;
            }

            return null;
        }
    }

    private void Enqueue(FaultRule rule, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }
}
