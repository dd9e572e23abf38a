#!/usr/bin/env bash
# record-vet.sh: record what `go vet` (Go 1.27.3's loopclosure analyzer and the rest of
# vet's default suite) reports for single-file programs, for `loopc vet`'s corpus.
#
#   ./record-vet.sh [-lang go1.22] FILE.go...
#
# For each FILE.go it makes a temporary module `x` holding only that file as FILE.go
# (go.mod `go 1.21` by default, so the analyzer is active) and writes next to it:
#   FILE.vet      `go vet .`'s stderr without `#` header lines, leading `./` stripped:
#                 the report lines `FILE.go:LINE:COL: message`
#   FILE.vetrc    `go vet .`'s exit status
#   FILE.vetjson  `go vet -json .`'s stdout with the temporary module directory removed
#                 from positions (so `posn` reads `FILE.go:LINE:COL`); package key `x`
# With `-lang go1.22` the module says `go 1.22` and the files are FILE.go122.vet,
# FILE.go122.vetrc and FILE.go122.vetjson.
# It stops with an error if any analyzer other than loopclosure reports something, so the
# corpus only ever records loopclosure's behaviour.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
go_oracle=${GO_ORACLE:-$here/../../shared/tools/go-oracle}
lang=1.21 suffix=
if [ "${1:-}" = -lang ]; then
  lang=${2#go}; suffix=.go${lang//./}; shift 2
fi
for src in "$@"; do
  base=${src%.go}; name=$(basename "$src")
  mod=$(mktemp -d)
  cp "$src" "$mod/$name"
  printf 'module x\n\ngo %s\n' "$lang" >"$mod/go.mod"
  rc=0
  (cd "$mod" && "$go_oracle" go vet . ) >"$mod/stdout.txt" 2>"$mod/stderr.txt" || rc=$?
  grep -v '^#' "$mod/stderr.txt" | sed 's|^\./||' >"$base$suffix.vet" || true
  echo "$rc" >"$base$suffix.vetrc"
  (cd "$mod" && "$go_oracle" go vet -json . ) >"$mod/json.txt" 2>"$mod/json-stderr.txt" || true
  sed "s|$mod/||g" "$mod/json.txt" >"$base$suffix.vetjson"
  if grep -v 'loop variable .* captured by func literal' "$base$suffix.vet" | grep -q .; then
    echo "$src: go vet reported something else (see $base$suffix.vet)" >&2; rm -rf "$mod"; exit 1
  fi
  if grep -E '^		"[a-z]+": ' "$base$suffix.vetjson" | grep -qv '"loopclosure"'; then
    echo "$src: another analyzer reported (see $base$suffix.vetjson)" >&2; rm -rf "$mod"; exit 1
  fi
  rm -rf "$mod"
done
