// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements equality and hashing of values described by type descriptors:
// strings by content, floats by value (+0 == -0, NaN unequal to everything), interfaces
// by dynamic type then value, arrays and structs elementwise (blank fields ignored).
// Hashes are deterministic (fixed seeds) except for NaN, which hashes to a fresh value
// each time, as in Go, so that NaN keys are distinct map entries.

package runtime

import "unsafe"

// Hashing constants (64-bit).
const (
	hashSeed  = 0x243F6A8885A308D3 // digits of pi: the initial hash of every key
	hashMulA  = 0x9E3779B97F4A7C15
	hashMulB  = 0xBF58476D1CE4E5B9
	hashMulC  = 0x94D049BB133111EB
	fnvOffset = 0xCBF29CE484222325
	fnvPrime  = 0x100000001B3
)

// nanCount numbers the NaNs hashed so far; each gets a different hash.
var nanCount uint64

// memequal reports whether the n bytes at p and q are equal.
func memequal(p, q unsafe.Pointer, n uintptr) bool {
	if n == 0 || p == q {
		return true
	}
	return libc_memcmp(p, q, n) == 0
}

// isComparable reports whether == is defined on values of type t.
func isComparable(t *_type) bool {
	return t.tflag&(tflagComparable|tflagHasCmpIface) != 0
}

// isDirectIface reports whether values of type t are stored in an interface's data word.
func isDirectIface(t *_type) bool {
	return t.tflag&tflagDirectIface != 0
}

// isEmptyInterface reports whether the interface type t has no methods (its values are
// eface rather than iface).
func isEmptyInterface(t *_type) bool {
	return len(t.imethods) == 0
}

// ifaceParts returns the dynamic type and the address of the value of the interface value
// of interface type t at p (nil, nil for a nil interface).
func ifaceParts(t *_type, p unsafe.Pointer) (*_type, unsafe.Pointer) {
	var dyn *_type
	var data unsafe.Pointer
	if isEmptyInterface(t) {
		e := efaceOf((*any)(p))
		dyn, data = e.typ, e.data
	} else if i := (*iface)(p); i.tab != nil {
		dyn, data = i.tab.typ, i.data
	}
	if dyn == nil {
		return nil, nil
	}
	if isDirectIface(dyn) {
		// The value is the data word itself: point at the word in the interface.
		return dyn, add(p, 8)
	}
	return dyn, data
}

// isBlank reports whether a struct field is the blank field "_" (ignored by == and hashing).
func isBlank(f *structField) bool {
	return f.name == "_"
}

// typedmemequal compares two values of type t in memory (strings by content, floats by
// value, interfaces by dynamic type and value, structs and arrays elementwise). It panics
// with "runtime error: comparing uncomparable type T" when it reaches an interface whose
// dynamic type T is not comparable.
func typedmemequal(t *_type, p, q unsafe.Pointer) bool {
	switch t.kind {
	case kindFloat32:
		return *(*float32)(p) == *(*float32)(q)
	case kindFloat64:
		return *(*float64)(p) == *(*float64)(q)
	case kindString:
		return *(*string)(p) == *(*string)(q)
	case kindInterface:
		return interequal(t, p, q)
	case kindArray:
		return arrayequal(t, p, q)
	case kindStruct:
		return structequal(t, p, q)
	case kindSlice, kindMap, kindFunc:
		gopanic(errorString("comparing uncomparable type " + t.str))
		return false
	}
	return memequal(p, q, t.size)
}

// arrayequal compares two arrays of type t element by element. As in gc's generated
// equality, arrays of interfaces compare every element's dynamic type before any value,
// so a type difference anywhere decides before an uncomparable value can panic.
func arrayequal(t *_type, p, q unsafe.Pointer) bool {
	et := t.elem
	if et.kind == kindInterface {
		for i := uintptr(0); i < t.len; i++ {
			off := i * et.size
			xt, _ := ifaceParts(et, add(p, off))
			yt, _ := ifaceParts(et, add(q, off))
			if xt != yt {
				return false
			}
		}
	}
	for i := uintptr(0); i < t.len; i++ {
		off := i * et.size
		if !typedmemequal(et, add(p, off), add(q, off)) {
			return false
		}
	}
	return true
}

// structequal compares two structs of type t field by field, in declaration order (gc
// may reorder comparisons that cannot panic, which is not observable), skipping blank
// fields.
func structequal(t *_type, p, q unsafe.Pointer) bool {
	for i := 0; i < len(t.fields); i++ {
		f := &t.fields[i]
		if isBlank(f) {
			continue
		}
		if !typedmemequal(f.typ, add(p, f.offset), add(q, f.offset)) {
			return false
		}
	}
	return true
}

// interequal compares the interface values (of interface type t) at p and q.
func interequal(t *_type, p, q unsafe.Pointer) bool {
	xt, x := ifaceParts(t, p)
	yt, y := ifaceParts(t, q)
	if xt != yt {
		return false
	}
	if xt == nil {
		return true
	}
	if !isComparable(xt) {
		gopanic(errorString("comparing uncomparable type " + xt.str))
		return false
	}
	return typedmemequal(xt, x, y)
}

// efaceeq reports whether two interface values with the same dynamic type t hold equal
// values (x and y are the data words). It panics with
// "runtime error: comparing uncomparable type T" if t is not comparable.
func efaceeq(t *_type, x, y unsafe.Pointer) bool {
	if t == nil {
		return true
	}
	if !isComparable(t) {
		gopanic(errorString("comparing uncomparable type " + t.str))
		return false
	}
	if isDirectIface(t) {
		return x == y
	}
	return typedmemequal(t, x, y)
}

// mix folds the 64-bit value v into the hash h.
func mix(h, v uint64) uint64 {
	h ^= v + hashMulA + h<<6 + h>>2
	h *= hashMulB
	return h ^ h>>31
}

// finalize spreads a hash's bits so that its low bits depend on all of them.
func finalize(h uint64) uint64 {
	h ^= h >> 30
	h *= hashMulB
	h ^= h >> 27
	h *= hashMulC
	return h ^ h>>31
}

// memhash hashes the n bytes at p into h.
func memhash(p unsafe.Pointer, n uintptr, h uint64) uint64 {
	f := uint64(fnvOffset)
	for i := uintptr(0); i < n; i++ {
		f ^= uint64(*(*byte)(add(p, i)))
		f *= fnvPrime
	}
	return mix(h, f^uint64(n))
}

// floathash hashes a float value widened to float64: +0 and -0 hash alike, and every NaN
// hashes differently.
func floathash(f float64, h uint64) uint64 {
	if f == 0 {
		return mix(h, 0)
	}
	if f != f {
		nanCount++
		return mix(h, finalize(nanCount^hashMulC))
	}
	return mix(h, *(*uint64)(unsafe.Pointer(&f)))
}

// typehash hashes the value of type t at p into h. If the value is not hashable (t is
// not comparable, or an interface inside holds an uncomparable dynamic type), it returns
// the offending type as bad, without panicking: the caller picks Go's message.
func typehash(t *_type, p unsafe.Pointer, h uint64) (hash uint64, bad *_type) {
	switch t.kind {
	case kindFloat32:
		return floathash(float64(*(*float32)(p)), h), nil
	case kindFloat64:
		return floathash(*(*float64)(p), h), nil
	case kindString:
		s := *(*string)(p)
		return memhash(stringData(s), uintptr(len(s)), h), nil
	case kindInterface:
		dyn, v := ifaceParts(t, p)
		if dyn == nil {
			return mix(h, 0), nil
		}
		if !isComparable(dyn) {
			return h, dyn
		}
		return typehash(dyn, v, mix(h, uint64(dyn.hash)))
	case kindArray:
		for i := uintptr(0); i < t.len; i++ {
			h, bad = typehash(t.elem, add(p, i*t.elem.size), h)
			if bad != nil {
				return h, bad
			}
		}
		return h, nil
	case kindStruct:
		for i := 0; i < len(t.fields); i++ {
			f := &t.fields[i]
			if isBlank(f) {
				continue
			}
			h, bad = typehash(f.typ, add(p, f.offset), h)
			if bad != nil {
				return h, bad
			}
		}
		return h, nil
	case kindSlice, kindMap, kindFunc:
		return h, t
	}
	return memhash(p, t.size, h), nil
}
