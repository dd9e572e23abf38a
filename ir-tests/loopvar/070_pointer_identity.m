070_pointer_identity.go:9:6: moved to heap: i
070_pointer_identity.go:17:9: moved to heap: r
