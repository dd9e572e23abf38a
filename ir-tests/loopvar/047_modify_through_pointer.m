047_modify_through_pointer.go:8:6: moved to heap: i
