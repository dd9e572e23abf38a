019_first_iter_pointer.go:8:6: moved to heap: i
