using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// A request that passed the gateway checks: its JSON body, its headers (names case-insensitive) and, for token
/// operations, the caller's session.
/// </summary>
internal sealed record OperationCall(JsonObject Body, TokenSession? Session, IReadOnlyDictionary<string, string> Headers);
