#!/usr/bin/env bash
# Generates the low-level client from the spec into OUT/kashoo_api_client.
# Used by `make generate` (OUT = the repo) and `make check-generated` (OUT = a temp dir),
# so both produce the same bytes. Needs the venv's bin first on PATH (the generator's
# post-hooks call `ruff` from PATH).
set -euo pipefail
spec=${1:?usage: generate.sh SPEC OUT}
out=${2:?usage: generate.sh SPEC OUT}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

pkg="$out/kashoo_api_client"
rm -rf "$pkg"
mkdir -p "$out"
# Run from the output folder so no parent ruff/pyproject config can leak into the hooks.
(cd "$out" && openapi-python-client generate \
    --path "$spec" \
    --config "$root/generator-config.yml" \
    --custom-template-path "$here/templates" \
    --meta none \
    --fail-on-warning \
    --output-path "$pkg" >/dev/null)
python "$here/build_operation_table.py" "$spec" "$pkg/operation_table.py"
(cd "$pkg" && ruff format operation_table.py --isolated --line-length 120 --no-cache --quiet)
touch "$pkg/py.typed"
