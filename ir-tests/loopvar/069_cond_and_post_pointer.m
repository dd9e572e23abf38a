069_cond_and_post_pointer.go:14:6: moved to heap: i
