package main

import (
	"fmt"
	"strings"
)

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// strings.SplitSeq, SplitAfterSeq, FieldsSeq, FieldsFuncSeq and Lines.
func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("x-y-z", "-") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace \n here ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", isLetter) {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	for line := range strings.Lines("first\nsecond\n\nlast") {
		fmt.Printf("%q\n", line)
	}
}
