#!/usr/bin/env bash
# Differential check of loopc's fmt, strconv (floats), errors.As and sort.Slice against
# gc's standard library, with real Go:
#   crates/loopc-runtime/gocheck/fmt/run.sh [strconv|fmt]...   (default: both)
# The std sources are copied into a temporary module as x/std/<pkg> (prep.py); loopc's
# internal runtime package, which they import for reflection and bit casts, is replaced
# by shim/ (the same exported API implemented with gc's reflect), so the very fmt code
# loopc compiles runs on gc. Each checker prints every mismatch and a summary line.
# Needs ../shared/tools/go-oracle beside the repository (override with GO_ORACLE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_ORACLE:-$here/../../../../../shared/tools/go-oracle}
# Package runtime itself cannot be built by gc (libc and intrinsic declarations have no
# bodies); go/types checks it.
(cd "$here/typecheck" && "$oracle" go run . "$here/../../go/runtime")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module x\n\ngo 1.24\n' >"$tmp/go.mod"
mkdir -p "$tmp/rt" "$tmp/rtshim" "$tmp/cmd"
cp "$here/../rt.go" "$tmp/rt/rt.go"
cp "$here"/shim/*.go "$tmp/rtshim/"
cp -r "$here/cmd/." "$tmp/cmd/"
python3 "$here/prep.py" "$here/../../go" "$tmp/std"
cd "$tmp"
"$oracle" go vet ./std/... ./rtshim
"$oracle" go build ./cmd/...
checks=${*:-strconv fmt}
for c in $checks; do
	"$oracle" go run "./cmd/${c}check"
done
