using System.Runtime.CompilerServices;

namespace Cmfbl.Sdk.Pagination;

/// <summary>Walks the pages of any <c>{current, size, total, records}</c> query as one asynchronous sequence.</summary>
public static class PageWalker
{
    /// <summary>
    /// Reads page after page with <paramref name="readPage"/>, yielding each record, until a page is empty or
    /// <c>current × size ≥ total</c>. Only one page is held in memory at a time.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="firstPage">The 1-based number of the first page to read.</param>
    /// <param name="readPage">Reads one page, given its number and the cancellation token of the walk.</param>
    /// <param name="pageSize">The requested page size, used when the service reports none.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every record of every page.</returns>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        int firstPage,
        Func<int, CancellationToken, Task<PagedResult<T>>> readPage,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readPage);
        var pageNumber = Math.Max(firstPage, 1);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await readPage(pageNumber, cancellationToken).ConfigureAwait(false);
            if (page.Records.Count == 0)
            {
                yield break;
            }

            foreach (var record in page.Records)
            {
                yield return record;
            }

            var size = page.Size > 0 ? page.Size : pageSize;
            if ((long)pageNumber * size >= page.Total)
            {
                yield break;
            }

            pageNumber++;
        }
    }
}
