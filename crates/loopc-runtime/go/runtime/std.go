// Package runtime is loopc's implementation of Go's run-time system.
//
// This file holds the exported entry points loopc's standard packages use to reach the
// runtime (only std packages may import "runtime"): float bit casts for strconv, the
// process's file descriptors, exit and arguments for os, and the slice swapper for sort.
// Reflection over values of any type is in reflectlite.go.
package runtime

import "unsafe"

// Float64bits returns the IEEE 754 binary representation of f (math.Float64bits).
func Float64bits(f float64) uint64 {
	return *(*uint64)(unsafe.Pointer(&f))
}

// Float64frombits returns the floating-point number with IEEE 754 bits b
// (math.Float64frombits).
func Float64frombits(b uint64) float64 {
	return *(*float64)(unsafe.Pointer(&b))
}

// Float32bits returns the IEEE 754 binary representation of f (math.Float32bits).
func Float32bits(f float32) uint32 {
	return *(*uint32)(unsafe.Pointer(&f))
}

// Float32frombits returns the floating-point number with IEEE 754 bits b
// (math.Float32frombits).
func Float32frombits(b uint32) float32 {
	return *(*float32)(unsafe.Pointer(&b))
}

// Write writes b to the file descriptor fd with libc's write, retrying short writes. It
// returns the number of bytes written and, if write failed, its errno (0 otherwise).
func Write(fd int, b []byte) (n int, errno int) {
	for n < len(b) {
		s := (*sliceHeader)(unsafe.Pointer(&b))
		w := libc_write(int32(fd), rlAdd(s.data, uintptr(n)), uintptr(len(b)-n))
		if w < 0 {
			e := int(*(*int32)(libc_errno_location()))
			if e == 4 { // EINTR: retry, as Go's runtime does
				continue
			}
			return n, e
		}
		if w == 0 {
			return n, 5 // EIO: no progress
		}
		n += w
	}
	return n, 0
}

// libc_errno_location returns the address of the calling thread's errno.
//
//loopc:libc __errno_location
func libc_errno_location() unsafe.Pointer

// Exit terminates the process with status code at once: deferred calls do not run.
// Nothing is buffered (writes go straight to the file descriptors, as in Go).
func Exit(code int) {
	exit(code)
}

// Args returns the command-line arguments (os.Args). The runtime has them from the
// process entry before any package is initialized.
func Args() []string {
	return args()
}

// Swapper returns a function that swaps the elements with indexes i and j of the slice
// (reflect.Swapper, for sort.Slice). It panics if slice is not a slice, and the function
// panics on an index out of range.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := *(*sliceHeader)(v.ptr)
	size := v.typ.elem.size
	switch s.len {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	tmp := mallocgc(size)
	return func(i, j int) {
		if uint(i) >= uint(s.len) || uint(j) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		if size == 0 {
			return
		}
		pi := rlAdd(s.data, uintptr(i)*size)
		pj := rlAdd(s.data, uintptr(j)*size)
		libc_memmove(tmp, pi, size)
		libc_memmove(pi, pj, size)
		libc_memmove(pj, tmp, size)
	}
}
