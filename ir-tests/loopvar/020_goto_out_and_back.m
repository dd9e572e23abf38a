020_goto_out_and_back.go:9:2: moved to heap: round
