using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CompanyAuthRequestTests
{
    [Fact]
    public void Serialize_Request_WritesAppIdAndAppSecret() =>
        Assert.Equal(
            """{"appId":"a","appSecret":"s3cr3t"}""",
            JsonSerializer.Serialize(new CompanyAuthRequest { AppId = "a", AppSecret = "s3cr3t" }, ManagerJsonContext.Default.CompanyAuthRequest));

    [Fact]
    public void ToString_DoesNotContainSecret()
    {
        var text = new CompanyAuthRequest { AppId = "a", AppSecret = "s3cr3t" }.ToString();

        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.Equal("CompanyAuthRequest { AppId = a, AppSecret = *** }", text);
    }

    [Fact]
    public void Equality_SameValues_AreEqual() =>
        Assert.Equal(new CompanyAuthRequest { AppId = "a", AppSecret = "s" }, new CompanyAuthRequest { AppId = "a", AppSecret = "s" });
}
