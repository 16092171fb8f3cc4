using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// Finds the customer a request names: by <c>customerNo</c> (or, where the number is optional, <c>customerId</c>),
/// with <c>customerId</c> and <c>customerGroupId</c> matching when sent.
/// </summary>
internal static class CustomerLookup
{
    /// <summary>Finds the customer, or says what to answer: the service's validation error for a missing field, <c>CUSTOMER_API_0000003</c> for an unknown or mismatched customer.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="body">The request body.</param>
    /// <param name="invalid">The service's validation error for a field name.</param>
    /// <param name="customer">The customer, when found.</param>
    /// <param name="error">The error to answer, when not.</param>
    /// <param name="required">Fields that must be present, checked first (e.g. <c>customerId</c>).</param>
    /// <returns>Whether the customer was found.</returns>
    public static bool TryFind(
        CustomerStore customers,
        JsonObject body,
        Func<string, FakeError> invalid,
        [NotNullWhen(true)] out FakeCustomer? customer,
        [NotNullWhen(false)] out FakeError? error,
        params string[] required)
    {
        customer = null;
        error = required.FirstOrDefault(field => JsonRead.Text(body, field) is null) is { } missing ? invalid(missing) : null;
        if (error is not null)
        {
            return false;
        }

        var customerNo = JsonRead.Text(body, "customerNo");
        var customerId = JsonRead.Text(body, "customerId");
        if (customerNo is null && customerId is null)
        {
            error = invalid("customerNo");
            return false;
        }

        customer = customerNo is not null ? customers.FindByNo(customerNo)
            : long.TryParse(customerId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? customers.FindById(id)
            : null;
        if (customer is null || Differs(customerId, customer.Id) || Differs(JsonRead.Text(body, "customerGroupId"), customer.CustomerGroupId))
        {
            customer = null;
            error = Errors.DataNotFound;
            return false;
        }

        return true;
    }

    private static bool Differs(string? sent, long actual) =>
        sent is not null && !string.Equals(sent, actual.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
