#if !NET10_0_OR_GREATER
namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>On net8.0, what System.Linq.AsyncEnumerable gives the net10.0 build of these tests.</summary>
public static class AsyncEnumerableExtensions
{
    public static async ValueTask<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
#endif
