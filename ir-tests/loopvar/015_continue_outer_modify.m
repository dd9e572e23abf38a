015_continue_outer_modify.go:10:6: moved to heap: i
