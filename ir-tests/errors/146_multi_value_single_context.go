package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("12") + 1
	fmt.Println(n)
}
