package main

import "fmt"

func main() {
	goto end
	x := 10
	fmt.Println(x)
end:
	fmt.Println("done")
}
