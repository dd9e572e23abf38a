package main

import "fmt"

type Speaker interface{ Speak() string }

func talk(s *Speaker) string {
	return s.Speak()
}

func main() {
	fmt.Println(talk(nil))
}
