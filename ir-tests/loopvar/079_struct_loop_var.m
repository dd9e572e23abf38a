079_struct_loop_var.go:10:6: moved to heap: p
