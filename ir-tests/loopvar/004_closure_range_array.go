package main

import "fmt"

// Closures capture key and value of a range over an array value.
func main() {
	arr := [4]string{"a", "b", "c", "d"}
	var fs []func() string
	for i, s := range arr {
		fs = append(fs, func() string { return fmt.Sprintf("%d=%s", i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), ";")
	}
	fmt.Println()
}
