package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "<=one")
		fallthrough
	case 2:
		out = append(out, "<=two")
	case 3, 4, 5:
		out = append(out, "three-to-five")
		if n == 4 {
			break
		}
		out = append(out, "not four")
	default:
		out = append(out, "big")
		fallthrough
	case 100:
		out = append(out, "hundred-or-fell")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := range 7 {
		fmt.Println(n, describe(n))
	}
	fmt.Println(100, describe(100))
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	switch {
	}
	fmt.Println("end")
}
