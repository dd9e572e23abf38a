package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	age := "thirty"
	u := User{Name: "ann", Age: age}
	fmt.Println(u)
}
