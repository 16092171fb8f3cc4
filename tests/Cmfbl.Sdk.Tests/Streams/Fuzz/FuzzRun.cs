using System.Text;

namespace Cmfbl.Sdk.Tests.Streams.Fuzz;

/// <summary>
/// Feeds mutated frames to an oracle (which returns null when the frame was read or reported the way the channel
/// reports malformed frames, or what escaped), counts them per family and keeps the escapes.
/// </summary>
internal sealed class FuzzRun(Func<byte[], bool, string?> oracle)
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _escapes = [];

    public int Total => _counts.Values.Sum();

    public IReadOnlyList<string> Escapes => _escapes;

    /// <summary>Runs every frame of <paramref name="frames"/> as a text (or binary) frame of family <paramref name="family"/>.</summary>
    public void Feed(string family, IEnumerable<byte[]> frames, bool binary = false)
    {
        foreach (var frame in frames)
        {
            _counts[family] = _counts.GetValueOrDefault(family) + 1;
            if (oracle(frame, binary) is { } escape)
            {
                _escapes.Add($"[{family}] {escape} <- {Excerpt(frame)}");
            }
        }
    }

    /// <summary>The frames per family, for the test output.</summary>
    public string Summary() => string.Join(", ", _counts.Select(c => $"{c.Key}={c.Value}")) + $" (total {Total})";

    /// <summary>Fails with one example of each kind of escape (family and what escaped) and how many there were.</summary>
    public void AssertNoEscapes()
    {
        var kinds = _escapes.GroupBy(e => e[..e.IndexOf(" <- ", StringComparison.Ordinal)], StringComparer.Ordinal)
            .Select(g => $"{g.Count()} x {g.First()}");
        Assert.True(_escapes.Count == 0, $"{_escapes.Count} of {Total} frames escaped:\n{string.Join("\n", kinds.Take(30))}");
    }

    /// <summary>Null when <paramref name="message"/> (a reason or exception message) keeps the frame's text out; else what leaked.</summary>
    public static string? Leak(string? message) =>
        message is not null && message.Contains(FrameMutator.Marker, StringComparison.Ordinal) ? $"frame text in a message: {message}" : null;

    private static string Excerpt(byte[] frame)
    {
        var text = Encoding.UTF8.GetString(frame.AsSpan(0, Math.Min(frame.Length, 160)));
        return frame.Length > 160 ? $"{text}… ({frame.Length} bytes)" : text;
    }
}
