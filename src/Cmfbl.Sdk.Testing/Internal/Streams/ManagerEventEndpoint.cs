using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>
/// The Manager data push (<c>/openapi-b/ws</c>): a Manager token and a <c>group</c> in the handshake headers; a second
/// connection of the same group drops the first; events are delivered from the group's durable position; the text
/// <c>ping</c> is the heartbeat (Kestrel answers WebSocket pings with pongs while the socket is read).
/// </summary>
internal static class ManagerEventEndpoint
{
    public static async Task HandleAsync(StreamHub hub, HttpContext context)
    {
        var token = context.Request.Headers["token"].ToString();
        if (hub.TakeRefusal(FakeStreamChannel.ManagerEvents) || string.IsNullOrEmpty(token) || hub.Backend.Tokens.Find(token, TokenKind.Manager) is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var group = context.Request.Headers["group"].ToString();
        if (string.IsNullOrEmpty(group))
        {
            group = "default";
        }

        foreach (var older in hub.Sockets(FakeStreamChannel.ManagerEvents).Where(s => s.Group == group))
        {
            older.Abort();
        }

        hub.Events.Join(group);
        using var delivery = CancellationTokenSource.CreateLinkedTokenSource(hub.Stopping, context.RequestAborted);
        Task? sender = null;
        await hub.RunAsync(
            context,
            FakeStreamChannel.ManagerEvents,
            opened: socket =>
            {
                socket.Group = group;
                sender = hub.Events.DeliverAsync(socket, group, delivery.Token);
            },
            (_, _) => Task.CompletedTask).ConfigureAwait(false);
        await delivery.CancelAsync().ConfigureAwait(false);
        if (sender is not null)
        {
            try
            {
                await sender.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The connection ended.
            }
        }
    }
}
