using Cmfbl.Sdk.Errors;
using Refit;

namespace Cmfbl.Sdk.ClientApi.CreditCards.Internal;

/// <summary>Checks the arguments, then sends the file through the generated Refit client (Refit types stay inside).</summary>
internal sealed class CreditCardFileService(ICreditCardUploadApi api) : ICreditCardFileService
{
    private const string Path = "/passToCreditUpload";

    public Task<string> UploadAsync(Stream content, string fileName, string userPhone, CancellationToken cancellationToken = default)
    {
        Require(content is not null, nameof(content), "the file's content");
        Require(!string.IsNullOrWhiteSpace(fileName), nameof(fileName), "the file's name");
        Require(!string.IsNullOrWhiteSpace(userPhone), nameof(userPhone), "the customer's phone number (userPhone)");
        return api.UploadAsync(new StreamPart(content!, fileName), userPhone, cancellationToken);
    }

    private static void Require(bool condition, string parameter, string what)
    {
        if (!condition)
        {
            throw new CmfblInvalidRequestException($"{Path} was not sent: {what} is required.", new CmfblErrorContext(Path, null, null), parameter);
        }
    }
}
