namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>A handler that only passes the request on: a test counts how often the client's handlers are built.</summary>
internal sealed class PassThroughHandler : DelegatingHandler;
