// Package runtime stands in for loopc's internal runtime package when gocheck/fmt/run.sh
// runs loopc's std sources on gc: it implements the exported API of
// go/runtime/reflectlite.go and go/runtime/std.go with gc's reflect, math and os, so that
// fmt, strconv, errors, sort and os run unchanged. Keep it in sync with those files.
package runtime

import (
	"math"
	"os"
	"reflect"
	"sync"
)

func Float64bits(f float64) uint64     { return math.Float64bits(f) }
func Float64frombits(b uint64) float64 { return math.Float64frombits(b) }
func Float32bits(f float32) uint32     { return math.Float32bits(f) }
func Float32frombits(b uint32) float32 { return math.Float32frombits(b) }

func Write(fd int, b []byte) (int, int) {
	f := os.Stdout
	if fd == 2 {
		f = os.Stderr
	}
	n, err := f.Write(b)
	if err != nil {
		return n, 5
	}
	return n, 0
}

func Exit(code int)                  { os.Exit(code) }
func Args() []string                 { return os.Args }
func Swapper(slice any) func(i, j int) { return reflect.Swapper(slice) }

type Kind uint8

const (
	Invalid       = Kind(reflect.Invalid)
	Bool          = Kind(reflect.Bool)
	Int           = Kind(reflect.Int)
	Int8          = Kind(reflect.Int8)
	Int16         = Kind(reflect.Int16)
	Int32         = Kind(reflect.Int32)
	Int64         = Kind(reflect.Int64)
	Uint          = Kind(reflect.Uint)
	Uint8         = Kind(reflect.Uint8)
	Uint16        = Kind(reflect.Uint16)
	Uint32        = Kind(reflect.Uint32)
	Uint64        = Kind(reflect.Uint64)
	Uintptr       = Kind(reflect.Uintptr)
	Float32       = Kind(reflect.Float32)
	Float64       = Kind(reflect.Float64)
	Complex64     = Kind(reflect.Complex64)
	Complex128    = Kind(reflect.Complex128)
	Array         = Kind(reflect.Array)
	Chan          = Kind(reflect.Chan)
	Func          = Kind(reflect.Func)
	Interface     = Kind(reflect.Interface)
	Map           = Kind(reflect.Map)
	Pointer       = Kind(reflect.Pointer)
	Slice         = Kind(reflect.Slice)
	String        = Kind(reflect.String)
	Struct        = Kind(reflect.Struct)
	UnsafePointer = Kind(reflect.UnsafePointer)
)

func (k Kind) String() string { return reflect.Kind(k).String() }

// Type wraps a reflect.Type; types map to unique *Type so that pointer equality is type
// identity, as with loopc's descriptors.
type Type struct{ t reflect.Type }

var types sync.Map // reflect.Type -> *Type

func wrap(t reflect.Type) *Type {
	if t == nil {
		return nil
	}
	if w, ok := types.Load(t); ok {
		return w.(*Type)
	}
	w, _ := types.LoadOrStore(t, &Type{t})
	return w.(*Type)
}

type StructField struct {
	Name     string
	Type     *Type
	Offset   uintptr
	Embedded bool
	Exported bool
}

func TypeOf(i any) *Type            { return wrap(reflect.TypeOf(i)) }
func (t *Type) Kind() Kind          { return Kind(t.t.Kind()) }
func (t *Type) String() string      { return t.t.String() }
func (t *Type) Size() uintptr       { return t.t.Size() }
func (t *Type) ID() uintptr         { return reflect.ValueOf(t.t).Pointer() }
func (t *Type) Elem() *Type         { return wrap(t.t.Elem()) }
func (t *Type) Key() *Type          { return wrap(t.t.Key()) }
func (t *Type) Len() int            { return t.t.Len() }
func (t *Type) NumField() int       { return t.t.NumField() }
func (t *Type) Comparable() bool    { return t.t.Comparable() }
func (t *Type) Implements(u *Type) bool   { return t.t.Implements(u.t) }
func (t *Type) AssignableTo(u *Type) bool { return t.t.AssignableTo(u.t) }
func (t *Type) Field(i int) StructField {
	f := t.t.Field(i)
	return StructField{f.Name, wrap(f.Type), f.Offset, f.Anonymous, f.IsExported()}
}

type Value struct{ v reflect.Value }

func ValueOf(i any) Value             { return Value{reflect.ValueOf(i)} }
func (v Value) IsValid() bool         { return v.v.IsValid() }
func (v Value) Kind() Kind            { return Kind(v.v.Kind()) }
func (v Value) Type() *Type           { return wrap(v.v.Type()) }
func (v Value) CanInterface() bool    { return v.v.CanInterface() }
func (v Value) CanSet() bool          { return v.v.CanSet() }
func (v Value) Bool() bool            { return v.v.Bool() }
func (v Value) Int() int64            { return v.v.Int() }
func (v Value) Uint() uint64          { return v.v.Uint() }
func (v Value) Float() float64        { return v.v.Float() }
func (v Value) String() string        { return v.v.String() }
func (v Value) Len() int              { return v.v.Len() }
func (v Value) Bytes() []byte         { return v.v.Bytes() }
func (v Value) Index(i int) Value     { return Value{v.v.Index(i)} }
func (v Value) NumField() int         { return v.v.NumField() }
func (v Value) Field(i int) Value     { return Value{v.v.Field(i)} }
func (v Value) Elem() Value           { return Value{v.v.Elem()} }
func (v Value) IsNil() bool           { return v.v.IsNil() }
func (v Value) Pointer() uintptr      { return v.v.Pointer() }
func (v Value) Interface() any        { return v.v.Interface() }
func (v Value) Set(x Value)           { v.v.Set(x.v) }
func (v Value) MapRange() *MapIter    { return &MapIter{v.v.MapRange()} }

type MapIter struct{ it *reflect.MapIter }

func (it *MapIter) Next() bool   { return it.it.Next() }
func (it *MapIter) Key() Value   { return Value{it.it.Key()} }
func (it *MapIter) Value() Value { return Value{it.it.Value()} }
