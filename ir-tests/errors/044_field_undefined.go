package main

import "fmt"

type User struct {
	Name string
}

func main() {
	u := User{Name: "ann"}
	fmt.Println(u.Email)
}
