// Package runtime is loopc's implementation of Go's run-time system.
//
// The functions the compiler (loopc-lower) calls, by these names. Each is implemented in
// this package's other files, where its declaration and doc comment live; this file is
// the index. All take the hidden g. Panic messages are Go's exactly (SEMANTICS.md §6):
// they become the `panic: ...` line.
//
// Changes (by the "runtime" helper, against the first version of this contract):
//   - deferstart/deferend (panic.go) are new and REQUIRED: the wrapper of every deferred
//     call is `tok := deferstart(frame_addr); f(args); deferend(tok)` with no panic check between
//     the three calls. Without them a deferred call run by a panic would see the
//     panicking flag after its first call and bail out, and recover could not work.
//     g gained curdefer (offset 48, within rt.lir's 64 bytes); _panic gained aborted.
//   - exit (proc.go) is new: os.Exit's implementation (called by std.go's Exit).
//   - printfloat32 (print.go) is new: println of a float32 must print its shortest
//     float32 form ("0.1"), which printfloat(float64(v)) cannot.
//   - getitab accepts typ == nil (a nil interface value): nil when canfail, otherwise the
//     panic "interface conversion: interface is nil, not I" (x.(I) on a nil x).
//   - panicSlice's which is Go's abi.BoundsErrorCode (1..8), as error.go's bounds*
//     constants list; 0 is panicIndex's code.
//   - typedmemequal with an interface type's descriptor compares two interface values
//     (dynamic types first, then values; panics for uncomparable dynamic types). Use it
//     for == on interface values: two itabs for the same pair may be distinct (static
//     ones from the compiler, others from getitab), so itab pointers must not decide.
//   - printeface also prints non-empty interfaces (pass the itab as the first word).
//
// Index:
//
//	malloc.go    mallocgc
//	string.go    concatstrings cmpstring intstring slicebytetostring stringtoslicebyte
//	             stringtoslicerune slicerunetostring decoderune
//	alg.go       memequal typedmemequal efaceeq
//	slice.go     growslice growslicebuf makeslice slicecopy
//	map.go       makemap mapaccess1 mapaccess2 mapassign mapdelete mapclear maplen
//	             mapiterinit mapiterkey mapiterelem mapiternext
//	iface.go     getitab panicdottype
//	panic.go     gopanic gorecover deferstart deferend panicIndex panicSlice panicdivide
//	             panicshift panicmem fatal
//	rangefunc.go panicrangestate deferrangefunc deferprocat
//	print.go     printbool printint printuint printfloat printfloat32 printstring
//	             printpointer printeface printslice printsp printnl
//	proc.go      main main_main args exit
//
// Which calls can panic (the caller must check g.panicking after them): growslice,
// makeslice, mapaccess1, mapaccess2, mapassign, mapdelete, getitab (canfail false),
// panicdottype, efaceeq, typedmemequal (interfaces inside), gopanic and the panic*
// functions, and deferend (it may set the flag again to resume a panic). fatal does not
// return.

package runtime
