package main

import "fmt"

type pair struct {
	k, v int
}

func main() {
	for k, v := range []int{7, 8} {
		defer func() {
			p := pair{k: k, v: v}
			m := map[int]int{k: v}
			fmt.Println(p.k, p.v, m[k])
		}()
	}
}
