#!/usr/bin/env bash
# record-bisect.sh: record what gc does with -d=loopvarhash for the bisect corpus
# (ir-tests/bisect), and the change sets a bisect search driven by gc finds.
#
#   ./record-bisect.sh bisect/NAME.go...
#
# gc hashes a loop variable's position with the file's absolute path (go build passes the
# package directory joined with the file name), so every program is recorded in a fixed
# module directory, /tmp/loopc-bisect/NAME (module x, go.mod `go 1.21`), as NAME.go; the
# tests copy it to the same place and run loopc there. Files written next to NAME.go:
#   NAME.vy      stderr of `go run -gcflags=-d=loopvarhash=vy .` without go's `# x`
#                header: gc's marker and trigger lines, positions shown as go shows them
#                (`./NAME.go:L:C`)
#   NAME.y.out   stdout of that run (every candidate loop per-iteration)
#   NAME.vn      the same with `vn` (every loop disabled, lines marked `[DISABLED]`)
#   NAME.n.out   stdout of the vn run (every loop variable shared: go1.21 semantics)
#   NAME.bisect  the change sets (stdout of x/tools bisect's format) that
#                `loopc bisect NAME.go -- CHECK` finds when CHECK compiles and runs the
#                program with gc (`go run -gcflags=-d=loopvarhash=PATTERN .`) and fails when
#                its stdout differs from NAME.n.out. The loops and report lines in it are
#                gc's; the search is loopc's implementation of x/tools bisect's algorithm
#                (x/tools itself cannot be fetched offline).
# LOOPC names the loopc binary (default: ../target/debug/loopc from this directory).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
go_oracle=${GO_ORACLE:-$here/../../shared/tools/go-oracle}
loopc=${LOOPC:-$here/../target/debug/loopc}
for src in "$@"; do
  src=$(cd "$(dirname "$src")" && pwd)/$(basename "$src")
  base=${src%.go}; name=$(basename "$src"); stem=${name%.go}
  mod=/tmp/loopc-bisect/$stem
  rm -rf "$mod"; mkdir -p "$mod"
  cp "$src" "$mod/$name"
  printf 'module x\n\ngo 1.21\n' >"$mod/go.mod"
  for p in vy vn; do
    (cd "$mod" && "$go_oracle" go run -gcflags=-d=loopvarhash=$p . ) >"$mod/$p.stdout" 2>"$mod/$p.stderr"
    grep -v '^#' "$mod/$p.stderr" >"$base.$p" || true
    cp "$mod/$p.stdout" "$base.${p#v}.out"
  done
  check='env -u GOCOMPILEDEBUG "$0" go run -gcflags=-d=loopvarhash=PATTERN . >"$1" && cmp -s "$1" "$2"'
  (cd "$mod" && "$loopc" bisect "$name" -- sh -c "$check" "$go_oracle" "$mod/trial.stdout" "$base.n.out") \
    >"$base.bisect" 2>"$mod/bisect.log" || { cat "$mod/bisect.log" >&2; exit 1; }
  tail -n 1 "$mod/bisect.log" >&2
  rm -rf "$mod"
done
