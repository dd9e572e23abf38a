// Package runtime is loopc's implementation of Go's run-time system.
//
// This file holds the run-time checks of range-over-func loops (SEMANTICS.md §4.3):
// the rangefunc pass calls panicrangestate when an iterator misuses the loop body; and
// the shims of defer statements in loop bodies (deferrangefunc, deferprocat), which
// lowering calls.

package runtime

import "unsafe"

// Range-over-func body states, as in gc's rewrite (abi.RF_*).
const (
	rfDone         = 0 // the body returned false (break, return, ...)
	rfReady        = 1 // the body may be called
	rfPanic        = 2 // the body panicked
	rfExhausted    = 3 // the iterator returned: the loop is over
	rfMissingPanic = 4 // checked after the iterator returned while the state was rfPanic
)

// panicrangestate panics for a range-over-func state violation (SEMANTICS.md §4.3):
// state is abi.RF_DONE (0), RF_PANIC (2), RF_EXHAUSTED (3) or RF_MISSING_PANIC (4).
//
//loopc:root rangefunc
func panicrangestate(state int) {
	switch state {
	case rfDone:
		gopanic(errorString("range function continued iteration after function for loop body returned false"))
	case rfPanic:
		gopanic(errorString("range function continued iteration after loop body panic"))
	case rfExhausted:
		gopanic(errorString("range function continued iteration after whole loop exit"))
	case rfMissingPanic:
		gopanic(errorString("range function recovered a loop body panic and did not resume panicking"))
	default:
		fatal("unexpected state passed to panicrangestate")
	}
}

// Defers in range-over-func bodies (SEMANTICS.md §5). A defer statement in a loop body
// belongs to the function enclosing the loop, not to the body closure, so lowering emits
// Go's protocol for it:
//
//	token := deferrangefunc(d) // before the outermost loop; d: the function's defer frame
//	...
//	deferprocat(token, fn)     // each defer statement in the loop bodies (any depth)
//
// The work is done in ir/rt.lir, on its defer stacks: the token carries a defer stack of
// its own and is pushed on d as the loop's rangefunc record. When d's deferred calls reach
// the record, rt_deferconvert poisons the token's stack and runs its calls newest first,
// in the record's place (gc's deferconvert splices them into the chain there). A body
// that defers after that is the fatal error "defer after range func returned".

// deferrangefunc returns the token the body defers of one range-over-func loop nest push
// onto, and records the loop's position among the deferred calls of frame d.
func deferrangefunc(d unsafe.Pointer) unsafe.Pointer {
	return rt_deferrangefunc(d)
}

// deferprocat defers fn (a closure of no arguments: lowering's defer wrapper) on the
// frame of token; fatal once that frame's deferred calls have reached the loop.
func deferprocat(token unsafe.Pointer, fn unsafe.Pointer) {
	rt_deferprocat(token, fn)
}

// rt_deferrangefunc is defined in ir/rt.lir: a token (also the rangefunc record) pushed
// on defer stack d.
//
//loopc:libc rt_deferrangefunc
func rt_deferrangefunc(d unsafe.Pointer) unsafe.Pointer

// rt_deferprocat is defined in ir/rt.lir: pushes fn on token's defer stack.
//
//loopc:libc rt_deferprocat
func rt_deferprocat(token unsafe.Pointer, fn unsafe.Pointer)
