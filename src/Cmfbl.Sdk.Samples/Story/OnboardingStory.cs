using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Spectre.Console;

namespace Cmfbl.Sdk.Samples.Story;

/// <summary>
/// The onboarding story, told through the SDK: authenticate, check a phone number, register a customer, list
/// customers page by page, show the new customer's detail and accounts, log in as the customer, and provoke one error.
/// </summary>
internal sealed class OnboardingStory(CmfblClient client, IAnsiConsole console, StorySettings settings)
{
    /// <summary>Runs every step; returns the new customer's number.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var manager = client.ManagerApi;

        Step("1. Authenticate with the app id and secret (Manager API)");
        var company = await manager.CompanyAuth.AuthAsync(new CompanyAuthRequest { AppId = AppId, AppSecret = AppSecret }, cancellationToken);
        console.MarkupLineInterpolated($"   company [bold]{company.Name}[/] (id {company.Id}), customer numbers {company.StartNumber}–{company.EndNumber}");
        console.MarkupLine($"   the result prints without its token: [grey]{Markup.Escape(Shorten(company.ToString()))}[/]");

        Step($"2. Is {settings.PhoneArea} {settings.Phone} taken?");
        var exists = await manager.CustomerWeb.CheckCustomerExistAsync(
            new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = settings.Phone, PhoneArea = settings.PhoneArea }, cancellationToken);
        console.MarkupLineInterpolated($"   {exists}");

        Step("3. Register the customer (the password goes on the wire as MD5)");
        var password = Md5Password.FromPlainText(settings.Password);
        var registration = NewCustomer(password);
        var customerNo = await manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(registration, cancellationToken);
        console.MarkupLineInterpolated($"   new customer number [bold green]{customerNo}[/]");
        console.MarkupLine($"   the request prints without the password: [grey]{Markup.Escape(Shorten(registration.ToString()))}[/]");

        Step("4. List customers, page by page");
        await ShowCustomersAsync(cancellationToken);

        Step($"5. Customer {customerNo}: detail and trading accounts");
        var record = await FindAsync(customerNo, cancellationToken);
        var detail = await manager.WhiteCustomers.DetailAsync(
            new CustomerDetailRequest { Type = CustomerDetailType.TradeAccount, Id = record.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, CustomerNo = customerNo },
            cancellationToken);
        console.MarkupLineInterpolated($"   status {detail.Status}, phone {detail.PhoneArea} {detail.Phone}, registered {detail.RegisterTime ?? detail.CreateTime:u}");
        var accounts = await manager.Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = customerNo, TradeType = TradeType.ContractCross }, cancellationToken);
        ShowAccounts(accounts);

        Step($"6. Log in as customer {customerNo} (Client API) and read the profile");
        using (var session = await client.ClientApi.Sessions.LoginAsync(
            new LoginRequest { Type = LoginNameType.CustomerNo, LoginName = customerNo, Password = password }, cancellationToken: cancellationToken))
        {
            var profile = await session.CustomerWeb.FindCustomerInfoAsync(cancellationToken);
            console.MarkupLineInterpolated($"   logged in; profile says customer {profile.CustomerNo}, KYC {profile.KycStatus}, {profile.AccountList.Count} account(s)");
            await session.LogoutAsync(cancellationToken);
            console.MarkupLine("   logged out");
        }

        Step("7. Provoke an error: register the same phone number again");
        try
        {
            await manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(password), cancellationToken);
            console.MarkupLine("   [yellow]the service accepted the duplicate[/]");
        }
        catch (CmfblApiException error)
        {
            var table = new Table().Border(TableBorder).AddColumns("Property", "Value");
            table.AddRow("Type", error.GetType().Name);
            table.AddRow("Code", Markup.Escape(error.Code));
            table.AddRow("BizCode", Markup.Escape(error.BizCode ?? string.Empty));
            table.AddRow("Msg", Markup.Escape(error.Msg ?? string.Empty));
            table.AddRow("Trace", Markup.Escape(error.Trace ?? string.Empty));
            table.AddRow("Is phone taken?", (error.Code == CmfblErrorCodes.PhoneExists).ToString());
            console.Write(table);
        }

        Step("8. Live quotes over the quote WebSocket, for a few seconds");
        await new LiveQuotesStep(client, console).RunAsync(cancellationToken);

        return customerNo;
    }

    /// <summary>Gets or sets the Manager API app id (from configuration).</summary>
    public required string AppId { get; init; }

    /// <summary>Gets or sets the Manager API app secret (from configuration; never printed).</summary>
    public required string AppSecret { get; init; }

    private AddCustomerRequest NewCustomer(Md5Password password) => new()
    {
        Phone = settings.Phone,
        PhoneArea = settings.PhoneArea,
        Password = password,
        Country = settings.Country,
        RegisterSource = RegisterSource.System,
        CustomerGroupId = settings.CustomerGroupId,
        TradeTypeCurrencyList = [TradeTypeCurrency.Create(TradeType.ContractCross, "USDT")],
    };

    private async Task ShowCustomersAsync(CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder).AddColumns("Customer no", "Phone", "Group", "Status", "Created (UTC)");
        var shown = 0;
        var pages = 0;
        await foreach (var customer in client.ManagerApi.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest { Size = settings.PageSize }, cancellationToken))
        {
            if (shown % settings.PageSize == 0)
            {
                pages++;
            }

            table.AddRow(
                Markup.Escape(customer.CustomerNo ?? "?"),
                Markup.Escape($"{customer.PhoneArea} {customer.Phone}"),
                Markup.Escape(customer.CustomerGroupName ?? customer.CustomerGroupId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(customer.Status?.ToString() ?? string.Empty),
                Markup.Escape(customer.CreateTime?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
            if (++shown >= settings.PageSize * 3)
            {
                break;
            }
        }

        console.Write(table);
        console.MarkupLineInterpolated($"   {shown} customer(s) read from {pages} page(s) of {settings.PageSize}");
    }

    private async Task<CustomerRecord> FindAsync(string customerNo, CancellationToken cancellationToken)
    {
        var page = await client.ManagerApi.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = customerNo }, cancellationToken);
        return page.Records.FirstOrDefault(r => r.CustomerNo == customerNo)
            ?? throw new InvalidOperationException($"Customer {customerNo} was registered but the customer list does not show it.");
    }

    private void ShowAccounts(IReadOnlyList<TradingAccount> accounts)
    {
        var table = new Table().Border(TableBorder).AddColumns("Account", "Trade type", "Currency", "Balance", "Available", "Status");
        foreach (var account in accounts)
        {
            table.AddRow(
                Markup.Escape(account.AccountId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(account.TradeType?.ToString() ?? string.Empty),
                Markup.Escape(account.Currency ?? string.Empty),
                Markup.Escape(account.Balance?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(account.Available?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(account.Status?.ToString() ?? string.Empty));
        }

        console.Write(table);
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    /// <summary>Gets the table border: box drawing in a terminal, ASCII in plain text (redirected output or NO_COLOR).</summary>
    private TableBorder TableBorder => StoryOutput.TableBorder(console);

    private void Step(string title) => StoryOutput.Step(console, title);
}
