074_slices_of_slices_addr.go:10:9: moved to heap: row
