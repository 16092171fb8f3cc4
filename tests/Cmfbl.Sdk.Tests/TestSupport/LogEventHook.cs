using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>
/// Calls <paramref name="onEvent"/> each time the SDK logs the event named <paramref name="eventName"/> (the name of
/// its <c>LoggerMessage</c> method, e.g. <c>RenewingToken</c>), so a stub can wait until the SDK has reached that point.
/// </summary>
public sealed class LogEventHook(string eventName, Action onEvent) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(eventName, onEvent);

    public void Dispose()
    {
    }

    private sealed class Logger(string eventName, Action onEvent) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == eventName)
            {
                onEvent();
            }
        }
    }
}
