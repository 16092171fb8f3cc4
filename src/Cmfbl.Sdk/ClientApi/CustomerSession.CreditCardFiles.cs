using Cmfbl.Sdk.ClientApi.CreditCards;
using Cmfbl.Sdk.ClientApi.CreditCards.Internal;

namespace Cmfbl.Sdk.ClientApi;

/// <content>The hand-written multipart upload beside the generated services.</content>
public sealed partial class CustomerSession
{
    private ICreditCardFileService? _creditCardFiles;

    /// <summary>Gets the credit-card file upload (<c>/passToCreditUpload</c>, multipart), created the first time it is used.</summary>
    public ICreditCardFileService CreditCardFiles => _creditCardFiles ??= new CreditCardFileService(Create<ICreditCardUploadApi>());
}
