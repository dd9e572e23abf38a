// Package runtime is loopc's implementation of Go's run-time system.
//
// This file is program start and exit: main runs the program's main.main and reports an
// uncaught panic as gc does; args gives os.Args; exit implements os.Exit.

package runtime

import "unsafe"

// The process arguments, saved by main.
var (
	progArgc int32
	progArgv unsafe.Pointer
	argslice []string
)

// main_main is the program's main.main; the compiler links the call.
//
//loopc:intrinsic main_main
func main_main()

// main is called by the process entry (rt_go_entry) with the C argc and argv; it runs the
// program's main.main, then, if a panic is still in progress, prints Go's panic report
// ("panic: VALUE" with " [recovered]" etc. and "\n\ngoroutine 1 [running]:\n") to stderr
// and exits with status 2; otherwise exits 0.
func main(argc int32, argv unsafe.Pointer) {
	progArgc = argc
	progArgv = argv
	main_main()
	gp := getg()
	if gp.panicking {
		fatalpanic(gp._panic)
		return
	}
	libc_exit(0)
}

// args returns the command-line arguments (os.Args), built from main's argc/argv. The
// strings share the C strings' memory, which is never written.
func args() []string {
	if argslice == nil && progArgc > 0 {
		n := int(progArgc)
		a := make([]string, n)
		for i := 0; i < n; i++ {
			p := *(*unsafe.Pointer)(add(progArgv, uintptr(i)*8))
			a[i] = unsafeString(p, cstrlen(p))
		}
		argslice = a
	}
	return argslice
}

// cstrlen returns the length of the NUL-terminated C string at p.
func cstrlen(p unsafe.Pointer) int {
	n := 0
	for *(*byte)(add(p, uintptr(n))) != 0 {
		n++
	}
	return n
}

// exit implements os.Exit (through std.go's Exit): the process ends at once with the
// given status; deferred calls do not run and nothing is printed.
func exit(code int) {
	getg().exiting = true
	libc_exit(int32(code))
}
