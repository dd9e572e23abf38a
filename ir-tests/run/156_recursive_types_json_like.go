package main

import (
	"fmt"
	"sort"
	"strings"
)

type Value interface{ kind() string }

type Null struct{}
type Bool bool
type Number float64
type String string
type Array []Value
type Object map[string]Value

func (Null) kind() string   { return "null" }
func (Bool) kind() string   { return "bool" }
func (Number) kind() string { return "number" }
func (String) kind() string { return "string" }
func (Array) kind() string  { return "array" }
func (Object) kind() string { return "object" }

func encode(v Value) string {
	switch x := v.(type) {
	case Null:
		return "null"
	case Bool:
		return fmt.Sprint(bool(x))
	case Number:
		return fmt.Sprint(float64(x))
	case String:
		return fmt.Sprintf("%q", string(x))
	case Array:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = encode(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%q:%s", k, encode(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return "?"
}

func depth(v Value) int {
	d := 0
	switch x := v.(type) {
	case Array:
		for _, e := range x {
			d = max(d, depth(e))
		}
		return d + 1
	case Object:
		for _, e := range x {
			d = max(d, depth(e))
		}
		return d + 1
	}
	return 0
}

func count(v Value, kinds map[string]int) {
	kinds[v.kind()]++
	switch x := v.(type) {
	case Array:
		for _, e := range x {
			count(e, kinds)
		}
	case Object:
		for _, e := range x {
			count(e, kinds)
		}
	}
}

func main() {
	doc := Object{
		"name":  String("widget"),
		"price": Number(9.99),
		"tags":  Array{String("a"), String("b\"c")},
		"stock": Object{"warehouse": Number(12), "store": Number(0), "backorder": Bool(false)},
		"notes": Null{},
		"deep":  Array{Array{Array{Object{}}}},
	}
	fmt.Println(encode(doc))
	fmt.Println("depth", depth(doc))
	kinds := map[string]int{}
	count(doc, kinds)
	fmt.Println(kinds)
	fmt.Println(encode(Array{}), encode(Object{}), encode(Number(1e21)), encode(Number(-0.5)))
}
