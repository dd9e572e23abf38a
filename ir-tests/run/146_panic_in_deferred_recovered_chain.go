package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	var m map[int][]int
	m[1] = append(m[1], 1)
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 recovered:", r)
			panic(fmt.Errorf("level2 wraps: %v", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	level2()
	return nil
}

func main() {
	fmt.Println("level1 returned:", level1())
	defer fmt.Println("main defer 1")
	defer func() {
		fmt.Println("main defer 2 sees:", recover())
		var arr []string
		fmt.Println(arr[len("abc")])
	}()
	panic("top-level")
}
