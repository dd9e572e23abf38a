package main

import (
	"fmt"
	"iter"
)

func counted(log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "iterator defer") }()
		for i := 0; ; i++ {
			if !yield(i) {
				*log = append(*log, "iterator told to stop")
				return
			}
		}
	}
}

// After a recovered panic the enclosing function can use the same iterator again.
func attempt(limit int, log *[]string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			*log = append(*log, fmt.Sprint("recovered ", r))
			n = -1
		}
	}()
	for v := range counted(log) {
		if v == limit {
			panic(v)
		}
		if v == 3 {
			return v
		}
	}
	return 0
}

func main() {
	var log []string
	fmt.Println(attempt(2, &log), log)
	log = nil
	fmt.Println(attempt(10, &log), log)
}
