041_array_elem_addr.go:8:9: moved to heap: a
