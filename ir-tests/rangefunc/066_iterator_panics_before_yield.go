package main

import (
	"fmt"
	"iter"
)

func broken(msg string) iter.Seq[int] {
	return func(yield func(int) bool) {
		panic(msg)
	}
}

// The iterator panics before the first yield: the state check is never reached;
// the caller's recover sees the iterator's value.
func use() (res string) {
	defer func() { res = fmt.Sprint("recovered: ", recover()) }()
	for v := range broken("no data") {
		return fmt.Sprint("got ", v)
	}
	return "unreachable"
}

func main() {
	fmt.Println(use())
}
