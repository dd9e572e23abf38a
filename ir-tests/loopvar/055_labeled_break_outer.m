055_labeled_break_outer.go:9:6: moved to heap: i
