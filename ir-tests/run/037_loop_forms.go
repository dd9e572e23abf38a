package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print("a", i, " ")
	}
	fmt.Println()
	j := 10
	for j > 0 {
		j -= 3
	}
	fmt.Println("j", j)
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println("k", k)
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	sl := []string{"p", "q", "r"}
	for i := range sl {
		fmt.Print(i)
	}
	for i, v := range sl {
		fmt.Print(i, v)
	}
	for _, v := range sl {
		fmt.Print(v)
	}
	fmt.Println()
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3-i] = v * 10
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i < 2 {
			arr2[i+1] = v * 10
		}
	}
	fmt.Println(arr2)
	var pa *[5]int
	for i := range pa {
		fmt.Print(i)
	}
	fmt.Println(len(pa))
	for i := 0; i < 10; {
		i += 4
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("i after", i)
}
