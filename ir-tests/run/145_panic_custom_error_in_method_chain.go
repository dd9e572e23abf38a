package main

import (
	"fmt"
	"strings"
)

type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string { return "config " + e.Key + ": " + e.Reason }

type Config map[string]string

func (c Config) Require(keys ...string) Config {
	for _, k := range keys {
		if strings.TrimSpace(c[k]) == "" {
			panic(&ConfigError{k, "missing"})
		}
	}
	return c
}

func (c Config) Print() Config {
	fmt.Println("config has", len(c), "keys; host =", c["host"])
	return c
}

func main() {
	c := Config{"host": "localhost", "port": "8080", "user": " "}
	c.Require("host", "port").Print()
	defer fmt.Println("main's deferred call")
	c.Require("host", "user").Print()
}
