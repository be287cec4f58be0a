#!/usr/bin/env bash
# Runs every test of the solution (set-up included) and ends with the line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh || exit 1

log=$(mktemp)
dotnet test OrleansExperiments.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary line per test project: "Passed!  - Failed: 0, Passed: 47, Skipped: 0, Total: 47, ..."
summary=$(grep -E "^\s*(Passed|Failed)!\s+-\s+Failed:" "$log" | sed -E 's/.*Failed:\s*([0-9]+), Passed:\s*([0-9]+), Skipped:\s*([0-9]+).*/\1 \2 \3/')
failed=$(awk '{f += $1} END {print f + 0}' <<<"$summary")
passed=$(awk '{p += $2} END {print p + 0}' <<<"$summary")
skipped=$(awk '{s += $3} END {print s + 0}' <<<"$summary")
projects=$(grep -c . <<<"$summary" || true)
rm -f "$log"
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  echo "dotnet test exited with $status without a failed test (a test host crashed or a project did not run)." >&2
  failed=1
fi
echo "Test projects: $projects; skipped: $skipped"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $status -eq 0 ]]
