034_return_exemption_inlined.go:8:9: moved to heap: x
