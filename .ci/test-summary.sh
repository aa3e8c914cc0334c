#!/usr/bin/env bash
# Usage: test-summary.sh RESULTS_DIR SOLUTION
# Sums the counters of every TRX report in RESULTS_DIR and prints `N passed, N failed` as the last line. Fails when a
# test project of SOLUTION left no report (its run never started or crashed early), when a test failed, or when no
# test ran at all: CI must not read a silent run as a green one.
set -euo pipefail

results=$1
solution=$2

projects=$(dotnet sln "$solution" list | grep -c '\.Tests\.csproj$' || true)
shopt -s nullglob
reports=("$results"/*.trx)

# A TRX file has one <Counters .../> element; errors, timeouts and aborts are failures too.
read -r passed failed skipped < <(
  for report in "${reports[@]}"; do grep -o '<Counters [^>]*>' "$report"; done |
    awk '{
      for (i = 1; i <= NF; i++) {
        split($i, kv, "=");
        gsub(/[^0-9]/, "", kv[2]);
        n[kv[1]] += kv[2];
      }
    }
    END { printf "%d %d %d\n", n["passed"], n["failed"] + n["error"] + n["timeout"] + n["aborted"], n["notExecuted"] }'
)

status=0
if (( ${#reports[@]} < projects )); then
  echo "error: ${#reports[@]} test reports for $projects test projects in $solution" >&2
  status=1
fi
if (( passed + failed == 0 )); then
  echo "error: no test ran" >&2
  status=1
fi
if (( failed > 0 )); then
  status=1
fi

echo "skipped: $skipped"
echo "$passed passed, $failed failed"
exit "$status"
