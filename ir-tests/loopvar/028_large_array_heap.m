028_large_array_heap.go:9:6: moved to heap: a
