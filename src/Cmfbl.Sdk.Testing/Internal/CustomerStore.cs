using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The registered customers and the number sequences; every change happens under one lock.</summary>
internal sealed class CustomerStore(FakeSettings settings)
{
    private const long FirstCustomerId = 1001;
    private const long FirstAccountId = 1_030_001;

    private readonly object _gate = new();
    private readonly List<FakeCustomer> _customers = [];
    private long _nextNumber = settings.NumberStart;
    private long _nextId = FirstCustomerId;
    private long _nextAccountId = FirstAccountId;

    /// <summary>Gets the company the customers belong to.</summary>
    public long CompanyId => settings.CompanyId;

    /// <summary>Raised after a customer is registered (outside the lock): the Manager data push announces it.</summary>
    public event Action<FakeCustomer>? Registered;

    /// <summary>Registers the customer, or returns the error the service would answer with.</summary>
    public (FakeCustomer? Customer, FakeError? Error) Register(Registration registration)
    {
        var group = settings.FindGroup(registration.CustomerGroupId);
        if (group is null)
        {
            return (null, Errors.GroupNotFound);
        }

        var plans = registration.Accounts ?? DefaultPlans(group);
        if (plans.Any(p => !settings.OffersTradeType(p.TradeType)))
        {
            return (null, Errors.TradeTypeNotInGroup);
        }

        FakeCustomer registered;
        lock (_gate)
        {
            if (registration.Phone is not null && FindPhone(registration.Phone, registration.PhoneArea) is not null)
            {
                return (null, Errors.PhoneExists);
            }

            if (registration.Email is not null && FindEmail(registration.Email) is not null)
            {
                return (null, Errors.EmailExists);
            }

            if (_nextNumber > settings.NumberEnd)
            {
                return (null, Errors.NumberRangeExhausted);
            }

            var customerNo = (_nextNumber++).ToString(CultureInfo.InvariantCulture);
            var id = _nextId++;
            var now = settings.Time.GetUtcNow();
            var accounts = plans.Select(plan => OpenAccount(plan, id, customerNo, now)).ToArray();
            var customer = new FakeCustomer
            {
                Id = id,
                CompanyId = settings.CompanyId,
                CustomerNo = customerNo,
                CustomerGroupId = group.Id,
                Phone = registration.Phone,
                PhoneArea = registration.Phone is null ? null : registration.PhoneArea,
                Email = registration.Email,
                EmailArea = registration.Email is null ? null : registration.EmailArea,
                PasswordMd5 = registration.PasswordMd5,
                FundPasswordMd5 = registration.FundPasswordMd5,
                Country = registration.Country,
                RegisterSource = registration.RegisterSource,
                Status = registration.Status,
                Remark = registration.Remark,
                RegisterDevice = registration.RegisterDevice,
                ThirdServerCode = registration.ThirdServerCode,
                UtmSource = registration.UtmSource,
                UtmMedium = registration.UtmMedium,
                UtmCampaign = registration.UtmCampaign,
                UtmContent = registration.UtmContent,
                UtmTerm = registration.UtmTerm,
                CreateTime = now,
                Accounts = accounts,
            };
            _customers.Add(customer);
            registered = customer;
        }

        Registered?.Invoke(registered);
        return (registered, null);
    }

    public IReadOnlyList<FakeCustomer> All()
    {
        lock (_gate)
        {
            return _customers.ToArray();
        }
    }

    public FakeCustomer? FindByNo(string customerNo)
    {
        lock (_gate)
        {
            return _customers.Find(c => string.Equals(c.CustomerNo, customerNo, StringComparison.Ordinal));
        }
    }

    public FakeCustomer? FindById(long id)
    {
        lock (_gate)
        {
            return _customers.Find(c => c.Id == id);
        }
    }

    /// <summary>Returns the account with this id and its owner, or null.</summary>
    public (FakeCustomer Customer, FakeAccount Account)? FindAccount(long accountId)
    {
        lock (_gate)
        {
            foreach (var customer in _customers)
            {
                if (customer.Accounts.FirstOrDefault(a => a.AccountId == accountId) is { } account)
                {
                    return (customer, account);
                }
            }

            return null;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the account's balance and returns the updated account (the caller checks the rules).</summary>
    public FakeAccount ChangeBalance(long accountId, decimal delta) => Change(accountId, a => a with { Balance = a.Balance + delta });

    /// <summary>Adds <paramref name="delta"/> to the account's frozen amount and returns the updated account (the caller checks the rules).</summary>
    public FakeAccount ChangeFrozen(long accountId, decimal delta) => Change(accountId, a => a with { Frozen = a.Frozen + delta });

    /// <summary>Finds a customer by login name: 1 e-mail, 2 phone (with area), 3 customer number.</summary>
    public FakeCustomer? FindByLogin(long type, string loginName, string phoneArea)
    {
        lock (_gate)
        {
            return type switch
            {
                1 => FindEmail(loginName),
                2 => FindPhone(loginName, phoneArea),
                3 => _customers.Find(c => string.Equals(c.CustomerNo, loginName, StringComparison.Ordinal)),
                _ => null,
            };
        }
    }

    /// <summary>Stamps the login time and returns the updated customer.</summary>
    public FakeCustomer RecordLogin(long id, DateTimeOffset time)
    {
        lock (_gate)
        {
            var index = _customers.FindIndex(c => c.Id == id);
            var updated = _customers[index] with { LoginTime = time };
            _customers[index] = updated;
            return updated;
        }
    }

    private static AccountPlan[] DefaultPlans(FakeCustomerGroup group) =>
        group.AssetCodes
            .Select(asset => new AccountPlan(group.TradeType, asset))
            .ToArray();

    private FakeAccount OpenAccount(AccountPlan plan, long customerId, string customerNo, DateTimeOffset now)
    {
        var (assetsId, digits) = AssetCatalog.Describe(plan.Currency);
        return new FakeAccount
        {
            AccountId = _nextAccountId++,
            CustomerId = customerId,
            CustomerNo = customerNo,
            TradeType = plan.TradeType,
            Currency = plan.Currency,
            AssetsId = assetsId,
            Digits = digits,
            Balance = plan.Balance,
            Frozen = plan.Frozen,
            CreateTime = now,
        };
    }

    private FakeCustomer? FindPhone(string phone, string phoneArea) =>
        _customers.Find(c => string.Equals(c.Phone, phone, StringComparison.Ordinal)
            && string.Equals(c.PhoneArea, phoneArea, StringComparison.Ordinal));

    private FakeCustomer? FindEmail(string email) =>
        _customers.Find(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));

    private FakeAccount Change(long accountId, Func<FakeAccount, FakeAccount> change)
    {
        lock (_gate)
        {
            var index = _customers.FindIndex(c => c.Accounts.Any(a => a.AccountId == accountId));
            var customer = _customers[index];
            var updated = customer.Accounts.Select(a => a.AccountId == accountId ? change(a) : a).ToArray();
            _customers[index] = customer with { Accounts = updated };
            return updated.First(a => a.AccountId == accountId);
        }
    }
}
