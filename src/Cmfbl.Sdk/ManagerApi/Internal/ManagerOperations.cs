using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.ManagerApi.Internal;

/// <summary>
/// The Manager API's hand-written operations (those the vendor's spec lacks), written out as data so that nothing is
/// reflected at start-up; a test checks them against each method's <c>[Post]</c>, <c>[Headers]</c> and <c>[CmfblOperation]</c>.
/// </summary>
internal static class ManagerOperations
{
    /// <summary>Makes the Manager API's table: the generated operations, then the hand-written ones.</summary>
    public static OperationTable Table() => OperationTable.For(ApiFamily.Manager, OperationCatalog.AddManager, AddHandWritten);

    /// <summary>Adds the operations of <paramref name="service"/>, if it is one of the hand-written interfaces.</summary>
    public static bool AddHandWritten(OperationTable.ServiceOperations operations, Type service)
    {
        if (service == typeof(IManagerTokenService))
        {
            operations.Add(nameof(IManagerTokenService.AuthAsync), new(IManagerTokenService.BizType, OperationKind.Read, OperationAuth.None, ApiFamily.Manager)
            {
                Version = "0.0.1",
                Answer = AnswerShape.Model,
                Model = ModelReader<ManagerToken>.Instance,
            });
            return true;
        }

        if (service != typeof(ICompanyWebhookService))
        {
            return false;
        }

        operations.Add(nameof(ICompanyWebhookService.SubscribeAsync), new("admin.admin.CompanyWebhookDubboService.subscribe", OperationKind.KeyedWrite, OperationAuth.Token, ApiFamily.Manager)
        {
            Answer = AnswerShape.None,
            AnswerNullable = true,
        });
        return true;
    }
}
