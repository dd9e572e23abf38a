011_addr_returned.go:9:6: moved to heap: i
