package runtime

import "unsafe"

// The functions the compiler (loopc-lower) calls, by these names. Each is implemented in
// this package's other files; the declarations here fix the signatures and semantics.
// Until a function has a body it is declared here without one; when implementing it, move
// the declaration (with its doc comment) to the implementing file. All take the hidden g.
//
// Panic messages are Go's exactly (SEMANTICS.md §6): they become the `panic: ...` line.

// ---- allocation (heap objects come from rt_alloc in ir/rt.lir; Go code uses mallocgc) ----

// mallocgc returns size bytes of zeroed memory aligned for any type.
func mallocgc(size uintptr) unsafe.Pointer

// ---- strings ----

// concatstrings returns the concatenation of a's elements (a fresh string; "" if all empty).
func concatstrings(a []string) string

// cmpstring compares a and b bytewise: -1, 0 or +1.
func cmpstring(a, b string) int

// memequal reports whether the n bytes at p and q are equal.
func memequal(p, q unsafe.Pointer, n uintptr) bool

// intstring converts a rune value to its UTF-8 string (U+FFFD for invalid code points).
func intstring(v int64) string

// slicebytetostring copies b into a new string.
func slicebytetostring(b []byte) string

// stringtoslicebyte copies s into a new []byte (cap as Go's rounding to size classes gives).
func stringtoslicebyte(s string) []byte

// stringtoslicerune decodes s into a new []rune.
func stringtoslicerune(s string) []rune

// slicerunetostring encodes r as UTF-8.
func slicerunetostring(r []rune) string

// decoderune decodes the rune starting at byte k of s (k < len(s)), for `range s`:
// it returns the rune (U+FFFD for invalid UTF-8, consuming one byte) and the next index.
func decoderune(s string, k int) (r rune, next int)

// ---- slices ----

// growslice grows a slice for append: old holds oldLen elements of et in a backing array
// of capacity oldCap; the result has length newLen (> oldCap) and a new backing array
// containing the old elements, with capacity chosen by Go's growth rule (including the
// rounding up to malloc size classes, so cap() prints what Go prints).
func growslice(oldPtr unsafe.Pointer, newLen, oldCap, num int, et *_type) (ptr unsafe.Pointer, length, capacity int)

// makeslice allocates a zeroed backing array for make([]T, len, cap); it panics with
// "runtime error: makeslice: len out of range" / "cap out of range" as Go does.
func makeslice(et *_type, length, capacity int) unsafe.Pointer

// slicecopy implements copy(): copies min(toLen, fromLen) elements of width bytes and
// returns that count.
func slicecopy(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int

// ---- maps ----
// t is always the map type's descriptor (t.key, t.elem); keys and elems are passed by
// pointer. Iteration order need not be random, but programs must not be able to rely on
// insertion order either: iterate in hash order.

// makemap creates a map with room for hint entries.
func makemap(t *_type, hint int) unsafe.Pointer

// mapaccess1 returns a pointer to m[key]'s element, or to a zero value if absent (m may
// be nil). It panics if the key's dynamic type (interface keys) is not comparable:
// "runtime error: hash of unhashable type T".
func mapaccess1(t *_type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

// mapaccess2 is mapaccess1 plus whether the key was present.
func mapaccess2(t *_type, m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)

// mapassign returns a pointer to the element slot for key, inserting a zeroed one if
// absent. A nil m panics with "assignment to entry in nil map".
func mapassign(t *_type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

// mapdelete removes key (no-op on nil map or absent key).
func mapdelete(t *_type, m unsafe.Pointer, key unsafe.Pointer)

// mapclear removes every entry (clear(m)).
func mapclear(t *_type, m unsafe.Pointer)

// maplen returns len(m) (0 for nil).
func maplen(m unsafe.Pointer) int

// mapiterinit starts an iteration over m (nil: empty) and returns the iterator; it is
// positioned on the first entry. Entries added during iteration may or may not be seen,
// deleted ones not yet reached are not, as the Go spec allows.
func mapiterinit(t *_type, m unsafe.Pointer) unsafe.Pointer

// mapiterkey returns a pointer to the current key, or nil when the iteration is over.
func mapiterkey(it unsafe.Pointer) unsafe.Pointer

// mapiterelem returns a pointer to the current element.
func mapiterelem(it unsafe.Pointer) unsafe.Pointer

// mapiternext advances the iterator.
func mapiternext(it unsafe.Pointer)

// ---- interfaces ----

// getitab returns the itab for (inter, typ), building and caching it. If typ does not
// implement inter it returns nil when canfail, else panics with Go's
// "interface conversion: T is not I: missing method M".
func getitab(inter *_type, typ *_type, canfail bool) *itab

// panicdottype panics for a failed x.(T) with a concrete T: have is x's dynamic type (nil
// if x is nil), want is T, iface is x's static interface type. Message as Go:
// "interface conversion: interface {} is string, not int" /
// "interface conversion: interface is nil, not main.T".
func panicdottype(have, want, iface *_type)

// efaceeq reports whether two interface values with the same dynamic type t hold equal
// values (x and y are the data words). It panics with
// "runtime error: comparing uncomparable type T" if t is not comparable.
func efaceeq(t *_type, x, y unsafe.Pointer) bool

// typedmemequal compares two values of type t in memory (strings by content, floats by
// value, interfaces by dynamic type and value, structs and arrays elementwise).
func typedmemequal(t *_type, p, q unsafe.Pointer) bool

// ---- panics, recover, errors ----

// gopanic starts a panic with value e (panic(nil) panics with a *PanicNilError whose
// message is "panic called with nil argument"). It records the panic in g and returns:
// the compiler's unwind protocol runs deferred calls.
func gopanic(e any)

// gorecover implements recover(): inside a deferred call run by a panicking unwind, it
// stops the panic and returns its value; otherwise nil.
func gorecover() any

// panicIndex: "runtime error: index out of range [x] with length y".
func panicIndex(x int, y int)

// panicSlice: the slice-bounds family ("slice bounds out of range [:x] with capacity y", ...);
// which is a code giving the form exactly as Go's boundsError kinds.
func panicSlice(which int, x int, y int)

// panicdivide: "runtime error: integer divide by zero".
func panicdivide()

// panicshift: "runtime error: negative shift amount".
func panicshift()

// panicmem: "runtime error: invalid memory address or nil pointer dereference".
func panicmem()

// panicrangestate panics for a range-over-func state violation (SEMANTICS.md §4.3):
// state is abi.RF_DONE (0), RF_PANIC (2), RF_EXHAUSTED (3) or RF_MISSING_PANIC (4).
func panicrangestate(state int)

// fatal prints "fatal error: msg" and exits with status 2 (not recoverable).
func fatal(msg string)

// ---- builtin print/println (to stderr) ----

func printbool(v bool)
func printint(v int64)
func printuint(v uint64)
func printfloat(v float64)
func printstring(s string)
func printpointer(p unsafe.Pointer)
func printeface(e any)
func printslice(p unsafe.Pointer, length, capacity int)
func printsp()
func printnl()

// ---- program start and exit ----

// main is called by the process entry (rt_go_entry) with os.Args' source; it runs the
// program's main.main, then, if a panic is still in progress, prints Go's panic report
// ("panic: VALUE" with " [recovered]" etc. and "\n\ngoroutine 1 [running]:\n") to stderr
// and exits with status 2; otherwise exits 0.
func main(argc int32, argv unsafe.Pointer)

// main_main is the program's main.main; the compiler links the call.
//
//loopc:intrinsic main_main
func main_main()

// args returns the command-line arguments (os.Args), built from main's argc/argv.
func args() []string
