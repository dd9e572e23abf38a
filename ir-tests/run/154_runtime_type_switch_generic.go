package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + strconv.Quote(x)
	case []T:
		return fmt.Sprintf("slice of own type len %d", len(x))
	case fmt.Stringer:
		return "stringer:" + x.String()
	case error:
		return "error:" + x.Error()
	}
	return fmt.Sprintf("other:%T", v)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func Convert[From, To any](xs []From, f func(From) (To, error)) ([]To, []error) {
	var out []To
	var errs []error
	for _, x := range xs {
		y, err := f(x)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, y)
	}
	return out, errs
}

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool { return v == Zero[T]() }

func main() {
	fmt.Println(Describe(5))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe(fmt.Errorf("bad")))
	fmt.Println(Describe([]int{1}))
	nums, errs := Convert([]string{"1", "x", "3", "4.5"}, strconv.Atoi)
	fmt.Println(nums, len(errs), errs)
	fl, _ := Convert([]int{1, 2}, func(i int) (float64, error) { return float64(i) / 4, nil })
	fmt.Println(fl)
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero(ID(0)), IsZero(struct{ a int }{}))
}
