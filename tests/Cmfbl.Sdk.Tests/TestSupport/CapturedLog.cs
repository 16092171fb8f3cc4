using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>One log line as a provider received it; <see cref="Line"/> is everything a sink could print (the exception's stack trace included).</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception, string Line);
