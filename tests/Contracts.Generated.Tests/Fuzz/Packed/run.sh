#!/usr/bin/env bash
# The payload fuzz through the packed packages, as a user gets them: packs Contracts and Contracts.Abstractions
# (Release) at a version no cache has seen into a temporary feed, builds a console project outside the repository that
# references only the package Contracts and compiles the fuzzer and the test contracts, and runs it.
#   bash tests/Contracts.Generated.Tests/Fuzz/Packed/run.sh [bodies=100000] [seed=11]
# Exits non-zero when a body broke the promise. Everything it creates is in one temporary folder, removed at the end.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
tests="$repo/tests/Contracts.Generated.Tests"
bodies="${1:-100000}"
seed="${2:-11}"
root="$(mktemp -d "${TMPDIR:-/tmp}/contracts-packed-fuzz-XXXXXX")"
trap 'rm -rf "$root"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# MSBuild looks for Directory.Build.* upward from a project; these empty ones end the search here.
for name in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$root/$name"; done

suffix="fuzz$(date -u +%Y%m%d%H%M%S)"
for project in src/Contracts.Package/Contracts.Package.csproj src/Contracts.Abstractions/Contracts.Abstractions.csproj; do
  dotnet pack "$repo/$project" -c Release -o "$root/feed" --artifacts-path "$root/artifacts" -p:VersionSuffix="$suffix" -tl:off -v:q -nologo
done
version="$(basename "$root"/feed/Contracts.Abstractions.*.nupkg .nupkg)"
version="${version#Contracts.Abstractions.}"

# The feed is added to the machine's sources; the machine's package folder serves third-party packages offline.
machine="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cat > "$root/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="contracts-fuzz-feed" value="$root/feed" /></packageSources>
  <fallbackPackageFolders><add key="machine" value="$machine" /></fallbackPackageFolders>
</configuration>
XML

mkdir "$root/fuzz"
cat > "$root/fuzz/PackedFuzz.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ContractsServiceName>fuzz</ContractsServiceName>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Contracts" Version="$version" />
  </ItemGroup>
  <ItemGroup>
    <Compile Include="$tests/Contracts/*.cs;$tests/Support/Samples.cs;$tests/Fuzz/*.cs;$tests/Fuzz/Packed/Program.cs"
             Exclude="$tests/Fuzz/*Tests.cs" />
  </ItemGroup>
</Project>
XML

echo "packed Contracts $version; fuzzing $bodies bodies, seed $seed"
NUGET_PACKAGES="$root/packages" dotnet run -c Release --project "$root/fuzz/PackedFuzz.csproj" -tl:off -- "$bodies" "$seed"
