// Scenarios: the programs of programs/ written the way loopc lowers them, on the runtime
// under test. Each call that may panic is followed by a check of g.panicking that unwinds
// (runs the frame's deferred calls and returns); every deferred call is wrapped in
// deferstart/deferend. run.sh compares their stderr and exit status with gc's.

package rt

import (
	"errors"
	"os"
	"unsafe"
)

// wrapperFrame stands for the frame address the compiler's defer wrapper passes to
// deferstart; the scenarios call recover directly from their deferred functions, so they
// pass the same address to gorecover.
var wrapperFrame = unsafe.Pointer(new(int))

// frame is one activation's defer stack.
type frame struct {
	defers []func()
}

// deferCall pushes a deferred call.
func (f *frame) deferCall(fn func()) {
	f.defers = append(f.defers, fn)
}

// run runs the deferred calls newest first, each wrapped as the compiler wraps them.
func (f *frame) run() {
	for len(f.defers) > 0 {
		fn := f.defers[len(f.defers)-1]
		f.defers = f.defers[:len(f.defers)-1]
		tok := deferstart(wrapperFrame)
		fn()
		deferend(tok)
	}
}

// panicking is the check the compiler emits after calls that may panic.
func panicking() bool { return theG.panicking }

// println helpers.
func pstr(s string) { printstring(s); printnl() }

type scE struct{ code int }

func (e scE) Error() string { return "custom E" }

type scS struct{}

func (*scS) String() string { return "stringer" }

type MyStr string
type MyInt int
type MyFloat float64
type S struct{ x int }
type scPanicE struct{}

func (scPanicE) Error() string {
	gopanic("in Error")
	return ""
}

var scenarios = map[string]func(){
	"panic_string":       func() { pstr("before"); gopanic("boom") },
	"panic_multiline":    func() { gopanic("line one\nline two\n") },
	"panic_error":        func() { gopanic(errors.New("boom")) },
	"panic_custom_error": func() { gopanic(toLoopc(scE{7})) },
	"panic_stringer":     func() { gopanic(toLoopc(&scS{})) },
	"panic_int":          func() { gopanic(toLoopc(42)) },
	"panic_float":        func() { gopanic(toLoopc(3.5)) },
	"panic_float_big":    func() { gopanic(toLoopc(1e21)) },
	"panic_float32":      func() { gopanic(toLoopc(float32(0.1))) },
	"panic_uint8":        func() { gopanic(toLoopc(uint8(200))) },
	"panic_bool":         func() { gopanic(toLoopc(true)) },
	"panic_mystr":        func() { gopanic(toLoopc(MyStr("x\ny"))) },
	"panic_myint":        func() { gopanic(toLoopc(MyInt(-3))) },
	"panic_myfloat":      func() { gopanic(toLoopc(MyFloat(2.5))) },
	"panic_struct":       func() { gopanic(toLoopc(S{3})) },
	"panic_slice":        func() { gopanic(toLoopc([]int{1})) },
	"panic_nil":          func() { gopanic(nil) },
	"panic_index":        func() { panicIndex(5, 3) },
	"panic_nilmap": func() {
		mapassign(typeOf[map[string]int](), nil, unsafe.Pointer(new(string)))
	},
	"panic_divide":   func() { panicdivide() },
	"panic_nilderef": func() { panicmem() },
	"repanic": func() {
		var f frame
		f.deferCall(func() {
			r := gorecover(wrapperFrame)
			gopanic(r)
		})
		gopanic("first")
		f.run()
	},
	"nested": func() {
		var f frame
		f.deferCall(func() { gopanic("second") })
		gopanic("first")
		f.run()
	},
	"recovered_then_new": func() {
		var f frame
		f.deferCall(func() {
			gorecover(wrapperFrame)
			gopanic(toLoopc(2))
		})
		gopanic(toLoopc(1))
		f.run()
	},
	"recover_ok": func() {
		fn := func() (r int) {
			var f frame
			f.deferCall(func() {
				v := gorecover(wrapperFrame)
				printstring("recovered ")
				printstring(v.(string))
				printnl()
				r = 7
			})
			gopanic("oops")
			f.run()
			return r
		}
		v := fn()
		if panicking() {
			return
		}
		printstring("f returned ")
		printint(int64(v))
		printnl()
		printstring("recover outside ")
		printbool(gorecover(wrapperFrame) == nil)
		printnl()
	},
	"defer_order": func() {
		var f frame
		f.deferCall(func() { pstr("d1") })
		f.deferCall(func() { pstr("d2") })
		f.deferCall(func() { pstr("d3") })
		gopanic("p")
		f.run()
	},
	"deep_recover": func() {
		g := func() {
			var f frame
			f.deferCall(func() { pstr("g defer") })
			gopanic("deep")
			f.run()
		}
		fn := func() {
			var f frame
			f.deferCall(func() {
				printstring("f recovers ")
				printstring(gorecover(wrapperFrame).(string))
				printnl()
			})
			g()
			if panicking() {
				f.run()
				return
			}
			pstr("not reached")
			f.run()
		}
		fn()
		if panicking() {
			return
		}
		pstr("main continues")
		gopanic("again")
	},
	"nested_recovered_all": func() {
		var f frame
		f.deferCall(func() {
			printstring("outer recovers ")
			printstring(gorecover(wrapperFrame).(string))
			printnl()
		})
		f.deferCall(func() { gopanic("second") })
		gopanic("first")
		f.run()
	},
	"recover_inner_panic": func() {
		h := func() {
			var f frame
			f.deferCall(func() {
				printstring("h recovers ")
				printstring(gorecover(wrapperFrame).(string))
				printnl()
			})
			gopanic("inner")
			f.run()
		}
		var f frame
		f.deferCall(func() {
			h()
			if panicking() {
				return
			}
			pstr("after h")
		})
		gopanic("outer")
		f.run()
	},
	"repanic_chain": func() {
		var f frame
		f.deferCall(func() {
			r := gorecover(wrapperFrame)
			gopanic(r)
		})
		f.deferCall(func() { gopanic("middle") })
		gopanic("first")
		f.run()
	},
	"os_exit": func() {
		var f frame
		f.deferCall(func() { pstr("not printed") })
		pstr("exiting")
		exit(3)
		f.run()
	},
	"rangefunc_break": func() {
		// The rangefunc rewrite: a state variable checked at the body's entry.
		state := rfReady
		body := func(x int) bool {
			if state != rfReady {
				panicrangestate(state)
				return false
			}
			state = rfPanic
			printint(int64(x))
			printnl()
			state = rfDone
			return false
		}
		it := func(yield func(int) bool) {
			yield(1)
			if panicking() {
				return
			}
			yield(2)
		}
		it(body)
		if panicking() {
			return
		}
		state = rfExhausted
	},
	"error_method_panics": func() { gopanic(scPanicE{}) },
	"rangefunc_recover_yield": func() {
		state := rfReady
		body := func(x int) bool {
			if state != rfReady {
				panicrangestate(state)
				return false
			}
			state = rfPanic
			gopanic(toLoopc(x))
			return false
		}
		it := func(yield func(int) bool) {
			var f frame
			f.deferCall(func() {
				gorecover(wrapperFrame)
				yield(2)
			})
			yield(1)
			f.run()
		}
		it(body)
		if panicking() {
			return
		}
		if state == rfPanic {
			panicrangestate(rfMissingPanic)
			return
		}
		state = rfExhausted
	},
	"rangefunc_missing_panic": func() {
		state := rfReady
		body := func(x int) bool {
			if state != rfReady {
				panicrangestate(state)
				return false
			}
			state = rfPanic
			gopanic(toLoopc(x))
			return false
		}
		it := func(yield func(int) bool) {
			var f frame
			f.deferCall(func() { gorecover(wrapperFrame) })
			yield(1)
			f.run()
		}
		it(body)
		if panicking() {
			return
		}
		if state == rfPanic {
			panicrangestate(rfMissingPanic)
			return
		}
		state = rfExhausted
	},
	"rangefunc_exhausted": func() {
		var saved func(int) bool
		state := rfReady
		body := func(x int) bool {
			if state != rfReady {
				panicrangestate(state)
				return false
			}
			state = rfPanic
			printint(int64(x))
			printnl()
			state = rfReady
			return true
		}
		it := func(yield func(int) bool) {
			saved = yield
			yield(1)
		}
		it(body)
		if panicking() {
			return
		}
		if state == rfPanic {
			panicrangestate(rfMissingPanic)
			return
		}
		state = rfExhausted
		saved(5)
	},
	"nilderef_recovered_then_panic": func() {
		fn := func() {
			var f frame
			f.deferCall(func() { gorecover(wrapperFrame) })
			panicmem()
			f.run()
		}
		fn()
		if panicking() {
			return
		}
		gopanic("x")
	},
	"nilderef_then_defer_panics": func() {
		var f frame
		f.deferCall(func() { gopanic("second") })
		panicmem()
		f.run()
	},
	"panic_error_newline": func() { gopanic(errors.New("a\nb")) },
	"panic_ptr_error":     func() { gopanic(toLoopc(&PE{"m"})) },
}

// PE is an error type with a pointer receiver.
type PE struct{ msg string }

func (e *PE) Error() string { return "pe: " + e.msg }

// RunScenario runs a scenario as the program's main.main under the runtime's main.
func RunScenario(name string) {
	fn, ok := scenarios[name]
	if !ok {
		os.Stderr.WriteString("no scenario " + name + "\n")
		os.Exit(64)
	}
	mainMain = fn
	main(0, nil)
}
