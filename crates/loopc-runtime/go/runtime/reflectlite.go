// Package runtime is loopc's implementation of Go's run-time system.
//
// This file is a small reflection API over the compiler's type descriptors, exported for
// loopc's standard packages (fmt's %v of any value, errors.As, sort.Slice's swapper); user
// code cannot import runtime. Its names and semantics follow package reflect, restricted to
// what those packages need: Type (= _type) with Kind, String, Elem, Key, Len, NumField,
// Field, Size, Comparable, Implements, AssignableTo; Value with the read accessors,
// Index/Field/Elem navigation, IsNil, Pointer, Interface, Set and map iteration.
//
// Value representation: when flagIndir is set, ptr points to the value (a heap copy owned
// by an interface, a slice element, a struct field, a map entry copy...); otherwise ptr IS
// the value, which is then of a pointer-shaped (direct-interface) type, as when ValueOf
// unpacks such an interface. Every method accepts both forms.
//
// Access rules mirror reflect's: values reached through unexported struct fields are
// read-only (flagRO): they can be read and navigated, but Interface panics on them, so fmt
// prints them without calling their String or Error methods, as gc does. Values reached
// through a pointer (Elem of a pointer, Index of a slice) are addressable (flagAddr), which
// Set requires.
package runtime

import "unsafe"

// Kind is the kind of type a Type represents; the numbering is reflect.Kind's.
type Kind uint8

// The kinds of types; loopc has no complex numbers or channels, but their numbers are kept
// so that the values match reflect's.
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// kindNames are the names of the kinds, indexed by Kind.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
	"uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
	"chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String returns the name of k, as reflect.Kind's String does.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + string(rlAppendUint(nil, uint64(k)))
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ---- types ----

// Type is a type descriptor emitted by the compiler: one per distinct type, so two *Type
// are equal iff the types are identical.
type Type = _type

// StructField describes one field of a struct type.
type StructField struct {
	Name     string // field name; for an embedded field, the type's name
	Type     *Type
	Offset   uintptr
	Embedded bool
	Exported bool
}

// TypeOf returns the dynamic type of i, or nil if i is nil.
func TypeOf(i any) *Type {
	return (*eface)(unsafe.Pointer(&i)).typ
}

// Kind returns the kind of t.
func (t *_type) Kind() Kind { return Kind(t.kind) }

// String returns the type as %T prints it ("int", "main.Point", "[]string", "*main.T").
func (t *_type) String() string { return t.str }

// Size returns the number of bytes a value of type t occupies.
func (t *_type) Size() uintptr { return t.size }

// ID returns the address of t's descriptor: a total order on types that is fixed for the
// run, which fmt uses to sort map keys of interface type (as internal/fmtsort does).
func (t *_type) ID() uintptr { return uintptr(unsafe.Pointer(t)) }

// Elem returns the element type of an array, pointer or slice type, or the value type of
// a map type.
func (t *_type) Elem() *Type {
	switch Kind(t.kind) {
	case Array, Map, Pointer, Slice:
		return t.elem
	}
	panic("reflect: Elem of invalid type " + t.str)
}

// Key returns a map type's key type.
func (t *_type) Key() *Type {
	if Kind(t.kind) != Map {
		panic("reflect: Key of non-map type " + t.str)
	}
	return t.key
}

// Len returns an array type's length.
func (t *_type) Len() int {
	if Kind(t.kind) != Array {
		panic("reflect: Len of non-array type " + t.str)
	}
	return int(t.len)
}

// NumField returns a struct type's field count.
func (t *_type) NumField() int {
	if Kind(t.kind) != Struct {
		panic("reflect: NumField of non-struct type " + t.str)
	}
	return len(t.fields)
}

// Field returns a struct type's i'th field.
func (t *_type) Field(i int) StructField {
	if Kind(t.kind) != Struct {
		panic("reflect: Field of non-struct type " + t.str)
	}
	if i < 0 || i >= len(t.fields) {
		panic("reflect: Field index out of bounds")
	}
	f := &t.fields[i]
	return StructField{Name: f.name, Type: f.typ, Offset: f.offset, Embedded: f.embedded, Exported: f.exported}
}

// Comparable reports whether values of type t can be compared with == (which may still
// panic at run time for interfaces holding incomparable values).
func (t *_type) Comparable() bool {
	return t.tflag&(tflagComparable|tflagHasCmpIface) != 0
}

// Implements reports whether type t implements the interface type u: every method of u
// is in t's method set with an identical signature. Both lists are sorted by name.
func (t *_type) Implements(u *Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if Kind(u.kind) != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	if Kind(t.kind) == Interface {
		j := 0
		for i := range u.imethods {
			want := &u.imethods[i]
			for j < len(t.imethods) && t.imethods[j].name < want.name {
				j++
			}
			if j == len(t.imethods) || t.imethods[j].name != want.name || t.imethods[j].typ != want.typ {
				return false
			}
			j++
		}
		return true
	}
	j := 0
	for i := range u.imethods {
		want := &u.imethods[i]
		for j < len(t.methods) && t.methods[j].name < want.name {
			j++
		}
		if j == len(t.methods) || t.methods[j].name != want.name || t.methods[j].typ != want.typ {
			return false
		}
		j++
	}
	return true
}

// AssignableTo reports whether a value of type t can be assigned to a variable of type u:
// the types are identical, or u is an interface type that t implements. (reflect also
// allows identical underlying types when one side is unnamed; the descriptors do not
// record underlying types, and no std caller needs it.)
func (t *_type) AssignableTo(u *Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t == u || Kind(u.kind) == Interface && t.Implements(u)
}

// ---- values ----

const (
	flagIndir uintptr = 1 << iota // ptr points to the value
	flagRO                        // obtained through an unexported struct field
	flagAddr                      // addressable: reached through a pointer
)

// Value is a Go value of any type; see the file comment for its representation. The zero
// Value is invalid (the result of ValueOf(nil) or Elem of a nil pointer or interface).
type Value struct {
	typ  *_type
	ptr  unsafe.Pointer
	flag uintptr
}

// rlZero is memory that values of zero-size types point to.
var rlZero uintptr

// ValueOf returns a Value holding the dynamic value of i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return rlUnpack(e.typ, e.data, 0)
}

// rlUnpack makes the Value of an interface's dynamic type and data word.
func rlUnpack(t *_type, data unsafe.Pointer, fl uintptr) Value {
	if t == nil {
		return Value{}
	}
	if t.tflag&tflagDirectIface != 0 {
		return Value{t, data, fl &^ flagAddr}
	}
	return Value{t, data, fl&^flagAddr | flagIndir}
}

// rlPanicKind panics as reflect does when method is called on a value of the wrong kind.
func rlPanicKind(method string, k Kind) {
	panic(&ValueError{Method: method, Kind: k})
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

// Type returns v's type.
func (v Value) Type() *Type {
	if v.typ == nil {
		rlPanicKind("reflect.Value.Type", Invalid)
	}
	return v.typ
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		rlPanicKind("reflect.Value.CanInterface", Invalid)
	}
	return v.flag&flagRO == 0
}

// CanSet reports whether v is addressable and not read-only.
func (v Value) CanSet() bool {
	return v.flag&(flagAddr|flagRO) == flagAddr
}

// word returns the value of a pointer-shaped v.
func (v Value) word() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// Bool returns v's underlying value; v's kind must be Bool.
func (v Value) Bool() bool {
	if v.Kind() != Bool {
		rlPanicKind("reflect.Value.Bool", v.Kind())
	}
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value; v's kind must be Int, Int8, Int16, Int32 or Int64.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	rlPanicKind("reflect.Value.Int", v.Kind())
	return 0
}

// Uint returns v's underlying value; v's kind must be Uint, Uintptr, Uint8, Uint16,
// Uint32 or Uint64.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	rlPanicKind("reflect.Value.Uint", v.Kind())
	return 0
}

// Float returns v's underlying value; v's kind must be Float32 or Float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	rlPanicKind("reflect.Value.Float", v.Kind())
	return 0
}

// String returns the string v holds; for other kinds, as reflect, "<T Value>" (or
// "<invalid Value>").
func (v Value) String() string {
	switch v.Kind() {
	case String:
		return *(*string)(v.ptr)
	case Invalid:
		return "<invalid Value>"
	}
	return "<" + v.typ.str + " Value>"
}

// Len returns v's length; v's kind must be Array, Map, Slice or String.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Map:
		return maplen(v.word())
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	}
	rlPanicKind("reflect.Value.Len", v.Kind())
	return 0
}

// Bytes returns the contents of a slice of bytes (sharing its backing array).
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || Kind(v.typ.elem.kind) != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *(*[]byte)(v.ptr)
}

// Index returns v's i'th element; v's kind must be Array or Slice.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		return Value{et, rlAdd(s.data, uintptr(i)*et.size), v.flag&flagRO | flagIndir | flagAddr}
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		if v.flag&flagIndir == 0 {
			// A direct-interface array has one pointer-shaped element: the word itself.
			return Value{et, v.ptr, v.flag}
		}
		if et.size == 0 {
			return Value{et, unsafe.Pointer(&rlZero), v.flag}
		}
		return Value{et, rlAdd(v.ptr, uintptr(i)*et.size), v.flag}
	}
	rlPanicKind("reflect.Value.Index", v.Kind())
	return Value{}
}

// NumField returns the number of fields of the struct v.
func (v Value) NumField() int {
	if v.Kind() != Struct {
		rlPanicKind("reflect.Value.NumField", v.Kind())
	}
	return len(v.typ.fields)
}

// Field returns the i'th field of the struct v. Fields reached through an unexported
// field are read-only.
func (v Value) Field(i int) Value {
	if v.Kind() != Struct {
		rlPanicKind("reflect.Value.Field", v.Kind())
	}
	if uint(i) >= uint(len(v.typ.fields)) {
		panic("reflect: Field index out of range")
	}
	f := &v.typ.fields[i]
	fl := v.flag
	if !f.exported {
		fl |= flagRO
	}
	if f.typ.size == 0 {
		return Value{f.typ, unsafe.Pointer(&rlZero), fl | flagIndir}
	}
	if fl&flagIndir == 0 {
		// A direct-interface struct: its only non-zero-size field is the word itself.
		return Value{f.typ, v.ptr, fl}
	}
	return Value{f.typ, rlAdd(v.ptr, f.offset), fl}
}

// Elem returns the value the interface v contains or the pointer v points to (the zero
// Value if v is nil).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		var dyn *_type
		var data unsafe.Pointer
		if len(v.typ.imethods) == 0 {
			e := (*eface)(v.ptr)
			dyn, data = e.typ, e.data
		} else {
			i := (*iface)(v.ptr)
			if i.tab != nil {
				dyn = i.tab.typ
			}
			data = i.data
		}
		return rlUnpack(dyn, data, v.flag&flagRO)
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, v.flag&flagRO | flagIndir | flagAddr}
	}
	rlPanicKind("reflect.Value.Elem", v.Kind())
	return Value{}
}

// IsNil reports whether v is nil; v's kind must be Func, Interface, Map, Pointer, Slice
// or UnsafePointer.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface, Slice:
		// The first word: the type or itab of an interface, the data of a slice.
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	rlPanicKind("reflect.Value.IsNil", v.Kind())
	return false
}

// Pointer returns v's value as a uintptr: the address for Pointer, Map, Slice (its first
// element) and UnsafePointer, the code pointer for Func.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Map, Pointer, UnsafePointer:
		return uintptr(v.word())
	case Func:
		c := v.word()
		if c == nil {
			return 0
		}
		return *(*uintptr)(c) // the closure object's code pointer
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	rlPanicKind("reflect.Value.Pointer", v.Kind())
	return 0
}

// Interface returns v's current value as an interface{}. It panics if v was obtained
// through an unexported struct field.
func (v Value) Interface() any {
	if v.typ == nil {
		rlPanicKind("reflect.Value.Interface", Invalid)
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if Kind(v.typ.kind) == Interface {
		// The contained value, as an empty interface.
		if len(v.typ.imethods) == 0 {
			return *(*any)(v.ptr)
		}
		i := (*iface)(v.ptr)
		if i.tab == nil {
			return nil
		}
		return rlPack(i.tab.typ, i.data)
	}
	return rlPack(v.typ, v.dataWord())
}

// dataWord returns the word an interface holding v's value stores: the value itself for
// direct-interface types, otherwise a pointer to a fresh heap copy.
func (v Value) dataWord() unsafe.Pointer {
	if v.typ.tflag&tflagDirectIface != 0 {
		return v.word()
	}
	p := mallocgc(v.typ.size)
	if v.typ.size != 0 {
		libc_memmove(p, v.ptr, v.typ.size)
	}
	return p
}

// rlPack builds the empty interface with dynamic type t and data word data.
func rlPack(t *_type, data unsafe.Pointer) any {
	var r any
	e := (*eface)(unsafe.Pointer(&r))
	e.typ = t
	e.data = data
	return r
}

// Set assigns x to the value v: v must be settable and x's type assignable to v's type
// (a concrete x is converted when v is an interface).
func (v Value) Set(x Value) {
	if v.typ == nil {
		rlPanicKind("reflect.Value.Set", Invalid)
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
	if x.typ == nil {
		panic("reflect: call of reflect.Value.Set on zero Value")
	}
	if x.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if !x.typ.AssignableTo(v.typ) {
		panic("reflect.Set: value of type " + x.typ.str + " is not assignable to type " + v.typ.str)
	}
	if x.typ == v.typ {
		if v.typ.size == 0 {
			return
		}
		if x.flag&flagIndir != 0 {
			libc_memmove(v.ptr, x.ptr, v.typ.size)
		} else {
			*(*unsafe.Pointer)(v.ptr) = x.ptr
		}
		return
	}
	// Concrete x into an interface-typed v.
	if len(v.typ.imethods) == 0 {
		e := (*eface)(v.ptr)
		e.typ = x.typ
		e.data = x.dataWord()
		return
	}
	i := (*iface)(v.ptr)
	i.tab = getitab(v.typ, x.typ, false)
	i.data = x.dataWord()
}

// MapIter iterates over a map's entries (Value.MapRange); the map is iterated with the
// runtime's map iterator, so the order is the map's own.
type MapIter struct {
	m       Value
	it      unsafe.Pointer
	started bool
}

// MapRange returns an iterator over the map v. Call Next before the first Key/Value.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		rlPanicKind("reflect.Value.MapRange", v.Kind())
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.started {
		it.started = true
		it.it = mapiterinit(it.m.typ, it.m.word())
	} else {
		if it.it == nil || mapiterkey(it.it) == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(it.it)
	}
	return mapiterkey(it.it) != nil
}

// Key returns a copy of the current entry's key.
func (it *MapIter) Key() Value {
	return rlCopyOut(it.m.typ.key, it.current(mapiterkey(it.it)), it.m.flag&flagRO)
}

// Value returns a copy of the current entry's element.
func (it *MapIter) Value() Value {
	it.current(mapiterkey(it.it))
	return rlCopyOut(it.m.typ.elem, mapiterelem(it.it), it.m.flag&flagRO)
}

// current checks that the iterator is positioned on an entry (p is its key).
func (it *MapIter) current(p unsafe.Pointer) unsafe.Pointer {
	if !it.started {
		panic("MapIter.Key called before Next")
	}
	if p == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	return p
}

// rlCopyOut returns a non-addressable Value holding a copy of the value of type t at p.
func rlCopyOut(t *_type, p unsafe.Pointer, fl uintptr) Value {
	c := mallocgc(t.size)
	if t.size != 0 {
		libc_memmove(c, p, t.size)
	}
	return Value{t, c, fl | flagIndir}
}

// rlAdd returns p+x.
func rlAdd(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// rlAppendUint appends the decimal form of u.
func rlAppendUint(b []byte, u uint64) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}
