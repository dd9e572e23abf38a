package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	lines := []string{"alpha", "beta", "", "delta"}
	var sb strings.Builder
	for n, l := range lines {
		if l == "" {
			fmt.Print(sb.String())
			fmt.Printf("line %d is empty\n", n+1)
			os.Exit(1)
		}
		fmt.Fprintf(&sb, "%d:%s\n", n+1, strings.ToUpper(l))
	}
	fmt.Print(sb.String())
}
