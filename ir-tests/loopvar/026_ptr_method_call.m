026_ptr_method_call.go:21:9: moved to heap: it
