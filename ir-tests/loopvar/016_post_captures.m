016_post_captures.go:8:6: moved to heap: i
