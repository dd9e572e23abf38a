031_multi_init_both_captured.go:9:9: moved to heap: j
