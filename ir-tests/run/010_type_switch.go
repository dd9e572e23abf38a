package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Named struct{ Name string }

func (n Named) String() string { return "named:" + n.Name }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("%.1f°C", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case func() int:
		return fmt.Sprint("func returns ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	vals := []any{nil, 1, int8(2), int16(3), "hello", true, false, Celsius(21.5), 2.5,
		errors.New("bad"), Named{"x"}, []int{1, 2, 3}, func() int { return 7 }, map[string]int{}, uint(9), struct{}{}}
	for i, v := range vals {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
}
