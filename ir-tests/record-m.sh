#!/usr/bin/env bash
# record-m.sh: record which variables gc's escape analysis moves to the heap.
#
#   ir-tests/record-m.sh FILE.go...
#
# For each FILE.go, builds it alone in a temporary module (`go 1.23`, like
# ../shared/tools/go-expect) with `go build -gcflags=-m` using the reference toolchain,
# and writes FILE.m: only the `moved to heap: NAME` lines, in the order gc prints them,
# with the leading `./` removed, e.g. `001_x.go:9:6: moved to heap: i`.
# An empty FILE.m means gc moved nothing to the heap. A program that does not compile is
# reported on stderr and gets no FILE.m. Expected outputs are only ever written by this
# script, never by hand.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_ORACLE:-$here/../../shared/tools/go-oracle}
status=0
for src in "$@"; do
  base=${src%.go}; name=$(basename "$src")
  mod=$(mktemp -d)
  cp "$src" "$mod/$name"
  printf 'module x\n\ngo 1.23\n' >"$mod/go.mod"
  # The go command replays a cached compile's diagnostics, so cache hits are fine.
  if ! (cd "$mod" && "$oracle" go build -gcflags=-m -o /dev/null . ) >"$mod/m.txt" 2>&1; then
    echo "$src: does not compile under go 1.23" >&2
    status=1; rm -rf "$mod"; continue
  fi
  grep -E ': moved to heap: ' "$mod/m.txt" | sed 's|^\./||' >"$base.m" || true
  rm -rf "$mod"
done
exit $status
