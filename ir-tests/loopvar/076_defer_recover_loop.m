076_defer_recover_loop.go:6:25: moved to heap: res
