using System.Globalization;
using System.Net;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Tests.TestSupport;
using Xunit.Abstractions;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>
/// Sends every answer of <see cref="AnswerCases"/> to one operation of each answer shape (model, page, text, enum,
/// boolean, list, none) through the whole pipeline, retries on. Each call returns the value a valid answer says or
/// throws a <see cref="CmfblException"/> with a non-empty message free of secrets; nothing else is thrown, nothing
/// hangs, and a write is never sent twice. Set <c>CMFBL_FUZZ_SEED</c> to vary the invalid UTF-8 positions.
/// </summary>
public sealed class AnswerFuzzTests(ITestOutputHelper output)
{
    private const string AppSecret = "app-secret-value";
    private static readonly string[] Secrets = [AppSecret, "token-1", "token-2", "dc483e80a7a0bd9ef71d8cf973673924"];

    public static TheoryData<string> Targets => new(AnswerTarget.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task FuzzedAnswers_EachShape_ValueOrSdkExceptionOnly(string name)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CMFBL_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261201;
        var target = AnswerTarget.All.Single(t => t.Name == name);
        var failures = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var runner = new AnswerRunner(target);
        try
        {
            foreach (var answer in AnswerCases.For(target, seed))
            {
                counts[answer.Family] = counts.GetValueOrDefault(answer.Family) + 1;
                if (await runner.RunAsync(answer) is { } failure)
                {
                    failures.Add($"{answer}: {failure}");
                }
            }
        }
        finally
        {
            runner.Dispose();
        }

        output.WriteLine($"{target.Name}: {counts.Values.Sum()} answers ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
        Assert.True(failures.Count == 0, $"{failures.Count} escape(s):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
    }

    [Fact]
    public async Task Oracle_PlantedEscapes_AreCaught()
    {
        // The oracle must be able to fail: a wrong value, a foreign exception and a second send of a write are all reported.
        var text = AnswerTarget.All.Single(t => t.Name == "text");
        var planted = text with { Invoke = async sdk => await text.Invoke(sdk) + "0" };
        using (var runner = new AnswerRunner(planted))
        {
            Assert.Contains("wrong value", await runner.RunAsync(AnswerCases.For(planted, 1).First(c => c.Expect == AnswerExpectation.Value)), StringComparison.Ordinal);
        }

        var foreign = text with { Invoke = _ => throw new FormatException("planted") };
        using (var runner = new AnswerRunner(foreign))
        {
            Assert.Contains("FormatException", await runner.RunAsync(AnswerCases.For(foreign, 1).First()), StringComparison.Ordinal);
        }

        var twice = text with
        {
            Invoke = async sdk =>
            {
                _ = await Record.ExceptionAsync(() => text.Invoke(sdk));
                return await text.Invoke(sdk);
            },
        };
        using (var runner = new AnswerRunner(twice))
        {
            Assert.Contains("sent 2 times", await runner.RunAsync(AnswerCases.For(twice, 1).First(c => c.Expect == AnswerExpectation.Value)), StringComparison.Ordinal);
        }
    }

    /// <summary>Calls one operation against one answer at a time; a fresh SDK after a ban (HTTP 418), which outlives the call.</summary>
    private sealed class AnswerRunner(AnswerTarget target) : IDisposable
    {
        private SdkHarness? _sdk;
        private AnswerCase? _answer;

        public async Task<string?> RunAsync(AnswerCase answer)
        {
            Volatile.Write(ref _answer, answer);
            var sdk = _sdk ??= Create();
            var before = sdk.Stub.RequestsTo(target.BizType).Count();
            string? failure;
            try
            {
                var result = await target.Invoke(sdk).WaitAsync(TimeSpan.FromSeconds(10));
                _ = result?.ToString();
                failure = answer.Expect == AnswerExpectation.Throw ? $"returned {Describe(result)} instead of throwing"
                    : answer.Expect == AnswerExpectation.Value && !target.Matches(result) ? $"wrong value {Describe(result)}"
                    : null;
            }
            catch (CmfblException exception)
            {
                failure = answer.Expect == AnswerExpectation.Value ? $"threw {exception.GetType().Name} for a valid answer: {exception.Message}"
                    : string.IsNullOrWhiteSpace(exception.Message) ? $"{exception.GetType().Name} with an empty message"
                    : Secrets.FirstOrDefault(exception.ToString().Contains) is { } secret ? $"{exception.GetType().Name} shows a secret ({secret[..3]}…)"
                    : target.IsWrite && answer.Family == "truncated" && exception is not CmfblOutcomeUnknownException
                        ? $"a write's cut answer was reported as {exception.GetType().Name}, not as an unknown outcome: {exception.Message}"
                    : null;
            }
            catch (TimeoutException)
            {
                failure = "hung (no outcome in 10 s)";
            }
            catch (Exception exception)
            {
                failure = $"foreign {exception.GetType().FullName}: {exception.Message}";
            }

            var sent = sdk.Stub.RequestsTo(target.BizType).Count() - before;
            if (target.IsWrite && sent > 1)
            {
                failure = (failure is null ? string.Empty : failure + "; ") + $"write sent {sent} times";
            }
            else if (sent > 1 && failure is null && answer.Expect == AnswerExpectation.Value)
            {
                failure = $"sent {sent} times";
            }

            if (answer.Status == (HttpStatusCode)418 || failure is not null)
            {
                _sdk.Dispose();
                _sdk = null;
            }

            return failure;
        }

        public void Dispose() => _sdk?.Dispose();

        private SdkHarness Create()
        {
            var sdk = new SdkHarness(options =>
            {
                options.ManagerApi.AppSecret = AppSecret;
                options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                options.ManagerApi.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(20);
                options.ManagerApi.Resilience.CircuitBreakerMinimumThroughput = int.MaxValue;
            });
            sdk.Stub.On(target.BizType, _ => Volatile.Read(ref _answer)!.ToResponse());
            return sdk;
        }

        private static string Describe(object? result) => result switch
        {
            null => "null",
            string text => $"\"{text}\"",
            _ => result.ToString() ?? result.GetType().Name,
        };
    }
}
