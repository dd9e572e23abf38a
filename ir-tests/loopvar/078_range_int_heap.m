078_range_int_heap.go:9:6: moved to heap: n
