#!/usr/bin/env bash
# The second command: builds and runs every test of Judge.sln on a machine that may be fresh
# (same prerequisites, dockerd and images as deploy/up.sh), checks formatting, runs `verify` over
# the whole bank, then prints as its last line
#   N passed, N failed, N skipped
# Exits non-zero if dotnet test failed, a test failed, no test ran, sandbox containers were left
# behind (they count as one failure), formatting is off, or a bank solution got the wrong verdict.
#
# usage: bash deploy/test.sh [extra dotnet test arguments, e.g. --filter Category!=Slow]
set -euo pipefail
# shellcheck source=deploy/lib.sh
source "$(dirname "$0")/lib.sh"

results="$JUDGE_LOCAL/test-results"

# Sums the <Counters> of every .trx file in $1 and prints "passed failed skipped"; skipped is
# everything counted in total that neither passed nor failed (notExecuted, inconclusive, ...).
judge_trx_counts() {
  python3 - "$1" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"unreadable {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    for counters in root.iter():
        if counters.tag.rsplit("}", 1)[-1] != "Counters":
            continue
        c = {k: int(v) for k, v in counters.attrib.items() if v.lstrip("-").isdigit()}
        p = c.get("passed", 0)
        # failed, error, timeout and aborted all mean a test did not pass.
        f = sum(c.get(k, 0) for k in ("failed", "error", "timeout", "aborted"))
        total = c.get("total", p + f)
        passed += p
        failed += f
        skipped += max(total - p - f, 0)
print(passed, failed, skipped)
PY
}

# Prints each failed test of the .trx files in $1 with the first lines of its message, so the tail
# of a CI log says what failed, not only how many.
judge_trx_failures() {
  python3 - "$1" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

def local(tag):
    return tag.rsplit("}", 1)[-1]

for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        continue
    for result in root.iter():
        if local(result.tag) != "UnitTestResult" or result.get("outcome") in ("Passed", "NotExecuted", None):
            continue
        message = ""
        for child in result.iter():
            if local(child.tag) == "Message" and child.text:
                message = child.text
                break
        lines = [l for l in message.strip().splitlines() if l.strip()][:3]
        print(f"FAILED {result.get('testName')}")
        for line in lines:
            print(f"    {line[:300]}")
PY
}

# `bash deploy/test.sh --counts-only DIR` only parses: lets the summary be checked on its own.
if [ "${1:-}" = --counts-only ]; then
  judge_trx_counts "$2"
  exit 0
fi

JUDGE_WITH_BROWSER=1 judge_install_prereqs
judge_start_dockerd
judge_build_images
judge_dotnet_build

# Formatting and style rules of .editorconfig hold in CI, not only in editors.
format_status=0
judge_log "dotnet format --verify-no-changes"
(cd "$JUDGE_ROOT" && dotnet format Judge.sln --verify-no-changes --no-restore) || format_status=$?

rm -rf "$results"
mkdir -p "$results"
judge_log "dotnet test Judge.sln -c Release"
test_status=0
(cd "$JUDGE_ROOT" && dotnet test Judge.sln -c Release --no-build --logger "trx;LogFilePrefix=judge" \
  --results-directory "$results" "$@") || test_status=$?

# Every task's declared solutions must get their declared verdicts (Kattis-style problem checks),
# and no solution whose spec declares its complexity may be detected confidently as another class.
verify_status=0
judge_log "verify --complexity: every solution of every task in the bank"
(cd "$JUDGE_ROOT" && dotnet Judge.Worker/bin/Release/net10.0/Judge.Worker.dll verify --complexity) || verify_status=$?

counts="$(judge_trx_counts "$results")" || judge_die "could not read the .trx files in $results"
read -r passed failed skipped <<<"$counts"
if [ "$failed" -ne 0 ]; then judge_trx_failures "$results"; fi

# A test that leaks a sandbox container is a failure even if every assertion held.
left="$(docker ps -aq --filter label=judge.sandbox)"
if [ -n "$left" ]; then
  echo "sandbox containers left behind (label judge.sandbox): $(echo "$left" | tr '\n' ' ')"
  docker ps -a --filter label=judge.sandbox --format '  {{.ID}} {{.Image}} {{.Status}} {{.Names}}'
  failed=$((failed + 1))
fi

status=0
if [ "$test_status" -ne 0 ]; then echo "dotnet test exited with $test_status"; status=1; fi
if [ "$verify_status" -ne 0 ]; then echo "verify found solutions whose verdict differs from their spec (table above)"; status=1; fi
if [ "$format_status" -ne 0 ]; then echo "dotnet format found code that breaks .editorconfig (run: dotnet format Judge.sln)"; status=1; fi
if [ "$failed" -ne 0 ]; then status=1; fi
if [ $((passed + failed)) -eq 0 ]; then echo "no test ran"; status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
