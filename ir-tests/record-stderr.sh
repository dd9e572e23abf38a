#!/usr/bin/env bash
# record-stderr.sh: record the full panic header a program writes to stderr.
#
#   ir-tests/record-stderr.sh FILE.go...
#
# ../shared/tools/go-expect keeps only the first stderr line (FILE.err1). Some panics need
# more: a panic raised while a recovered panic's deferred call is still running prints
# `panic: 1 [recovered]` and then `\tpanic: runtime error: ...` on the next line. For each
# FILE.go this script builds the program alone in a temporary module (`go 1.23`, like
# go-expect) with the reference toolchain, runs it, and writes FILE.stderr: everything the
# program wrote to stderr up to (not including) the first empty line, i.e. without the
# `goroutine 1 [running]:` traceback that follows it. Output of println before the panic
# is kept. One normalization: in a `[signal ...]` line the program counter `pc=0x...`
# becomes `pc=PC`, since it is an address in gc's binary. A program that does not
# compile is reported on stderr and gets no FILE.stderr.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_ORACLE:-$here/../../shared/tools/go-oracle}
status=0
for src in "$@"; do
  base=${src%.go}; name=$(basename "$src")
  mod=$(mktemp -d)
  cp "$src" "$mod/$name"
  printf 'module x\n\ngo 1.23\n' >"$mod/go.mod"
  if ! (cd "$mod" && "$oracle" go build -o prog . ) >"$mod/build.txt" 2>&1; then
    echo "$src: does not compile under go 1.23" >&2
    status=1; rm -rf "$mod"; continue
  fi
  (cd "$mod" && timeout 20 ./prog >/dev/null 2>stderr.txt) || true
  awk '/^$/ { exit } { print }' "$mod/stderr.txt" \
    | sed -E '/^\[signal /s/pc=0x[0-9a-f]+/pc=PC/' >"$base.stderr"
  rm -rf "$mod"
done
exit $status
