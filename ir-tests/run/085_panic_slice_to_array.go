package main

import "fmt"

func header(b []byte) [4]byte {
	return [4]byte(b)
}

func main() {
	fmt.Println(header([]byte("GOPHER")))
	p := (*[2]int)([]int{7, 8, 9})
	p[0] = 70
	fmt.Println(*p)
	fmt.Println(header([]byte("GO")))
}
