package main

import "fmt"

// Deferred closures registered in a loop run during a panic; a recover closure reports.
func risky(vals []int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res += fmt.Sprint(" recovered:", r)
		}
	}()
	for i, v := range vals {
		defer func() { res += fmt.Sprint(" d", i, "=", v) }()
		if v == 0 {
			panic(fmt.Sprint("zero at ", i))
		}
	}
	return "ok"
}

func main() {
	fmt.Println(risky([]int{3, 4, 0, 5}))
}
