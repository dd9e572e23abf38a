package main

import "fmt"

type Handler func(string) string

var handlers = map[string]Handler{
	"upper": func(s string) string { return s + "!" },
}

func dispatch(name, arg string) string {
	h := handlers[name]
	return h(arg)
}

func main() {
	fmt.Println(dispatch("upper", "hey"))
	fmt.Println(dispatch("missing", "hey"))
}
