using Cmfbl.Sdk.Generator;

return await GeneratorRun.MainAsync(args).ConfigureAwait(false);
