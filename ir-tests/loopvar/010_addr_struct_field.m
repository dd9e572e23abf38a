010_addr_struct_field.go:13:9: moved to heap: name
