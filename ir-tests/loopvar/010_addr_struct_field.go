package main

import "fmt"

type holder struct {
	name string
	ptr  *string
}

// &name stored in struct fields.
func main() {
	var hs []holder
	for _, name := range []string{"ann", "bob", "cy"} {
		hs = append(hs, holder{name: name, ptr: &name})
	}
	for _, h := range hs {
		fmt.Println(h.name, *h.ptr, h.name == *h.ptr)
	}
}
