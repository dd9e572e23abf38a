022_inlined_function_loop.go:9:6: moved to heap: i
022_inlined_function_loop.go:16:24: moved to heap: i
