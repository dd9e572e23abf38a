package main

import "fmt"

// A closure inside a return statement does not make the loop per-iteration
// (the function is too large to be inlined, so no inlined copy either).
func find(xs []int, limit int) func() int {
	for _, x := range xs {
		if x > limit {
			return func() int { return x * 2 }
		}
		if x < 0 {
			fmt.Println("negative", x)
			fmt.Println("negative again", x)
			fmt.Println("negative still", x)
		}
	}
	fmt.Println("nothing above", limit)
	fmt.Println("nothing above, again", limit)
	return nil
}

func addr(xs []int) *int {
	for i := 0; i < len(xs); i++ {
		if xs[i] == 7 {
			return &i
		}
		if xs[i] < 0 {
			fmt.Println("negative", xs[i])
			fmt.Println("negative again", xs[i])
			fmt.Println("negative still", xs[i])
		}
	}
	fmt.Println("no seven")
	fmt.Println("no seven, again")
	return nil
}

func main() {
	fmt.Println(find([]int{1, 5, 9}, 4)())
	fmt.Println(*addr([]int{3, 7, 8}))
}
