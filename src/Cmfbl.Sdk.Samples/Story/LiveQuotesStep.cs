using System.Globalization;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Spectre.Console;

namespace Cmfbl.Sdk.Samples.Story;

/// <summary>
/// Live quotes over the quote WebSocket: a table that updates with every tick for a few seconds, then the story goes
/// on. On the fake the products are its seeded ones, moved by the fake a few times a second.
/// </summary>
internal sealed class LiveQuotesStep(CmfblClient client, IAnsiConsole console)
{
    /// <summary>The products shown: the fake's seeded ones (ids 1–3 on trade type 1).</summary>
    private static readonly (QuoteSymbol Symbol, string Name)[] Products =
    [
        (new QuoteSymbol(1, TradeType.ContractCross), "BTCUSDT"),
        (new QuoteSymbol(2, TradeType.ContractCross), "ETHUSDT"),
        (new QuoteSymbol(3, TradeType.ContractCross), "EURUSD"),
    ];

    /// <summary>Gets how long the table stays live.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var quotes = client.Streams.GuestQuotes;
        var plain = !console.Profile.Capabilities.Unicode;
        var table = new Table().Border(plain ? TableBorder.Ascii : TableBorder.Rounded).AddColumns("Product", "Bid", "Ask", "Last", "Ticks", "Quote time (UTC)");
        var rows = new Dictionary<QuoteSymbol, int>();
        var ticks = new Dictionary<QuoteSymbol, int>();
        foreach (var (symbol, name) in Products)
        {
            rows[symbol] = table.Rows.Count;
            ticks[symbol] = 0;
            table.AddRow(name, "…", "…", "…", "0", string.Empty);
        }

        var reconnects = 0;
        var last = (StreamState?)null;
        void OnStateChanged(object? sender, StreamStateChangedEventArgs change)
        {
            reconnects += change.State == StreamState.Reconnecting ? 1 : 0;
            last = change.State;
        }

        quotes.StateChanged += OnStateChanged;
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(Duration);
        try
        {
            async Task ShowTicksAsync(Action refresh)
            {
                try
                {
                    await foreach (var tick in quotes.SubscribeTickersAsync(Products.Select(p => p.Symbol), window.Token))
                    {
                        var row = rows[tick.Symbol];
                        table.UpdateCell(row, 1, Text(tick.Bid));
                        table.UpdateCell(row, 2, Text(tick.Ask));
                        table.UpdateCell(row, 3, Text(tick.Price));
                        table.UpdateCell(row, 4, (++ticks[tick.Symbol]).ToString(CultureInfo.InvariantCulture));
                        table.UpdateCell(row, 5, tick.Timestamp.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
                        refresh();
                    }
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // The few seconds are over: ending the enumeration unsubscribes and closes the connection.
                }
            }

            if (plain)
            {
                // Redirected output or NO_COLOR: no live redraws, the table once at the end.
                await ShowTicksAsync(static () => { });
                console.Write(table);
            }
            else
            {
                await console.Live(table).StartAsync(live => ShowTicksAsync(live.Refresh));
            }
            console.MarkupLineInterpolated($"   {ticks.Values.Sum()} tick(s) in {Duration.TotalSeconds:0} s, exact decimals; {reconnects} reconnect(s); the stream is {last}");
        }
        catch (CmfblException failure)
        {
            console.MarkupLineInterpolated($"   [yellow]live quotes are not available here ({failure.GetType().Name}):[/] {failure.Message}");
        }
        finally
        {
            quotes.StateChanged -= OnStateChanged;
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
