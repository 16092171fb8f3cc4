using System.Text.Json.Nodes;
using Cmfbl.Sdk.Generator;
using Cmfbl.Sdk.Generator.Model;
using Cmfbl.Sdk.Generator.Tests;
using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Every operation the generator resolves from spec/vendor and spec/overlay (so an operation generated later is
/// replayed without a line of test code), read once per test run.
/// </summary>
internal static class SpecCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, SpecOperation>> Loaded =
        new(static () => Task.Run(LoadAsync).GetAwaiter().GetResult());

    /// <summary>Gets the operations by <see cref="SpecOperation.Id"/>.</summary>
    public static IReadOnlyDictionary<string, SpecOperation> Operations => Loaded.Value;

    /// <summary>The family's default path prefix, without its last slash: where its spec paths are sent.</summary>
    private static string Prefix(string family) => family switch
    {
        "Manager" => new ManagerApiOptions().PathPrefix.TrimEnd('/'),
        "Client" => new ClientApiOptions().PathPrefix.TrimEnd('/'),
        "Auth2" => new Auth2Options().PathPrefix.TrimEnd('/'),
        _ => throw new InvalidOperationException($"The replay does not know where the {family} family is sent; add its path prefix to {nameof(SpecCatalog)}."),
    };

    private static async Task<IReadOnlyDictionary<string, SpecOperation>> LoadAsync()
    {
        var (families, _) = await GeneratorRun.LoadAsync(Repository.Root);
        var found = new List<(ApiFamily Family, ApiService Service, ApiOperation Operation)>();
        foreach (var family in families)
        {
            found.AddRange(family.Services.SelectMany(service => service.Operations.Select(op => (family, service, op))));
        }

        // Short names read best in test output (family and method); the interface joins in when a family has a method name twice.
        var repeated = found.GroupBy(static f => (f.Family.Name, f.Operation.Name)).Where(static g => g.Count() > 1).Select(static g => g.Key).ToHashSet();
        var operations = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var (family, service, op) in found)
        {
            // A service with its own factory (the Manager auth call) has its own base address; its spec path is where it is sent.
            var type = typeof(CmfblOptions).Assembly.GetType(service.DeclaringInterface(op), throwOnError: true)!;
            var method = type.GetMethod(op.Name)
                ?? throw new InvalidOperationException($"{type.Name} has no method {op.Name}: regenerate (dotnet run --project tools/Cmfbl.Sdk.Generator).");
            var name = op.Name.EndsWith("Async", StringComparison.Ordinal) ? op.Name[..^"Async".Length] : op.Name;
            var id = repeated.Contains((family.Name, op.Name)) ? $"{family.Name}.{service.Interface}.{name}" : $"{family.Name}.{name}";
            operations.Add(id, Sorted(new SpecOperation(id, family.Name, op, type, method, Prefix(family.Name) + (service.Factory is null ? op.RefitPath : op.Vendor.Path))));
        }

        return operations;
    }

    /// <summary>The operation with its answer examples sorted into successes, errors and the unreadable.</summary>
    private static SpecOperation Sorted(SpecOperation operation)
    {
        List<JsonObject> successes = [], errors = [];
        List<(string Example, string Problem)> unreadable = [];
        foreach (var (example, index) in operation.Operation.Vendor.ResponseExamples.Select(static (e, i) => (e, i)))
        {
            if (ExampleJson.IsMissing(example))
            {
                continue;
            }

            if (ExampleJson.Envelope(example, out var problem) is not { } envelope)
            {
                unreadable.Add((KnownDeviations.AnswerExample(operation.Id, index + 1), problem!));
            }
            else if (SpecReader.IsSuccess(envelope) || ExampleJson.IsPlaceholderCode(envelope))
            {
                successes.Add(envelope);
            }
            else
            {
                errors.Add(envelope);
            }
        }

        return operation with { Successes = successes, Errors = errors, Unreadable = unreadable };
    }
}
