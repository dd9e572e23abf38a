package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprint("slice of ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	case error:
		return "error"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "s", []int{1, 2}, func() int { return 9 }, 1.5} {
		fmt.Println(describe(v))
	}
	var v any = 3
	switch v.(type) {
	case int:
		fmt.Println("int without binding")
	}
	switch y := 1; t := v.(type) {
	case int:
		fmt.Println("init and bind", y, t)
	}
	if s, ok := v.(string); !ok {
		fmt.Println("not a string", s == "")
	}
}
