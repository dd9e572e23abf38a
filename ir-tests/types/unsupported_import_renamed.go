package main

import (
	"fmt"
	tm "time"
)

func main() {
	var d tm.Duration = 3 * tm.Second
	fmt.Println(d.Seconds())
}
