// Package runtime is loopc's implementation of Go's run-time system, written in the Go
// subset loopc compiles plus package unsafe (allowed only in loopc's own std packages).
//
// This file is the CONTRACT between the compiler (loopc-lower, loopc-codegen) and the
// runtime: the memory layouts of Go values, the type descriptors the compiler emits as
// read-only data, and the intrinsics. api.go lists the functions the compiler calls.
// Both sides must change together.
//
// # Values
//
//	string       {data *byte, len int}                 16 bytes
//	slice        {data unsafe.Pointer, len, cap int}   24 bytes
//	interface{}  {typ *_type, data unsafe.Pointer}     16 bytes (eface)
//	interface{M} {tab *itab, data unsafe.Pointer}      16 bytes (iface)
//	map          *hmap                                 8 bytes (nil map: nil)
//	func value   *closure object (code pointer at offset 0)   8 bytes
//	pointer      8 bytes; bool 1 byte; ints and floats their size
//
// The data word of an interface holds the value itself when the dynamic type is
// pointer-shaped (tflagDirectIface: pointers, maps, func values, and structs/arrays whose
// only non-zero-size element is pointer-shaped), and otherwise a pointer to a heap copy of
// the value (never shared with a variable, so it is immutable).
//
// # Functions
//
// Every Go function, including the ones in this package, takes the goroutine pointer g as
// a hidden first parameter (closures: right after the closure object). A panic sets
// g.panicking and returns normally; callers check the flag after each call that may panic
// (see loopc-ir's crate doc). getg returns the hidden parameter.
//
// Functions declared without a body and marked `//loopc:libc NAME` are libc functions:
// calls to them are direct C calls of NAME, with no hidden g. Functions marked
// `//loopc:intrinsic NAME` are implemented by the compiler inline.
package runtime

import "unsafe"

// Kinds, numbered as reflect.Kind.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindArray         = 17
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// Type flags.
const (
	tflagNamed       = 1 << 0 // a defined (named) type: str is its qualified name
	tflagComparable  = 1 << 1 // == is defined and cannot panic on this type's values
	tflagDirectIface = 1 << 2 // stored directly in an interface's data word
	tflagHasCmpIface = 1 << 3 // comparable but contains interfaces (== may panic)
)

// _type describes one Go type. The compiler emits exactly one descriptor per distinct type
// in the program (as read-only data), so descriptor pointers compare equal iff the types
// are identical. Fields the kind does not use are zero.
type _type struct {
	size     uintptr
	hash     uint32 // FNV-1a of str, for type switches and hashing interfaces
	kind     uint8
	align    uint8
	tflag    uint8
	_        uint8
	str      string        // the type as %T prints it: "int", "main.Point", "[]string", "*main.T", "map[string]int", "func(int) bool"
	pkgpath  string        // defining package of a named type ("main"); "" otherwise
	elem     *_type        // Pointer, Slice, Array: element; Map: value type
	key      *_type        // Map: key type
	len      uintptr       // Array: length
	fields   []structField // Struct: fields in declaration order
	methods  []method      // the type's method set, sorted by name (for T: value-receiver methods; for *T: all)
	imethods []imethod     // Interface: methods sorted by name
	params   []*_type      // Func: parameter types (a variadic ...T is []T)
	results  []*_type      // Func: result types
	variadic bool          // Func: last parameter is variadic
}

// structField describes one field of a struct type.
type structField struct {
	name     string // field name; the type's name for an embedded field
	typ      *_type
	offset   uintptr
	embedded bool
	exported bool
}

// method is one entry of a method set.
type method struct {
	name string
	typ  *_type         // the method's signature as a func type, without receiver
	ifn  unsafe.Pointer // code pointer: func(g, recv unsafe.Pointer (the interface data word), params...) results
}

// imethod is one method of an interface type.
type imethod struct {
	name string
	typ  *_type // func type without receiver
}

// itab pairs a non-empty interface type with a concrete type that implements it. fun has
// len(inter.imethods) entries (the array is allocated longer than declared), in imethods
// order, each the ifn of the concrete type's method of that name. The compiler emits itabs
// for conversions it can see as read-only data; getitab builds the others at run time.
type itab struct {
	inter *_type
	typ   *_type
	hash  uint32 // copy of typ.hash
	_     uint32
	fun   [1]unsafe.Pointer
}

// eface is the layout of interface{} values.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

// iface is the layout of non-empty interface values.
type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// stringHeader is the layout of strings.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// sliceHeader is the layout of slices.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// g is the goroutine record (there is one goroutine). Its first two fields are fixed by
// loopc-codegen's runtime core (ir/rt.lir), which allocates 64 bytes for it: keep the
// struct within that size or change both.
type g struct {
	panicking bool    // offset 0: a panic is in progress (checked after calls)
	panicval  any     // offset 8: the value of the newest panic in progress (16 bytes)
	_panic    *_panic // offset 24: the chain of panics in progress, newest first
	deferring int     // offset 32: number of active deferred calls run by a panic's unwinding
	exiting   bool    // offset 40: os.Exit or a fatal error is in progress
	curdefer  *_panic // offset 48: the panic running the innermost active deferred call (nil: none, or a normal one)
}

// _panic records one panic in progress.
type _panic struct {
	arg       any
	link      *_panic // the panic that was in progress when this one started
	recovered bool
	repanic   bool // re-panicked with the value it recovered ("[recovered, repanicked]")
	aborted   bool // a newer panic left a deferred call this panic was running
	deferfp   unsafe.Pointer // frame of the wrapper running this panic's current deferred call
}

//loopc:intrinsic getg
func getg() *g

//loopc:libc write
func libc_write(fd int32, p unsafe.Pointer, n uintptr) int

//loopc:libc exit
func libc_exit(code int32)

//loopc:libc calloc
func libc_calloc(n, size uintptr) unsafe.Pointer

//loopc:libc memmove
func libc_memmove(dst, src unsafe.Pointer, n uintptr) unsafe.Pointer

//loopc:libc memcmp
func libc_memcmp(a, b unsafe.Pointer, n uintptr) int32
