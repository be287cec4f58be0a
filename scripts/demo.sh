#!/usr/bin/env bash
# The main job end to end on the embedded default: one silo, a local Azurite, a sample workload.
# Builds a sample trainer repository with branches of known ground truth and compares its improving branch with
# main (5 seeds, fast profile). Results stay in the local store under $ORLX_HOME (default ~/.orlx).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh"
exec dotnet "$root/client/OrleansExperiments.Cli/bin/Release/net10.0/orlx.dll" demo "$@"
