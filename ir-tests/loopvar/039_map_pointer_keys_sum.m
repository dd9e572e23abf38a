039_map_pointer_keys_sum.go:8:9: moved to heap: x
039_map_pointer_keys_sum.go:19:13: moved to heap: x
