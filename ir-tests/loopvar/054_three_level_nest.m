054_three_level_nest.go:8:6: moved to heap: i
054_three_level_nest.go:9:10: moved to heap: s
