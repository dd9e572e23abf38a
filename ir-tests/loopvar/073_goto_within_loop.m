073_goto_within_loop.go:8:6: moved to heap: i
073_goto_within_loop.go:9:3: moved to heap: tries
