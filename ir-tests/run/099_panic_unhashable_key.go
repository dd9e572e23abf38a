package main

import "fmt"

func main() {
	seen := map[any]int{}
	keys := []any{1, "a", 2.5, [2]int{1, 2}, true, 1, "a"}
	for _, k := range keys {
		seen[k]++
	}
	fmt.Println(len(seen), seen[1], seen["a"], seen[[2]int{1, 2}])
	seen[map[string]int{}] = 1
	fmt.Println("unreachable")
}
