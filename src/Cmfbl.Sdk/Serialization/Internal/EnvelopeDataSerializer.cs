using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Http.Internal;
using Refit;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Refit's System.Text.Json serializer, except that a model the envelope step already read in one pass
/// (<see cref="ModelContent"/>) is returned as it is. Every other member, and every capability Refit looks for, is the
/// inner serializer's.
/// </summary>
/// <remarks>
/// A body that implements <see cref="IRequestBody"/> is checked, and completed from the options, before it is written.
/// </remarks>
internal sealed class EnvelopeDataSerializer(SystemTextJsonContentSerializer inner, RequestDefaults defaults)
    : IHttpContentSerializer, IJsonTypeInfoContentSerializer, ISynchronousContentSerializer, ISynchronousContentDeserializer, IStreamingContentSerializer
{
    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) =>
        content is ModelContent model
            ? Task.FromResult((T?)model.Value)
            : inner.FromHttpContentAsync<T>(content, cancellationToken);

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        content is ModelContent model
            ? Task.FromResult((T?)model.Value)
            : inner.FromHttpContentAsync(content, typeInfo, cancellationToken);

    public HttpContent ToHttpContent<T>(T item) => inner.ToHttpContent(Prepare(item));

    public HttpContent ToHttpContent<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToHttpContent(Prepare(item), typeInfo);

    public HttpContent ToHttpContentSynchronous<T>(T item) => inner.ToHttpContentSynchronous(Prepare(item));

    public HttpContent ToHttpContentSynchronous<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToHttpContentSynchronous(Prepare(item), typeInfo);

    public HttpContent ToStreamingHttpContent<T>(T item) => inner.ToStreamingHttpContent(Prepare(item));

    public HttpContent ToStreamingHttpContent<T>(T item, JsonTypeInfo<T> typeInfo) => inner.ToStreamingHttpContent(Prepare(item), typeInfo);

    public T? DeserializeFromString<T>(string content) => inner.DeserializeFromString<T>(content);

    public T? DeserializeFromString<T>(string content, JsonTypeInfo<T> typeInfo) => inner.DeserializeFromString(content, typeInfo);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, CancellationToken cancellationToken) =>
        inner.DeserializeStreamAsync<T>(stream, format, cancellationToken);

    public IAsyncEnumerable<T?> DeserializeStreamAsync<T>(Stream stream, StreamingContentFormat format, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        inner.DeserializeStreamAsync(stream, format, typeInfo, cancellationToken);

    private T Prepare<T>(T item) => item is IRequestBody body ? (T)body.Prepare(defaults) : item;

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => inner.GetFieldNameForProperty(propertyInfo);
}
