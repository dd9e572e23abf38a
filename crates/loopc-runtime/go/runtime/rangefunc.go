// Package runtime is loopc's implementation of Go's run-time system.
//
// This file holds the run-time checks of range-over-func loops (SEMANTICS.md §4.3):
// the rangefunc pass calls panicrangestate when an iterator misuses the loop body.

package runtime

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
