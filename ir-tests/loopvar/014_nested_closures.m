014_nested_closures.go:8:6: moved to heap: i
