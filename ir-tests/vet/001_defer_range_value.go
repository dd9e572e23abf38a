package main

import "fmt"

func main() {
	for _, v := range []string{"a", "b", "c"} {
		defer func() {
			fmt.Println(v)
		}()
	}
}
