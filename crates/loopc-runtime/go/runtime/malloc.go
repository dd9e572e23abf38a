// Package runtime is loopc's implementation of Go's run-time system: allocation, strings,
// slices, maps, interfaces, panics and the builtin print functions.
//
// This file is the allocator: every heap object comes from rt_alloc, the bump allocator of
// the IR runtime core (ir/rt.lir), so compiled code and Go code share one heap. Nothing is
// freed (there is no collector yet).

package runtime

import "unsafe"

// maxAlloc is the largest allocation Go permits on 64-bit targets (1<<48 bytes); larger
// requests are "out of range" for makeslice and growslice.
const maxAlloc = 1 << 48

// zerobase is the address of every zero-size allocation, as in Go.
var zerobase uintptr

// rt_alloc returns size bytes of zeroed memory aligned to align (at most 16). It is
// defined in ir/rt.lir and linked by name like a libc function (no hidden g).
//
//loopc:libc rt_alloc
func rt_alloc(size, align uintptr) unsafe.Pointer

// libc_memset sets n bytes at p to c (memclr's worker; abi.go lists the other libc
// functions).
//
//loopc:libc memset
func libc_memset(p unsafe.Pointer, c int32, n uintptr) unsafe.Pointer

// mallocgc returns size bytes of zeroed memory aligned for any type.
func mallocgc(size uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	return rt_alloc(size, 8)
}

// add returns p+x (unsafe.Add is a ptr_add in loopc's IR: escape analysis follows it, where
// a round trip through uintptr would make p escape).
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Add(p, x)
}

// memmove copies n bytes from src to dst; the regions may overlap.
func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n != 0 && dst != src {
		libc_memmove(dst, src, n)
	}
}

// unsafeString returns the string of n bytes at p (no copy).
func unsafeString(p unsafe.Pointer, n int) string {
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = p
	h.len = n
	return s
}

// stringData returns the address of s's bytes.
func stringData(s string) unsafe.Pointer {
	return (*stringHeader)(unsafe.Pointer(&s)).data
}

// rawstring allocates an uninitialized-looking (zeroed) string of n bytes and returns it
// together with its bytes as a slice, which the caller fills before the string is used.
func rawstring(n int) (string, []byte) {
	p := mallocgc(uintptr(n))
	var b []byte
	h := (*sliceHeader)(unsafe.Pointer(&b))
	h.data = p
	h.len = n
	h.cap = n
	return unsafeString(p, n), b
}
