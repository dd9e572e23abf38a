package main

// The builtin println writes to stderr before the p3 check panics; FILE.stderr keeps it.
var later func(string) bool

func main() {
	words := func(yield func(string) bool) {
		later = yield
		for _, w := range []string{"one", "two"} {
			if !yield(w) {
				return
			}
		}
	}
	for w := range words {
		println("body", w, len(w))
	}
	println("after loop", true, 1.5)
	later("three")
}
