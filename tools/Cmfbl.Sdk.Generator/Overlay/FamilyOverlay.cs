namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>
/// One family's overlay file (<c>spec/overlay/&lt;family&gt;.yaml</c>): every human decision about the family's operations,
/// each with its reason. What it does not say, the generator derives from the vendor's spec by the rules in
/// <c>docs/generator.md</c>.
/// </summary>
internal sealed class FamilyOverlay
{
    /// <summary>Gets or sets the family: <c>Manager</c>, <c>Client</c> or <c>Auth2</c> (the <c>ApiFamily</c> member).</summary>
    public string Family { get; set; } = string.Empty;

    /// <summary>Gets or sets the vendor file in <c>spec/vendor/</c>.</summary>
    public string Spec { get; set; } = string.Empty;

    /// <summary>Gets or sets the namespace of the family's interfaces, for example <c>Cmfbl.Sdk.ManagerApi</c>.</summary>
    public string Namespace { get; set; } = string.Empty;

    /// <summary>Gets or sets the folder under <c>src/Cmfbl.Sdk</c>, for example <c>ManagerApi</c>.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>Gets or sets the class that gathers the family's services, for example <c>ManagerApiServices</c>.</summary>
    public string ServicesClass { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the .NET type of a vendor field wherever it appears in a generated model (for example
    /// <c>pwd: Md5Password</c>, <c>tradeType: TradeType</c>), unless a model's own overlay says otherwise.
    /// </summary>
    public Dictionary<string, string> FieldTypes { get; set; } = [];

    /// <summary>
    /// Gets or sets the .NET type of a vendor field in the generated request models only (for example
    /// <c>requestPrice: ScaledPrice</c>, which the orders take scaled while some answers carry the decimal price).
    /// </summary>
    public Dictionary<string, string> RequestFieldTypes { get; set; } = [];

    /// <summary>Gets or sets the header that carries the company id (<c>companyId</c>; Auth2 uses <c>company</c>).</summary>
    public string CompanyHeader { get; set; } = "companyId";

    /// <summary>Gets or sets the summary of the services class.</summary>
    public string ServicesSummary { get; set; } = string.Empty;

    /// <summary>Gets or sets the expression naming the family's HTTP client, for example <c>SdkRuntime.ManagerClientName</c>.</summary>
    public string ClientName { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the class that acts as one logged-in user (the Client API's <c>CustomerSession</c>), when the family
    /// has sessions. Then the services class (from dependency injection) offers only what works without a login (guest
    /// interfaces), and this class offers every service with all its operations, so the compiler, not a run-time
    /// error, stops a guest call to an operation that needs a login.
    /// </summary>
    public string? SessionClass { get; set; }

    /// <summary>Gets or sets the vendor services, by vendor name (<c>customer.admin.WhiteCustomerAdminApiService</c>).</summary>
    public Dictionary<string, ServiceOverlay> Services { get; set; } = [];

    /// <summary>Gets or sets the operations, by the spec's path.</summary>
    public Dictionary<string, OperationOverlay> Operations { get; set; } = [];

    /// <summary>Gets or sets the spec paths the SDK does not offer, each with the reason.</summary>
    public Dictionary<string, string> Exclude { get; set; } = [];

    /// <summary>
    /// Gets or sets the hand-written service methods of the family that no operation of the spec describes (for
    /// example logout), as <c>IService.MethodAsync</c>, each with the reason it exists.
    /// </summary>
    public Dictionary<string, string> Extras { get; set; } = [];

    /// <summary>Gets or sets corrections to generated models, by the generated model's name.</summary>
    public Dictionary<string, ModelOverlay> Models { get; set; } = [];
}
