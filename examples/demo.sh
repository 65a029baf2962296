#!/usr/bin/env bash
# The README's main job (`make demo`): a real end-to-end run of the `kashoo` command against
# the local sandbox. It starts the sandbox with demo data, logs in, exports every record with
# the progress bar, prints a summary (records per type, totals per currency) and stops the
# sandbox. Nothing is left behind: the login and the export live in a temporary folder.
set -euo pipefail

work=$(mktemp -d)
export KASHOO_CONFIG_DIR="$work/config"   # keep the demo login out of your real one
sandbox_pid=""
cleanup() {
  local status=$?
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

echo "== kashoo sandbox --port 0 --demo"
kashoo sandbox --port 0 --demo --demo-records "${DEMO_RECORDS:-3000}" >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 300); do
  grep -q '^Kashoo sandbox on ' "$work/sandbox.out" && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.out"; exit 1; }
  sleep 0.1
done
root=$(sed -n 's/^Kashoo sandbox on //p' "$work/sandbox.out")
[ -n "$root" ] || { echo "the sandbox did not start"; cat "$work/sandbox.out"; exit 1; }
sed -n '2,3p' "$work/sandbox.out"
export KASHOO_BASE_URL="$root/api"

echo
echo "== kashoo login --email demo@kashoo.test --password-stdin"
echo "demo-password" | kashoo login --email demo@kashoo.test --password-stdin

echo
echo "== kashoo businesses"
kashoo businesses
business=$(kashoo businesses --json | python -c \
  'import json, sys; print(next(b["id"] for b in json.load(sys.stdin) if b["name"] == "Demo Company"))')

echo
echo "== kashoo export records --business $business --format jsonl --out records.jsonl"
kashoo export records --business "$business" --format jsonl --out "$work/records.jsonl"
echo "($(wc -l <"$work/records.jsonl") lines written)"
