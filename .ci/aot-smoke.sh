#!/usr/bin/env bash
# Publishes the native-AOT smoke app (benchmarks/Cmfbl.Sdk.AotSmoke), fails on any trim or AOT warning, then runs the
# native binary, which calls one operation of every API family through the SDK against an in-process stub, reads a
# customer's quote stream from a minimal WebSocket server on 127.0.0.1, and checks the typed answers.
set -euo pipefail
cd "$(dirname "$0")/.."

out="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$out" "$log"' EXIT

dotnet publish benchmarks/Cmfbl.Sdk.AotSmoke -c Release -r linux-x64 -o "$out" 2>&1 | tee "$log"
if grep -Eq 'warning (IL[0-9]+|AOT)' "$log"; then
  echo "Native AOT publish reported trim/AOT warnings (above)." >&2
  exit 1
fi

"$out/Cmfbl.Sdk.AotSmoke"
