namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary><c>config.admin.AdminAssetsDubboService.getAssetsList</c>: the company's currencies (the known ones and any its groups name).</summary>
internal sealed class GetAssetsListOperation(FakeBackend backend) : OperationBase("config.admin.AdminAssetsDubboService.getAssetsList")
{
    public override Outcome Handle(OperationCall call)
    {
        var settings = backend.Settings;
        _ = ConfigJson.Company(call.Body, settings, required: false, out var ours);
        var codes = AssetCatalog.Codes
            .Concat(settings.Groups.SelectMany(g => g.AssetCodes).Where(c => !AssetCatalog.IsKnown(c)))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return Outcome.Ok(ConfigJson.Array(ours ? codes.Select(c => AssetJson.Create(c, settings.StartedAt)) : []));
    }
}
