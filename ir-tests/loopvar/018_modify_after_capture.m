018_modify_after_capture.go:14:6: moved to heap: i
