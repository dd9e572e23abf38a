package main

import "fmt"

// continue outer where the outer loop is a range loop; the inner 3-clause loop captures.
func main() {
	var fs []func() string
rows:
	for r, row := range []string{"ab", "cde", "f"} {
		for c := 0; c < len(row); c++ {
			if row[c] == 'd' {
				continue rows
			}
			fs = append(fs, func() string { return fmt.Sprintf("%d%c", r, row[c]) })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
