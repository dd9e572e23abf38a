067_inlined_range_loop.go:9:9: moved to heap: x
067_inlined_range_loop.go:23:9: moved to heap: x
067_inlined_range_loop.go:25:9: moved to heap: x
