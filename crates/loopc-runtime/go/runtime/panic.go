// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements panics and recover under loopc's unwind protocol (loopc-ir's
// crate doc): a panic is recorded in g and the panicking flag is set; every caller checks
// the flag after a call that may panic and, if set, runs its deferred calls (defer_run)
// and returns. A deferred call is wrapped by the compiler as
//
//	tok := deferstart(frame_addr)
//	f(args)            // no panic check between the three calls
//	deferend(tok)
//
// deferstart clears the flag while a deferred call that a panic runs executes, so its
// body runs normally and may recover; deferend then either ends the panic (recovered),
// resumes unwinding it (flag set again), or lets a newer panic raised by the call take
// over (the older one is then "aborted" and stays in the chain for the report).
//
// recover() stops the panic whose unwinding runs the innermost active deferred call, and
// only when called directly by the deferred function, as gc's argp check does: the
// wrapper passes its frame address to deferstart, which records it in the panic, and
// recover passes the frame address of its caller's caller (caller_frame in the function
// calling recover); they must be equal, or the caller must be a compiler wrapper called by
// that wrapper (wrapenter below).

package runtime

import "unsafe"

// sigpanic records that a nil dereference (a SIGSEGV in gc) is among the panics in
// progress: the report then prints Go's "[signal SIGSEGV ...]" line. Like gc's g.sig it
// is cleared only when every panic has been recovered.
var sigpanic bool

// gopanic starts a panic with value e (panic(nil) panics with a *PanicNilError whose
// message is "panic called with nil argument"). It records the panic in g and returns:
// the compiler's unwind protocol runs deferred calls.
func gopanic(e any) {
	if efaceOf(&e).typ == nil {
		e = new(PanicNilError)
	}
	gp := getg()
	p := (*_panic)(mallocgc(unsafe.Sizeof(_panic{})))
	p.arg = e
	p.link = gp._panic
	gp._panic = p
	gp.panicval = e
	gp.panicking = true
}

// deferstart is called by the wrapper of every deferred call, right before the call. If
// a panic is unwinding (the panicking flag is set), the call is run by that panic: the
// flag is cleared so that the call executes normally, and recover may stop the panic.
// The result is an opaque token for deferend. fp is the wrapper's frame address.
func deferstart(fp unsafe.Pointer) unsafe.Pointer {
	gp := getg()
	prev := unsafe.Pointer(gp.curdefer)
	if gp.panicking {
		gp.panicking = false
		gp.curdefer = gp._panic
		gp._panic.deferfp = fp
		gp.deferring++
	} else {
		gp.curdefer = nil
	}
	return prev
}

// deferend is called by the wrapper of every deferred call right after the call
// returns, whether or not it panicked, with deferstart's token. It decides how the panic
// that ran the call (if any) goes on; see the file comment.
func deferend(tok unsafe.Pointer) {
	gp := getg()
	p := gp.curdefer
	gp.curdefer = (*_panic)(tok)
	if p == nil {
		return
	}
	gp.deferring--
	switch {
	case gp.panicking:
		// A newer panic left the deferred call: it supersedes p.
		p.aborted = true
	case p.recovered:
		// The panic is over, with every panic it had aborted.
		q := p.link
		for q != nil && q.aborted {
			q = q.link
		}
		gp._panic = q
		gp.panicval = nil
		if q != nil {
			gp.panicval = q.arg
		} else {
			sigpanic = false
		}
	default:
		gp.panicking = true
	}
}

// wrapFrame and wrapCaller are the frame of the innermost running compiler wrapper
// (func-value and interface-method wrappers) of a function that calls recover, and the
// frame that called that wrapper: such a wrapper is transparent to recover, as gc's
// wrappers are, so `f := catch; defer f()` recovers in catch.
var wrapFrame, wrapCaller unsafe.Pointer

// wrapenter is called by such a wrapper before it calls its target, with its own frame and
// its caller's; it returns the previous pair for wrapexit, called after the target returns.
func wrapenter(fp, callerfp unsafe.Pointer) (oldfp, oldcaller unsafe.Pointer) {
	oldfp, oldcaller = wrapFrame, wrapCaller
	wrapFrame, wrapCaller = fp, callerfp
	return oldfp, oldcaller
}

// wrapexit restores wrapenter's previous pair.
func wrapexit(oldfp, oldcaller unsafe.Pointer) {
	wrapFrame, wrapCaller = oldfp, oldcaller
}

// gorecover implements recover(): called directly by a deferred function (callerfp, the
// frame that called recover's caller, is the wrapper's) that a panicking unwind runs, it
// stops the panic and returns its value; otherwise nil.
func gorecover(callerfp unsafe.Pointer) any {
	p := getg().curdefer
	if p == nil || p.recovered || p.aborted {
		return nil
	}
	if callerfp != p.deferfp && (callerfp != wrapFrame || wrapCaller != p.deferfp) {
		return nil
	}
	p.recovered = true
	return p.arg
}

// panicIndex: "runtime error: index out of range [x] with length y".
func panicIndex(x int, y int) {
	gopanic(boundsError{x: int64(x), y: y, code: boundsIndex})
}

// panicSlice: the slice-bounds family ("slice bounds out of range [:x] with capacity y",
// ...); which is Go's abi.BoundsErrorCode of the failed check (the bounds* constants in
// error.go: 1 [:x] vs len, 2 [:x] vs cap, 3 [x:y], 4 [::x] vs len, 5 [::x] vs cap,
// 6 [:x:y], 7 [x:y:], 8 slice to array conversion with x the array length, y the slice's).
func panicSlice(which int, x int, y int) {
	gopanic(boundsError{x: int64(x), y: y, code: which})
}

// panicdivide: "runtime error: integer divide by zero".
func panicdivide() {
	gopanic(errorString("integer divide by zero"))
}

// panicshift: "runtime error: negative shift amount".
func panicshift() {
	gopanic(errorString("negative shift amount"))
}

// panicmem: "runtime error: invalid memory address or nil pointer dereference". If the
// panic is not recovered, the report adds gc's signal line.
func panicmem() {
	sigpanic = true
	gopanic(errorString("invalid memory address or nil pointer dereference"))
}

// fatal prints "fatal error: msg" and exits with status 2 (not recoverable). Panics in
// progress are printed first, as gc does for a fatal error while running deferred calls.
func fatal(msg string) {
	gp := getg()
	// Every call below is followed by the unwind check: clear the flag first, or the
	// first call would return straight out of fatal.
	gp.panicking = false
	gp.exiting = true
	if p := gp._panic; p != nil {
		markRepanics(p)
		printpanics(p)
		printstring("\t")
	}
	printstring("fatal error: ")
	printindented(msg)
	printstring("\n\ngoroutine 1 [running]:\n")
	libc_exit(2)
}

// markRepanics sets repanic on every panic whose successor re-panicked with its value
// (the same interface words), so the report prints it once as "[recovered, repanicked]".
func markRepanics(p *_panic) {
	for ; p.link != nil; p = p.link {
		a, b := efaceOf(&p.arg), efaceOf(&p.link.arg)
		if a.typ == b.typ && a.data == b.data {
			p.link.repanic = true
		}
	}
}

// stringer is the interface of values with a String method.
type stringer interface {
	String() string
}

// panicText calls v's Error or String method, if it has one.
func panicText(v any) (string, bool) {
	if e, ok := v.(error); ok {
		return e.Error(), true
	}
	if s, ok := v.(stringer); ok {
		return s.String(), true
	}
	return "", false
}

// preprintpanics replaces each panic value that is an error or a Stringer by the text
// of its method, before anything is printed (gc's preprintpanics). A panic inside such a
// method is fatal.
func preprintpanics(p *_panic) {
	gp := getg()
	for ; p != nil; p = p.link {
		if p.link != nil {
			a, b := efaceOf(&p.arg), efaceOf(&p.link.arg)
			if a.typ == b.typ && a.data == b.data {
				p.link.repanic = true
				continue
			}
		}
		gp.panicking = false
		s, ok := panicText(p.arg)
		if gp.panicking {
			printPanicInMethod()
			return
		}
		if ok {
			p.arg = s
		}
	}
}

// printPanicInMethod reports a panic raised by an Error or String method called to print
// a panic value, as gc's "panic while printing panic value" throw, and exits.
func printPanicInMethod() {
	gp := getg()
	v := gp._panic.arg
	gp._panic = nil
	gp.panicking = false
	e := efaceOf(&v)
	if e.typ.kind == kindString && e.typ.pkgpath == "" {
		fatal("panic while printing panic value: " + *(*string)(e.data))
		return
	}
	fatal("panic while printing panic value: type " + e.typ.str)
}

// printpanics prints the chain of panics ending at p, oldest first, one per line.
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if p.link.repanic {
			return
		}
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered && p.repanic {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
	printstring("\n")
}

// fatalpanic prints Go's report of the uncaught panic p and exits with status 2.
func fatalpanic(p *_panic) {
	// The report runs with the panicking flag clear: every call is followed by the unwind
	// check, which would otherwise return out of the report at the first call.
	getg().panicking = false
	preprintpanics(p)
	getg().exiting = true
	printpanics(p)
	if sigpanic {
		printstring("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
	}
	printstring("\ngoroutine 1 [running]:\n")
	libc_exit(2)
}
