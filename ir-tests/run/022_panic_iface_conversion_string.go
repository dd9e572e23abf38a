package main

import "fmt"

func main() {
	values := map[string]any{"name": "gopher", "age": 13}
	name := values["name"].(string)
	fmt.Println("name:", name)
	age := values["age"].(string)
	fmt.Println("age:", age)
}
