042_struct_field_addr.go:10:9: moved to heap: v
