package main

import "fmt"

func Main() {
	fmt.Println("capitalized, not main")
}
