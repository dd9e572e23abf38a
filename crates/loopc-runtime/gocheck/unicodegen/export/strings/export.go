// Package strings: check.sh copies this file into the gc-built copy of loopc's strings
// package, to export the table lookups to check/main.go.
package strings

func ToUpperRune(r rune) rune     { return toUpperRune(r) }
func ToLowerRune(r rune) rune     { return toLowerRune(r) }
func SimpleFold(r rune) rune      { return simpleFold(r) }
func IsLetterOrDigit(r rune) bool { return isLetterOrDigit(r) }
