using System.Diagnostics;
using System.Diagnostics.Metrics;
using Cmfbl.Sdk.Diagnostics;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Diagnostics;

/// <summary>One span per operation with bizType, vendor trace and result code; duration and errors by code.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);
    private readonly List<Activity> _activities = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CmfblTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (_activities) { _activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CmfblTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meterListener.Start();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
        _sdk.Dispose();
    }

    [Fact]
    public async Task SuccessfulCall_OneSpanWithBizTypeTraceAndResultCode_AndADurationMeasurement()
    {
        _sdk.Stub.OnData(Page, """{"current":1,"size":20,"total":0,"records":[]}""");

        await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        var span = Assert.Single(Spans(Page));
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(Page, span.GetTagItem(CmfblTelemetry.BizTypeTag));
        Assert.Equal(_sdk.Stub.RequestsTo(Page).Single().Header("trace"), span.GetTagItem(CmfblTelemetry.TraceTag));
        Assert.Equal("0", span.GetTagItem(CmfblTelemetry.ResultCodeTag));
        var duration = Assert.Single(Measurements(CmfblTelemetry.CallDurationInstrument, Page));
        Assert.Equal("0", duration.Tags[CmfblTelemetry.ResultCodeTag]);
        Assert.Equal("Manager", duration.Tags[CmfblTelemetry.FamilyTag]);
        Assert.False(duration.Tags.ContainsKey(CmfblTelemetry.TraceTag));
        Assert.Empty(Measurements(CmfblTelemetry.CallErrorsInstrument, Page));
    }

    [Fact]
    public async Task FailedCall_SpanIsAnError_AndTheErrorCounterCountsItsCode()
    {
        _sdk.Stub.OnJson(Page, Envelope.Error("CUSTOMER_API_0000003", "US"));

        await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        var span = Assert.Single(Spans(Page));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("CUSTOMER_API_0000003", span.GetTagItem(CmfblTelemetry.ResultCodeTag));
        var error = Assert.Single(Measurements(CmfblTelemetry.CallErrorsInstrument, Page));
        Assert.Equal(1, error.Value);
        Assert.Equal("CUSTOMER_API_0000003", error.Tags[CmfblTelemetry.ResultCodeTag]);
    }

    [Fact]
    public async Task TransportFailure_IsCountedWithTheSdkFailureKind()
    {
        _sdk.Stub.On(Page, _ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway));

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal("HTTP_502", Assert.Single(Measurements(CmfblTelemetry.CallErrorsInstrument, Page)).Tags[CmfblTelemetry.ResultCodeTag]);
    }

    private IEnumerable<Activity> Spans(string bizType)
    {
        lock (_activities)
        {
            return _activities.Where(a => Equals(a.GetTagItem(CmfblTelemetry.BizTypeTag), bizType)).ToArray();
        }
    }

    private IEnumerable<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements(string instrument, string bizType)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument && Equals(m.Tags[CmfblTelemetry.BizTypeTag], bizType)).ToArray();
        }
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, value, copy));
        }
    }
}
