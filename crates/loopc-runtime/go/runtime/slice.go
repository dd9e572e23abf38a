// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements slices: make, append's growth and copy. Capacities follow Go's
// growth rule exactly, including the rounding of the new backing array up to a malloc
// size class, so that programs printing cap() print what Go prints for heap-allocated
// backing arrays.

package runtime

import "unsafe"

// Malloc size classes (Go's internal/runtime/gc): small allocations are rounded up to
// the next class size; above maxSmallSize to a multiple of the page size.
const (
	maxSmallSize           = 32768
	pageSize               = 8192
	mallocHeaderSize       = 8
	minSizeForMallocHeader = 512 // goarch.PtrSize * goarch.PtrBits
)

// sizeClasses lists the size of each malloc size class, in increasing order.
var sizeClasses = [...]uint16{
	8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
	20480, 21760, 24576, 27264, 28672, 32768,
}

// roundupsize returns the size of the memory block Go's mallocgc would allocate for size
// bytes. noscan objects (no pointers) and small objects have no malloc header; larger
// pointerful ones carry an 8-byte header that is not part of the returned size.
func roundupsize(size uintptr, noscan bool) uintptr {
	req := size
	if req <= maxSmallSize-mallocHeaderSize {
		if !noscan && req > minSizeForMallocHeader {
			req += mallocHeaderSize
		}
		if req == 0 {
			return 0
		}
		for i := 0; i < len(sizeClasses); i++ {
			if uintptr(sizeClasses[i]) >= req {
				return uintptr(sizeClasses[i]) - (req - size)
			}
		}
	}
	req = size + pageSize - 1
	if req < size {
		return size
	}
	return req &^ (pageSize - 1)
}

// hasPointers reports whether values of type t contain pointers (Go's !noscan).
func hasPointers(t *_type) bool {
	switch t.kind {
	case kindPointer, kindUnsafePointer, kindString, kindSlice, kindMap, kindFunc, kindInterface:
		return true
	case kindArray:
		return t.len > 0 && hasPointers(t.elem)
	case kindStruct:
		for i := 0; i < len(t.fields); i++ {
			if hasPointers(t.fields[i].typ) {
				return true
			}
		}
	}
	return false
}

// nextslicecap returns the capacity append grows a slice of capacity oldCap to when it
// needs room for newLen elements: double while small, then about 1.25x.
func nextslicecap(newLen, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// growslice grows a slice for append: old holds oldLen elements of et in a backing array
// of capacity oldCap; the result has length newLen (> oldCap) and a new backing array
// containing the old elements, with capacity chosen by Go's growth rule (including the
// rounding up to malloc size classes, so cap() prints what Go prints). num is the number
// of appended elements (oldLen = newLen - num). Panics with
// "runtime error: growslice: len out of range" if the result would be too large.
func growslice(oldPtr unsafe.Pointer, newLen, oldCap, num int, et *_type) (ptr unsafe.Pointer, length, capacity int) {
	oldLen := newLen - num
	if newLen < 0 {
		gopanic(errorString("growslice: len out of range"))
		return nil, 0, 0
	}
	if et.size == 0 {
		return unsafe.Pointer(&zerobase), newLen, newLen
	}
	newcap := nextslicecap(newLen, oldCap)
	size := et.size
	overflow := uintptr(newcap) > maxAlloc/size
	capmem := roundupsize(uintptr(newcap)*size, !hasPointers(et))
	newcap = int(capmem / size)
	capmem = uintptr(newcap) * size
	if overflow || capmem > maxAlloc {
		gopanic(errorString("growslice: len out of range"))
		return nil, 0, 0
	}
	p := mallocgc(capmem)
	memmove(p, oldPtr, uintptr(oldLen)*size)
	return p, newLen, newcap
}

// appendStoreSize is the size of the stack backing store gc gives the first append to a
// slice whose backing store does not escape (Go's -d=variablemakethreshold default).
const appendStoreSize = 32

// growslicebuf is growslice for an append whose backing store does not escape. store is
// null (the store escaped after all: the compiler placed it on the heap) or a zeroed frame
// area of 8 + appendStoreSize bytes: a "used" word, then the buffer. Like gc, the first
// growth from length 0 that fits uses the buffer, with cap appendStoreSize/size; every other
// growth, and growth after the buffer was used once, is growslice's.
func growslicebuf(oldPtr unsafe.Pointer, newLen, oldCap, num int, et *_type, store unsafe.Pointer) (ptr unsafe.Pointer, length, capacity int) {
	if store != nil && et.size != 0 && et.size <= appendStoreSize && newLen == num && *(*bool)(store) == false {
		k := int(appendStoreSize / et.size)
		if newLen <= k {
			*(*bool)(store) = true
			buf := add(store, 8)
			memclr(buf, appendStoreSize)
			return buf, newLen, k
		}
	}
	return growslice(oldPtr, newLen, oldCap, num, et)
}

// makeslice allocates a zeroed backing array for make([]T, len, cap); it panics with
// "runtime error: makeslice: len out of range" / "cap out of range" as Go does.
func makeslice(et *_type, length, capacity int) unsafe.Pointer {
	if !sizeOK(et.size, capacity) || length < 0 || length > capacity {
		// Go reports "len out of range" when len alone is bad, even if cap is too.
		if !sizeOK(et.size, length) {
			gopanic(errorString("makeslice: len out of range"))
			return nil
		}
		gopanic(errorString("makeslice: cap out of range"))
		return nil
	}
	return mallocgc(et.size * uintptr(capacity))
}

// sizeOK reports whether n elements of size bytes each are a valid allocation: n is not
// negative and the product neither overflows nor exceeds maxAlloc.
func sizeOK(size uintptr, n int) bool {
	if n < 0 {
		return false
	}
	if size == 0 {
		return true
	}
	return uintptr(n) <= maxAlloc/size
}

// slicecopy implements copy(): copies min(toLen, fromLen) elements of width bytes and
// returns that count.
func slicecopy(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int {
	n := fromLen
	if toLen < n {
		n = toLen
	}
	if n <= 0 || width == 0 {
		return n
	}
	memmove(toPtr, fromPtr, uintptr(n)*width)
	return n
}
