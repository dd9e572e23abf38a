#!/usr/bin/env bash
# Regenerates loopc's Unicode tables from gc's, then checks loopc's lookups against gc:
#   crates/loopc-runtime/gocheck/unicodegen/run.sh          (regenerate, then check)
#   crates/loopc-runtime/gocheck/unicodegen/run.sh check    (check only)
# main.go writes go/strings/unicode_tables.go and go/strconv/print_tables.go. The check
# builds loopc's std sources with gc in a temporary module as x/std/<pkg>, the way
# ../run.sh does (../prep.py), adds export/<pkg>/export.go to expose the lookups, and
# runs check/main.go, which compares them with gc on every code point.
# Needs ../shared/tools/go-oracle beside the repository (override with GO_ORACLE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gocheck=$here/..
std=$here/../../go
oracle=${GO_ORACLE:-$here/../../../../../shared/tools/go-oracle}
if [ "${1:-}" != check ]; then
	(cd "$here" && "$oracle" go run main.go -out "$std")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module x\n\ngo 1.24\n' >"$tmp/go.mod"
mkdir -p "$tmp/rt" "$tmp/rtshim" "$tmp/cmd"
cp "$gocheck/rt.go" "$tmp/rt/rt.go"
cp "$gocheck"/fmt/shim/*.go "$tmp/rtshim/"
python3 "$gocheck/prep.py" "$std" "$tmp/std" >/dev/null
cp "$here/export/strings/export.go" "$tmp/std/strings/export_unicode.go"
cp "$here/export/strconv/export.go" "$tmp/std/strconv/export_unicode.go"
cp "$here/check/main.go" "$tmp/cmd/main.go"
"$oracle" gofmt -l "$here" "$std/strings/strings.go" "$std/strings/unicode_tables.go" "$std/strconv/strconv.go" "$std/strconv/print_tables.go" | sed 's/^/gofmt: /'
cd "$tmp"
"$oracle" go vet ./std/strings ./std/strconv ./cmd
"$oracle" go run ./cmd
