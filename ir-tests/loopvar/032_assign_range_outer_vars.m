032_assign_range_outer_vars.go:8:6: moved to heap: k
032_assign_range_outer_vars.go:9:6: moved to heap: v
032_assign_range_outer_vars.go:18:6: moved to heap: i
