#!/usr/bin/env bash
# record.sh FILE.gostd...: records what Go does with each program, like go-expect (which
# it runs on a temporary FILE.go copy): FILE.out/.err1/.rc/.lv2, or FILE.build when the
# program does not compile. The programs use package unsafe, which loopc allows only in its
# own standard packages, so they are not `.go` files: loopc-types' tests check each one as
# a standard package and compare with these recordings.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
expect=${GO_EXPECT:-$here/../../../../shared/tools/go-expect}
for src in "$@"; do
  base=${src%.gostd}
  name=$(basename "$base")
  tmp=$(mktemp -d)
  cp "$src" "$tmp/$name.go"
  "$expect" "$tmp/$name.go" || true
  for ext in out err1 rc lv2 build; do
    rm -f "$base.$ext"
    if [ -f "$tmp/$name.$ext" ]; then cp "$tmp/$name.$ext" "$base.$ext"; fi
  done
  rm -rf "$tmp"
done
