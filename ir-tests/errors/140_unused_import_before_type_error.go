package main

import (
	"fmt"
	"strconv"
)

func main() {
	var n int = "7"
	fmt.Println(n)
}
