package main

import "fmt"

// Range over a string: byte offsets and runes captured by closures.
func main() {
	var fs []func() string
	for off, r := range "héllo→" {
		fs = append(fs, func() string { return fmt.Sprintf("%d:%c", off, r) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
