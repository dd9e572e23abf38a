056_continue_outer_range.go:9:6: moved to heap: r
056_continue_outer_range.go:9:9: moved to heap: row
