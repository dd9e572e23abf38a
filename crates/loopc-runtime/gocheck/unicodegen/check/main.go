// Command check compares the table lookups of loopc's strings and strconv packages with
// gc's unicode and strconv packages on every code point 0..MaxRune, on negative runes and
// on runes above MaxRune (including the 24-bit boundaries of the table encoding), and
// also the exported functions built on them (ToUpper, ToLower, ToTitle, EqualFold, Title,
// IsPrint, Quote) on every one-rune string. run.sh builds it in a module where x/std/...
// is loopc's std compiled by gc, with export/*/export.go added. It prints each mismatch
// (the first 20 per function), the counts, and exits 1 if anything differs.
package main

import (
	"fmt"
	"math"
	"os"
	gostrconv "strconv"
	gostrings "strings"
	"unicode"

	"x/std/strconv"
	"x/std/strings"
)

var checks, mismatches int
var perName = map[string]int{}

func report(name string, r rune, got, want any) {
	checks++
	if got == want {
		return
	}
	mismatches++
	perName[name]++
	if perName[name] <= 20 {
		fmt.Printf("MISMATCH %s(%#x): loopc %v, gc %v\n", name, r, got, want)
	}
}

// runes are the inputs: every code point, then the invalid ones worth trying.
func runes() []rune {
	var rs []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		rs = append(rs, r)
	}
	for r := rune(-0x1000); r < 0; r++ {
		rs = append(rs, r)
	}
	for r := rune(unicode.MaxRune + 1); r <= unicode.MaxRune+0x1000; r++ {
		rs = append(rs, r)
	}
	for _, b := range []rune{1 << 23, 1 << 24, 1 << 25, 1 << 30} {
		for d := rune(-2); d <= 2; d++ {
			rs = append(rs, b+d, -b+d)
		}
	}
	return append(rs, math.MinInt32, math.MinInt32+1, math.MaxInt32, math.MaxInt32-1)
}

func main() {
	all := runes()
	for _, r := range all {
		report("toUpperRune", r, strings.ToUpperRune(r), unicode.ToUpper(r))
		report("toLowerRune", r, strings.ToLowerRune(r), unicode.ToLower(r))
		report("simpleFold", r, strings.SimpleFold(r), unicode.SimpleFold(r))
		report("isLetterOrDigit", r, strings.IsLetterOrDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r))
		report("IsPrint", r, strconv.IsPrint(r), gostrconv.IsPrint(r))
		if r >= 0x80 {
			report("isPrintNonASCII", r, strconv.IsPrintNonASCII(r), gostrconv.IsPrint(r))
		}
	}
	fn := checks
	// The exported functions on one-rune strings (invalid runes become U+FFFD).
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		s := string(r)
		report("ToUpper", r, strings.ToUpper(s), gostrings.ToUpper(s))
		report("ToLower", r, strings.ToLower(s), gostrings.ToLower(s))
		report("ToTitle", r, strings.ToTitle(s), gostrings.ToTitle(s))
		report("Title", r, strings.Title("x"+s+"y"), gostrings.Title("x"+s+"y"))
		f := string(unicode.SimpleFold(r))
		report("EqualFold", r, strings.EqualFold(s, f), gostrings.EqualFold(s, f))
		u := string(unicode.ToUpper(r)) + "a"
		report("EqualFold/upper", r, strings.EqualFold("A"+s, u), gostrings.EqualFold("A"+s, u))
		report("Quote", r, strconv.Quote(s), gostrconv.Quote(s))
	}
	fmt.Printf("unicode tables: %d runes, %d lookup checks, %d string checks, %d mismatches\n",
		len(all), fn, checks-fn, mismatches)
	if mismatches != 0 {
		os.Exit(1)
	}
}
