066_accumulator_and_var.go:7:2: moved to heap: total
