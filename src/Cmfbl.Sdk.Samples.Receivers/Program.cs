// The receivers sample: a minimal web app with the three receivers (external settlement, Bridge notifications,
// custom messages) on 127.0.0.1, driven by the fake platform from Cmfbl.Sdk.Testing. No configuration, no network
// beyond loopback; it prints the conversation and exits 0 when every step passed.
//   dotnet run --project src/Cmfbl.Sdk.Samples.Receivers
using Cmfbl.Sdk.Samples.Receivers;

return await ReceiversSample.RunAsync(Console.Out, CancellationToken.None);
