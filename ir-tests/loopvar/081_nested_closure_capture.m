081_nested_closure_capture.go:33:6: moved to heap: k
