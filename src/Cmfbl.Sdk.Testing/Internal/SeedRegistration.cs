namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Turns a <see cref="FakeCustomerSeed"/> into a <see cref="Registration"/>.</summary>
internal static class SeedRegistration
{
    public static Registration From(FakeCustomerSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var passwordMd5 = seed.PasswordMd5 ?? Md5Hex.Of(seed.Password ?? throw new ArgumentException("Password or PasswordMd5 is required.", nameof(seed)));
        if (!Md5Hex.IsLowercaseMd5(passwordMd5))
        {
            throw new ArgumentException("PasswordMd5 must be 32 lowercase hex characters.", nameof(seed));
        }

        return new Registration
        {
            Phone = string.IsNullOrWhiteSpace(seed.Phone) ? null : seed.Phone,
            PhoneArea = seed.PhoneArea,
            Email = string.IsNullOrWhiteSpace(seed.Email) ? null : seed.Email,
            EmailArea = seed.EmailArea,
            PasswordMd5 = passwordMd5,
            FundPasswordMd5 = seed.FundPassword is { } fundPassword ? Md5Hex.Of(fundPassword) : null,
            Country = seed.Country,
            RegisterSource = seed.RegisterSource,
            CustomerGroupId = seed.CustomerGroupId,
            Status = seed.Status,
            ThirdServerCode = seed.ThirdServerCode,
            Accounts = seed.Accounts.Count == 0
                ? null
                : seed.Accounts.Select(a => new AccountPlan(a.TradeType, a.Currency, a.Balance, a.Frozen)).ToArray(),
        };
    }
}
