046_continue_copy_out.go:8:6: moved to heap: i
