#!/usr/bin/env bash
# Packs Cmfbl.Sdk, Cmfbl.Sdk.AspNetCore and Cmfbl.Sdk.Testing and checks what each package carries: both target frameworks with their
# XML docs, the README, the license expression, the repository metadata and a symbols package.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet pack -c Release -o "$out" -warnaserror --nologo -v q

fail() { echo "package check failed: $*" >&2; exit 1; }
for id in Cmfbl.Sdk Cmfbl.Sdk.AspNetCore Cmfbl.Sdk.Testing; do
  nupkg=$(ls "$out"/$id.[0-9]*.nupkg 2>/dev/null | head -1)
  [ -n "$nupkg" ] || fail "$id.nupkg was not produced"
  ls "$out"/$id.[0-9]*.snupkg >/dev/null 2>&1 || fail "$id.snupkg was not produced"
  listing=$(unzip -l "$nupkg")
  for entry in README.md lib/net8.0/$id.dll lib/net8.0/$id.xml lib/net10.0/$id.dll lib/net10.0/$id.xml; do
    grep -q " $entry\$" <<<"$listing" || fail "$id is missing $entry"
  done
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id has no MIT license expression"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id does not declare its README"
  grep -q '<description>' <<<"$nuspec" || fail "$id has no description"
  grep -q '<tags>' <<<"$nuspec" || fail "$id has no tags"
  grep -q '<repository ' <<<"$nuspec" || fail "$id has no repository metadata (SourceLink)"
  echo "package $id: ok ($(basename "$nupkg"))"
done
