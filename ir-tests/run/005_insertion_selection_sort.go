package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func insertionSort(ps []Person, less func(a, b Person) bool) {
	for i := 1; i < len(ps); i++ {
		cur := ps[i]
		j := i - 1
		for j >= 0 && less(cur, ps[j]) {
			ps[j+1] = ps[j]
			j--
		}
		ps[j+1] = cur
	}
}

func selectionSort(a []int) {
	for i := 0; i < len(a)-1; i++ {
		min := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[min] {
				min = j
			}
		}
		a[i], a[min] = a[min], a[i]
	}
}

func main() {
	ps := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	insertionSort(ps, func(a, b Person) bool { return a.Age < b.Age })
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps)
	insertionSort(ps, func(a, b Person) bool { return a.Name > b.Name })
	for _, p := range ps {
		fmt.Printf("%5s is %3d\n", p.Name, p.Age)
	}
	arr := [...]int{5, 2, 8, 1, 9, 3}
	selectionSort(arr[:])
	fmt.Println(arr, len(arr))
	fmt.Printf("%#v\n", ps[0])
}
