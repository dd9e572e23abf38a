package main

import "fmt"

type Pixel struct{ R, G, B uint8 }

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3-i] += v * 100
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 {
		arr2[3-i] += v * 100
		fmt.Print(v, " ")
	}
	fmt.Println(arr2)
	sl := []int{1, 2, 3, 4}
	for i, v := range sl {
		sl[len(sl)-1-i] += v * 100
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	grow := []int{1, 2, 3}
	for i := range grow {
		grow = append(grow, i)
	}
	fmt.Println(grow)
	img := [2][3]Pixel{}
	for r := range img {
		for c := range img[r] {
			img[r][c] = Pixel{uint8(r * 100), uint8(c * 50), 255}
		}
	}
	for _, row := range img {
		row[0].R = 1
	}
	fmt.Println(img)
	for r := range img {
		for _, p := range &img[r] {
			p.B = 0
		}
	}
	fmt.Printf("%+v\n", img[1][2])
	var nilArr *[3]string
	n := 0
	for range nilArr {
		n++
	}
	fmt.Println("len of nil *array:", len(nilArr), n)
	m := map[string]int{"a": 1}
	for k, v := range m {
		m[k] = v * 10
	}
	fmt.Println(m)
	str := "abc"
	for i := range str {
		str += "x"
		_ = i
	}
	fmt.Println(str)
}
