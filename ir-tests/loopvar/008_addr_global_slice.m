008_addr_global_slice.go:9:9: moved to heap: v
008_addr_global_slice.go:15:8: moved to heap: v
