052_sprint_addr_heap.go:10:6: moved to heap: i
052_sprint_addr_heap.go:13:6: moved to heap: j
