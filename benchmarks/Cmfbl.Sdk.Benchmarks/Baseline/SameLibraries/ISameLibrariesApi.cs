using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi.Models;
using Refit;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>The operations of the cold-start and in-memory benchmarks, declared for Refit by hand.</summary>
[Headers("version: 0.0.1", "lang: en-US")]
public interface ISameLibrariesApi
{
    [Post("/openapi-b/auth/" + Payloads.AuthBizType)]
    Task<LibEnvelope<AuthData>> AuthAsync([Body] AuthRequest request, CancellationToken cancellationToken = default);

    [Post("/openapi-b/" + Payloads.PageBizType)]
    Task<LibEnvelope<LibPage<CustomerRecord>>> PageAsync([Body] PageRequest request, [Header("token")] string token, CancellationToken cancellationToken = default);

    [Post("/openapi-b/" + Payloads.DetailBizType)]
    Task<LibEnvelope<CustomerDetail>> DetailAsync([Body] DetailRequest request, [Header("token")] string token, CancellationToken cancellationToken = default);

    [Post("/openapi-b/" + Payloads.CheckCustomerExistBizType)]
    Task<LibEnvelope<int>> CheckCustomerExistAsync([Body] CheckExistRequest request, CancellationToken cancellationToken = default);

    [Post("/openapi-b/" + Payloads.AddCustomerBizType)]
    Task<LibEnvelope<string>> AddCustomerAsync([Body] AddCustomerBody request, [Header("token")] string token, CancellationToken cancellationToken = default);
}
