"""Checks one packed package: its nuspec's dependencies and metadata, and its README.

Usage: check_nuspec.py PACKAGE.nupkg ID REPOSITORY_URL
  REPOSITORY_URL is the value of CmfblRepositoryUrl ("" while the repository has no public address).

Fails (exit 1, one line per problem) when:
  - the package depends on something that is not a shipped dependency of Directory.Packages.props (a test or tool
    pin that leaked through transitive pinning, or a package nobody decided to ship);
  - its net8.0 group depends on Microsoft.Extensions.* or System.Threading.RateLimiting above 8.0.x (the packages
    of the dotnet/extensions repository, such as Microsoft.Extensions.Http.Resilience, are versioned 8.x on .NET 8:
    any 8.x is accepted for them);
  - the project URL or the repository URL is not CmfblRepositoryUrl (when that is empty: there must be none, so no
    placeholder and no local path is published);
  - the packed README has a relative link (a package page cannot follow it) or tells how to run the repository's tests.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

EXTENSIONS_TRAIN = {  # dotnet/extensions packages: 8.x on .NET 8 (their own 8.0.x dependencies are checked transitively by consumers)
    "Microsoft.Extensions.Http.Resilience", "Microsoft.Extensions.Resilience", "Microsoft.Extensions.Http.Diagnostics",
    "Microsoft.Extensions.Telemetry", "Microsoft.Extensions.Telemetry.Abstractions",
    "Microsoft.Extensions.Compliance.Abstractions", "Microsoft.Extensions.AmbientMetadata.Application",
    "Microsoft.Extensions.DependencyInjection.AutoActivation", "Microsoft.Extensions.Diagnostics.ExceptionSummarization",
}


def shipped_dependencies(root: Path) -> set[str]:
    props = ET.parse(root / "Directory.Packages.props").getroot()
    return {
        item.get("Include")
        for group in props.iter("ItemGroup")
        if (group.get("Label") or "").startswith("Shipped dependencies")
        for item in group.iter("PackageVersion")
    }


def main() -> int:
    nupkg, package_id, repository_url = sys.argv[1], sys.argv[2], sys.argv[3]
    root = Path(__file__).resolve().parent.parent
    problems = []
    with zipfile.ZipFile(nupkg) as archive:
        nuspec = ET.fromstring(archive.read(f"{package_id}.nuspec"))
        readme = archive.read("README.md").decode("utf-8")

    allowed = shipped_dependencies(root)
    for group in nuspec.iterfind(".//{*}dependencies/{*}group"):
        framework = group.get("targetFramework")
        for dependency in group.iterfind("{*}dependency"):
            name, version = dependency.get("id"), dependency.get("version")
            if name not in allowed:
                problems.append(f"{framework}: depends on {name} {version}, which is not a shipped dependency (Directory.Packages.props)")
            if framework == "net8.0" and (name.startswith("Microsoft.Extensions.") or name == "System.Threading.RateLimiting"):
                pattern = r"^8\.\d+\." if name in EXTENSIONS_TRAIN else r"^8\.0\."
                if not re.match(pattern, version):
                    problems.append(f"net8.0: depends on {name} {version}; a .NET 8 application must not be pushed above {'8.x' if name in EXTENSIONS_TRAIN else '8.0.x'}")

    metadata = nuspec.find("{*}metadata")
    project_url = metadata.findtext("{*}projectUrl", default="")
    repository = metadata.find("{*}repository")
    published_url = repository.get("url", "") if repository is not None else ""
    if project_url != repository_url:
        problems.append(f"projectUrl is '{project_url}', expected CmfblRepositoryUrl '{repository_url}'")
    if published_url != repository_url:
        problems.append(f"repository url is '{published_url}', expected CmfblRepositoryUrl '{repository_url}'")

    for link in re.findall(r"\]\(([^)]*)\)", readme):
        if not re.match(r"^https?://", link):
            problems.append(f"README.md has a relative link '{link}': the package page cannot follow it")
    if re.search(r"^#+ .*\btests?\b", readme, re.IGNORECASE | re.MULTILINE) and "dotnet test" in readme:
        problems.append("README.md tells how to run the repository's tests: that belongs in the repository's README")

    for problem in problems:
        print(f"package check failed: {package_id}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
