075_registry_param_escape.go:11:9: moved to heap: topic
