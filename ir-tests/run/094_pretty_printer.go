package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			render(e, indent+1, b)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]any{
		"name":    "loopc",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"compiler", "go", 42, nil, []any{}},
		"authors": []any{
			map[string]any{"name": "A \"quoted\" name", "commits": 120},
			map[string]any{"name": "tab\there", "commits": 7, "extra": map[string]any{}},
		},
		"weird": struct{}{},
		"big":   1e21,
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
	b.Reset()
	render([]any{1, 2.5, "x"}, 0, &b)
	fmt.Println(b.String(), b.Len())
}
