077_switch_continue_label.go:9:6: moved to heap: i
