using Cmfbl.Sdk.ClientApi.CreditCards.Internal;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>
/// The Client and Open API tables, with the hand-written operations the vendor's spec lacks written out as data, so
/// that nothing is reflected at start-up; a test checks them against each method's <c>[Post]</c>, <c>[Headers]</c> and
/// <c>[CmfblOperation]</c>.
/// </summary>
internal static class ClientOperations
{
    /// <summary>Makes the Client API's table: the generated operations, the logout and the credit-card upload.</summary>
    public static OperationTable ClientTable() =>
        OperationTable.For(ApiFamily.Client, OperationCatalog.AddClient, AddLogout, AddCreditCardUpload);

    /// <summary>
    /// Makes the Open API's table: every generated Client API operation (the vendor says the list is the same), signed
    /// with an API key, so a service the overlay adds is in both tables with no code of its own; and the credit-card
    /// upload. Logout is not: an Open API session has nothing to end at the service.
    /// </summary>
    public static OperationTable OpenApiTable() =>
        OperationTable.For(ApiFamily.OpenApi, OperationCatalog.AddClient, AddCreditCardUpload);

    /// <summary>Adds <see cref="ILogoutApi"/>'s operation, if <paramref name="service"/> is that interface.</summary>
    public static bool AddLogout(OperationTable.ServiceOperations operations, Type service)
    {
        if (service != typeof(ILogoutApi))
        {
            return false;
        }

        operations.Add(nameof(ILogoutApi.LogoutAsync), new("logout", OperationKind.Read, OperationAuth.Token, ApiFamily.Client)
        {
            Answer = AnswerShape.None,
            AnswerNullable = true,
        });
        return true;
    }

    /// <summary>Adds <see cref="ICreditCardUploadApi"/>'s operation, if <paramref name="service"/> is that interface.</summary>
    public static bool AddCreditCardUpload(OperationTable.ServiceOperations operations, Type service)
    {
        if (service != typeof(ICreditCardUploadApi))
        {
            return false;
        }

        operations.Add(nameof(ICreditCardUploadApi.UploadAsync), new("passToCreditUpload", OperationKind.UnsafeWrite, OperationAuth.Token, ApiFamily.Client)
        {
            Answer = AnswerShape.Text,
        });
        return true;
    }
}
