// Package strconv: check.sh copies this file into the gc-built copy of loopc's strconv
// package, to export the table lookup to check/main.go.
package strconv

func IsPrintNonASCII(r rune) bool { return isPrintNonASCII(r) }
