#!/usr/bin/env bash
# Packs Cmfbl.Sdk, Cmfbl.Sdk.AspNetCore and Cmfbl.Sdk.Testing and checks what each package carries: both target frameworks with their
# XML docs (public API only), the README, the license expression, the repository metadata and a symbols package; then, per package
# (.ci/check_nuspec.py), that it depends only on shipped dependencies, that its net8.0 group stays on
# Microsoft.Extensions.* / System.Threading.RateLimiting 8.0.x, that its project and repository URLs are
# CmfblRepositoryUrl (none while that is empty), and that its README has no relative link and no test instructions.
# Finally, while CmfblRepositoryUrl is empty, a release pack must refuse to run.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet pack -c Release -o "$out" -warnaserror --nologo -v q

fail() { echo "package check failed: $*" >&2; exit 1; }
repository_url=$(dotnet msbuild src/Cmfbl.Sdk/Cmfbl.Sdk.csproj -getProperty:CmfblRepositoryUrl -p:Configuration=Release)
for id in Cmfbl.Sdk Cmfbl.Sdk.AspNetCore Cmfbl.Sdk.Testing; do
  nupkg=$(ls "$out"/$id.[0-9]*.nupkg 2>/dev/null | head -1)
  [ -n "$nupkg" ] || fail "$id.nupkg was not produced"
  ls "$out"/$id.[0-9]*.snupkg >/dev/null 2>&1 || fail "$id.snupkg was not produced"
  listing=$(unzip -l "$nupkg")
  for entry in README.md lib/net8.0/$id.dll lib/net8.0/$id.xml lib/net10.0/$id.dll lib/net10.0/$id.xml; do
    grep -q " $entry\$" <<<"$listing" || fail "$id is missing $entry"
  done
  for tfm in net8.0 net10.0; do
    if unzip -p "$nupkg" "lib/$tfm/$id.xml" | grep -q '<member name="[A-Z]:[^"(]*\.Internal\.'; then
      fail "$id documents internal members in lib/$tfm/$id.xml (the packed docs are for the public API only)"
    fi
  done
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id has no MIT license expression"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id does not declare its README"
  grep -q '<description>' <<<"$nuspec" || fail "$id has no description"
  grep -q '<tags>' <<<"$nuspec" || fail "$id has no tags"
  grep -q '<repository type="git"' <<<"$nuspec" || fail "$id has no repository metadata"
  if git rev-parse HEAD >/dev/null 2>&1; then
    grep -q "commit=\"$(git rev-parse HEAD)\"" <<<"$nuspec" || fail "$id does not name the commit it was built from (SourceLink)"
  fi
  python3 .ci/check_nuspec.py "$nupkg" "$id" "$repository_url"
  echo "package $id: ok ($(basename "$nupkg"))"
done

if [ -z "$repository_url" ]; then
  echo "note: CmfblRepositoryUrl is empty, so the packages carry no project or repository URL (docs/packaging.md)"
  if dotnet pack src/Cmfbl.Sdk/Cmfbl.Sdk.csproj -c Release --no-build -o "$out/release" -p:CmfblRelease=true --nologo -v q >"$out/release.log" 2>&1; then
    fail "a release pack (-p:CmfblRelease=true) succeeded without CmfblRepositoryUrl"
  fi
  grep -q "CmfblRepositoryUrl" "$out/release.log" || fail "a release pack failed, but not for the missing CmfblRepositoryUrl: $(cat "$out/release.log")"
  echo "release pack without CmfblRepositoryUrl: refused, as it should be"
fi
