package main

import "fmt"

type task struct {
	id  int
	run func() string
}

// Closures stored in a struct field in a slice of structs.
func main() {
	var tasks []task
	for id := 1; id <= 3; id++ {
		tasks = append(tasks, task{id: id, run: func() string { return fmt.Sprint("task ", id) }})
	}
	for _, t := range tasks {
		fmt.Println(t.id, t.run())
	}
}
