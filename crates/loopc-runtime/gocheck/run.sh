#!/usr/bin/env bash
# Checks loopc's std sources (../go) against gc's standard library, with real Go:
#   crates/loopc-runtime/gocheck/run.sh
# It copies the sources into a temporary module as x/std/<pkg>, gives every function
# marked "Implemented by the runtime" a body that calls gc's std (rt.go), runs go vet, and
# runs compare.go, which prints every input on which loopc's package and gc's differ.
# Needs ../shared/tools/go-oracle beside the repository (override with GO_ORACLE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_ORACLE:-$here/../../../../shared/tools/go-oracle}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module x\n\ngo 1.24\n' >"$tmp/go.mod"
mkdir -p "$tmp/rt" "$tmp/rtshim" "$tmp/cmd"
cp "$here/rt.go" "$tmp/rt/rt.go"
# loopc's internal runtime package, imported by fmt, strconv, errors, sort and os, is
# replaced by the reflection shim of gocheck/fmt (its exported API on gc's reflect).
cp "$here"/fmt/shim/*.go "$tmp/rtshim/"
cp "$here/compare.go" "$tmp/cmd/main.go"
python3 "$here/prep.py" "$here/../go" "$tmp/std"
cd "$tmp"
"$oracle" go vet ./...
"$oracle" go run ./cmd
