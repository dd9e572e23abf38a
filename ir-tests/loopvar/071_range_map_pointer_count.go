package main

import "fmt"

// &k and &v taken in a map range: count distinct addresses (order-independent).
func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	keys := map[*string]bool{}
	vals := map[*int]bool{}
	for k, v := range m {
		keys[&k] = true
		vals[&v] = true
	}
	fmt.Println("distinct key addrs", len(keys), "distinct value addrs", len(vals))
}
