033_return_exemption.go:8:9: moved to heap: x
033_return_exemption.go:24:6: moved to heap: i
