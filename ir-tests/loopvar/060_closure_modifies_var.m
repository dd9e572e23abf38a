060_closure_modifies_var.go:9:6: moved to heap: i
