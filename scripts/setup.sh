#!/usr/bin/env bash
# Shared set-up for the README's commands: checks the tools, installs the pinned Azurite (npm ci) when needed,
# and builds the solution. TorchSharp's native fix needs no set-up: the trainer SDK applies it at run time, in C#.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "orlx set-up: '$1' is not installed. $2" >&2; exit 1; }
}
need dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
need node "Install Node.js 20 or newer (Azurite, the local Azure Table server, runs on it)."
need npm "Install npm (it comes with Node.js)."
need git "Install git."

pinned=$(node -p "require('./package.json').dependencies.azurite")
installed=$(node -p "try { require('./node_modules/azurite/package.json').version } catch { '' }" 2>/dev/null || true)
if [[ "$installed" != "$pinned" ]]; then
  echo "Installing Azurite $pinned (npm ci)..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

echo "Building (Release)..." >&2
dotnet build OrleansExperiments.sln -c Release -nologo -v quiet "$@" >&2
