#!/usr/bin/env bash
# Checks loopc's runtime sources (crates/loopc-runtime/go/runtime) against gc, with real Go:
#   crates/loopc-runtime/gocheck/runtime/run.sh
# It copies the sources into a temporary module as package x/rt (prep.py: body-less libc
# and intrinsic declarations call shim.go), adds the check_*.go files, runs go vet, then:
#   1. the in-process checks (cmd/main.go "checks"): slices, strings, maps, equality,
#      interfaces, float formatting, error texts, each compared with gc's behaviour;
#   2. print formats: the same values printed by gc's println and by the runtime's print
#      functions, compared byte for byte;
#   3. panic reports: each programs/NAME.go run by gc, and the same program written in
#      loopc's lowered style (scenarios.go) run on the runtime: stderr up to the
#      "goroutine 1 [running]:" line (hex addresses masked) and exit status must match.
# Needs ../shared/tools/go-oracle beside the repository (override with GO_ORACLE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_ORACLE:-$here/../../../../../shared/tools/go-oracle}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module x\n\ngo 1.27\n' >"$tmp/go.mod"
mkdir -p "$tmp/cmd"
python3 "$here/prep.py" "$here/../../go/runtime" "$tmp/rt"
cp "$here"/shim.go "$here"/check_*.go "$here"/scenarios.go "$tmp/rt/"
cp "$here/main.go" "$tmp/cmd/main.go"
cd "$tmp"
"$oracle" gofmt -l "$here/../../go/runtime" "$here" | sed 's/^/gofmt: /'
"$oracle" go vet ./... 2>&1 | grep -v '^#' | grep -v -e 'possible misuse of unsafe.Pointer' -e 'conversion from int64 to string' || true
"$oracle" go build -o "$tmp/check" ./cmd
export GODEBUG=invalidptr=0

fail=0
# 1. In-process checks.
"$tmp/check" checks >"$tmp/checks.out" 2>&1 || fail=1
head -c 20000 "$tmp/checks.out"

# 2. Print formats.
"$tmp/check" print-gc 2>"$tmp/print.gc" || true
"$tmp/check" print-rt 2>"$tmp/print.rt" || true
if cmp -s "$tmp/print.gc" "$tmp/print.rt"; then
  echo "print: $(wc -l <"$tmp/print.gc") lines identical"
else
  echo "print: MISMATCH"; diff "$tmp/print.gc" "$tmp/print.rt" | head -40; fail=1
fi

# 3. Panic reports.
# (A fatal error's goroutine header also names gp, m and mp; those are dropped.)
mask() { sed -E 's/^(goroutine 1) gp=0x[0-9a-f]+ m=[0-9]+ mp=0x[0-9a-f]+/\1/' | sed -n '1,/^goroutine 1 \[running\]:$/p' | sed -E 's/0x[0-9a-f]+/0xADDR/g'; }
n=0; bad=0
for prog in "$here"/programs/*.go; do
  name=$(basename "$prog" .go)
  mkdir -p "$tmp/p/$name"
  cp "$prog" "$tmp/p/$name/main.go"
  set +e
  (cd "$tmp/p/$name" && "$oracle" go build -o prog main.go) || { echo "panic report $name: gc build failed"; fail=1; continue; }
  "$tmp/p/$name/prog" >"$tmp/p/$name/gc.out" 2>"$tmp/p/$name/gc.err"; gcrc=$?
  "$tmp/check" scenario "$name" >"$tmp/p/$name/rt.out" 2>"$tmp/p/$name/rt.err"; rtrc=$?
  set -e
  n=$((n+1))
  if [ "$gcrc" != "$rtrc" ] || ! cmp -s <(mask <"$tmp/p/$name/gc.err") <(mask <"$tmp/p/$name/rt.err") \
     || ! cmp -s "$tmp/p/$name/gc.out" "$tmp/p/$name/rt.out"; then
    bad=$((bad+1)); fail=1
    echo "panic report $name: MISMATCH (gc exit $gcrc, runtime exit $rtrc)"
    diff <(mask <"$tmp/p/$name/gc.err") <(mask <"$tmp/p/$name/rt.err") | head -10
    diff "$tmp/p/$name/gc.out" "$tmp/p/$name/rt.out" | head -5
  fi
done
echo "panic reports: $n programs, $bad mismatches"
exit $fail
