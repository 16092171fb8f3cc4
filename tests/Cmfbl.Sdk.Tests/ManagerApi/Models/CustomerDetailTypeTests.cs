using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.ManagerApi.Models;

public class CustomerDetailTypeTests
{
    public static TheoryData<CustomerDetailType, string> KnownValues => new()
    {
        { CustomerDetailType.BaseInfo, "baseInfo" },
        { CustomerDetailType.TradeAccount, "tradeAccount" },
        { CustomerDetailType.Kyc, "kyc" },
        { CustomerDetailType.AllKyc, "allKyc" },
        { CustomerDetailType.BankList, "bankList" },
        { CustomerDetailType.WalletList, "walletList" },
        { CustomerDetailType.OtherInfo, "otherInfo" },
    };

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void KnownValue_ToStringAndJson_AreTheWireString(CustomerDetailType value, string wire)
    {
        Assert.Equal(wire, value.ToString());
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(value, CmfblJsonContext.Default.CustomerDetailType));
        Assert.Equal(value, new CustomerDetailType(wire));
    }

    [Fact]
    public void Constructor_UnknownValue_IsKeptAndWritten()
    {
        var value = new CustomerDetailType("agentInfo");

        Assert.Equal("agentInfo", value.ToString());
        Assert.Equal("\"agentInfo\"", JsonSerializer.Serialize(value, CmfblJsonContext.Default.CustomerDetailType));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_EmptyValue_Throws(string value) => Assert.Throws<ArgumentException>(() => new CustomerDetailType(value));

    [Fact]
    public void Constructor_Null_Throws() => Assert.Throws<ArgumentNullException>(() => new CustomerDetailType(null!));

    [Fact]
    public void Equality_SameString_IsEqual()
    {
        var a = new CustomerDetailType("baseInfo");

        Assert.True(a == CustomerDetailType.BaseInfo);
        Assert.False(a != CustomerDetailType.BaseInfo);
        Assert.True(a.Equals((object)CustomerDetailType.BaseInfo));
        Assert.Equal(a.GetHashCode(), CustomerDetailType.BaseInfo.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentCase_IsNotEqual() =>
        Assert.NotEqual(CustomerDetailType.BaseInfo, new CustomerDetailType("BASEINFO"));

    [Fact]
    public void Equality_OtherValueOrType_IsNotEqual()
    {
        Assert.True(CustomerDetailType.Kyc != CustomerDetailType.AllKyc);
        Assert.False(CustomerDetailType.Kyc.Equals("kyc"));
        Assert.False(CustomerDetailType.Kyc.Equals(null));
    }

    [Fact]
    public void Default_ToStringIsEmpty_AndHashIsZero()
    {
        Assert.Equal(string.Empty, default(CustomerDetailType).ToString());
        Assert.Equal(0, default(CustomerDetailType).GetHashCode());
        Assert.Equal(default, default(CustomerDetailType));
    }

    [Fact]
    public void Deserialize_String_ReadsValue() =>
        Assert.Equal(CustomerDetailType.WalletList, JsonSerializer.Deserialize("\"walletList\"", CmfblJsonContext.Default.CustomerDetailType));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("1")]
    [InlineData("{}")]
    public void Deserialize_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.CustomerDetailType));

    [Fact]
    public void Serialize_Default_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CustomerDetailType), CmfblJsonContext.Default.CustomerDetailType));
}
