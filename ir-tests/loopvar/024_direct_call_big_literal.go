package main

import (
	"fmt"
	"strings"
)

// A directly called func literal that is too big to inline (it contains a loop and
// a defer), so the loop variable is captured and reported.
func main() {
	var log []string
	for i := 0; i < 3; i++ {
		func() {
			defer func() { log = append(log, fmt.Sprint("end", i)) }()
			for k := 0; k < i; k++ {
				log = append(log, strings.Repeat("*", k+1))
			}
		}()
	}
	fmt.Println(strings.Join(log, ","))
}
