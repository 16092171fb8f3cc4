using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Reads an answer model where the envelope reader stopped (at <c>data</c>, after <c>code</c> "0"), then checks that the
/// envelope closes: the answer is read once. A failure is a protocol error naming the JSON path of the field that
/// did not fit (found by reading the data once more, only then).
/// </summary>
internal static class OnePassModel
{
    public static object? Read(ReadOnlySpan<byte> body, EnvelopeResume resume, ModelReader model, CmfblErrorContext context, OperationDescriptor operation)
    {
        var reader = new Utf8JsonReader(body[resume.Offset..], isFinalBlock: true, resume.State);
        try
        {
            reader.Read();
            var value = model.Read(ref reader);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("code"u8) || reader.ValueTextEquals("data"u8))
                {
                    // A second code or data after the one read contradicts it (EnvelopeReader refuses the same).
                    throw ErrorFactory.NotAnEnvelope(context, body, operation);
                }

                reader.Read();
                reader.Skip();
            }

            return reader.TokenType == JsonTokenType.EndObject
                ? value
                : throw ErrorFactory.NotAnEnvelope(context, body, operation);
        }
        catch (Exception exception) when (exception is not (CmfblException or OperationCanceledException))
        {
            throw EnvelopeReader.TryRead(body, out var envelope)
                ? ErrorFactory.DataShape(context, Explained(body, envelope.Data, model) ?? exception)
                : ErrorFactory.NotAnEnvelope(context, body, operation);
        }
    }

    /// <summary>Reads a whole value (the <c>data</c> of a scalar answer, say) into the answer's type.</summary>
    /// <param name="value">The value's JSON, and nothing else.</param>
    /// <param name="model">Reads the answer's type.</param>
    /// <param name="context">The call, for the error if the value is not of that type.</param>
    public static object? ReadValue(ReadOnlySpan<byte> value, ModelReader model, CmfblErrorContext context)
    {
        try
        {
            var reader = new Utf8JsonReader(value);
            reader.Read();
            return model.Read(ref reader);
        }
        catch (Exception exception) when (exception is not (CmfblException or OperationCanceledException))
        {
            throw ErrorFactory.DataShape(context, exception);
        }
    }

    /// <summary>The serializer's own error for the data, which carries its JSON path (<c>$.records[0].id</c>).</summary>
    private static JsonException? Explained(ReadOnlySpan<byte> body, JsonSlice data, ModelReader model)
    {
        try
        {
            model.Explain(body.Slice(data.Start, data.Length));
            return null;
        }
        catch (JsonException exception)
        {
            return exception;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }
}
