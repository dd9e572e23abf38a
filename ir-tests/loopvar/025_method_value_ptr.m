025_method_value_ptr.go:12:9: moved to heap: c
