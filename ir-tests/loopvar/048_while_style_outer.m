048_while_style_outer.go:9:2: moved to heap: n
048_while_style_outer.go:14:2: moved to heap: m
