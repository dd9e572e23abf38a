package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Errorf("unwrap on error: %w", r.Err))
	}
	return r.Val
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func Lookup[K comparable, V any](m map[K]V, k K) Option[V] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 0}
	for _, name := range []string{"ann", "bob", "cy"} {
		o := Lookup(ages, name)
		fmt.Println(name, o, o.OrElse(-1), MapOpt(o, func(a int) string { return strconv.Itoa(a * 2) }))
	}
	fmt.Printf("%v %v %s\n", Some("x"), None[float64](), Some([]int{1, 2}))
	r1 := Try(strconv.Atoi("42"))
	r2 := Try(strconv.Atoi("4x2"))
	fmt.Println(r1.Unwrap(), r2.Err)
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("recovered:", err)
			var ne *strconv.NumError
			fmt.Println(errors.As(err, &ne), ne.Func)
		}()
		r2.Unwrap()
	}()
	nested := Some(Some(3))
	fmt.Println(nested, nested.val.val)
}
