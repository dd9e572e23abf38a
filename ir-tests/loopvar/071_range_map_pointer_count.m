071_range_map_pointer_count.go:10:6: moved to heap: k
071_range_map_pointer_count.go:10:9: moved to heap: v
