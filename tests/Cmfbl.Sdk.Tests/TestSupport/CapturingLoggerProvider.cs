using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>Keeps every log line (formatted message plus exception text) at every level, with its category and level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries.ToArray();

    public IReadOnlyCollection<string> Lines => _entries.Select(e => e.Line).ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            var message = formatter(state, exception);
            entries.Enqueue(new CapturedLog(logLevel, category, message, exception, $"{logLevel} {category}: {message} [{structured}] {exception}"));
        }
    }
}
