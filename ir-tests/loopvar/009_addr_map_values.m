009_addr_map_values.go:8:6: moved to heap: i
