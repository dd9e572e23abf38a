// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements interfaces: building itabs (a concrete type's methods in the
// order of an interface's methods) with a cache, and the panics of failed type
// assertions with Go's "interface conversion" texts.

package runtime

import "unsafe"

// itabTable is an open-addressing hash set of the itabs built so far (including negative
// entries, whose fun[0] is nil, for pairs that do not implement), keyed by (inter, typ).
var itabTable struct {
	entries unsafe.Pointer // size slots of *itab
	size    uintptr        // power of two, or 0 before the first insertion
	count   uintptr
}

// efaceOf returns the layout of the interface value at p.
func efaceOf(p *any) *eface {
	return (*eface)(unsafe.Pointer(p))
}

// itabSlot returns the address of slot i of the itab cache.
func itabSlot(i uintptr) **itab {
	return (**itab)(add(itabTable.entries, i*8))
}

// itabHash returns the cache hash of the pair (inter, typ).
func itabHash(inter, typ *_type) uintptr {
	return uintptr(finalize(mix(uint64(uintptr(unsafe.Pointer(inter))), uint64(uintptr(unsafe.Pointer(typ))))))
}

// findItab returns the cached itab of (inter, typ), or nil.
func findItab(inter, typ *_type) *itab {
	if itabTable.size == 0 {
		return nil
	}
	mask := itabTable.size - 1
	for i := itabHash(inter, typ) & mask; ; i = (i + 1) & mask {
		m := *itabSlot(i)
		if m == nil {
			return nil
		}
		if m.inter == inter && m.typ == typ {
			return m
		}
	}
}

// addItab inserts m into the cache, growing it to keep it at most half full.
func addItab(m *itab) {
	if (itabTable.count+1)*2 > itabTable.size {
		old, oldSize := itabTable.entries, itabTable.size
		size := oldSize * 2
		if size == 0 {
			size = 64
		}
		itabTable.entries = mallocgc(size * 8)
		itabTable.size = size
		itabTable.count = 0
		for i := uintptr(0); i < oldSize; i++ {
			if e := *(**itab)(add(old, i*8)); e != nil {
				addItab(e)
			}
		}
	}
	mask := itabTable.size - 1
	i := itabHash(m.inter, m.typ) & mask
	for *itabSlot(i) != nil {
		i = (i + 1) & mask
	}
	*itabSlot(i) = m
	itabTable.count++
}

// itabFun returns the address of entry k of m's method table.
func itabFun(m *itab, k int) *unsafe.Pointer {
	return (*unsafe.Pointer)(add(unsafe.Pointer(&m.fun[0]), uintptr(k)*8))
}

// buildItab returns a new itab for (inter, typ) and the name of the first method of inter
// that typ lacks ("" if typ implements inter; then fun[0] is nil).
func buildItab(inter, typ *_type) (*itab, string) {
	n := len(inter.imethods)
	size := unsafe.Sizeof(itab{})
	if n > 1 {
		size += uintptr(n-1) * 8
	}
	m := (*itab)(mallocgc(size))
	m.inter = inter
	m.typ = typ
	m.hash = typ.hash
	j := 0
	for k := 0; k < n; k++ {
		im := &inter.imethods[k]
		for j < len(typ.methods) && typ.methods[j].name < im.name {
			j++
		}
		if j == len(typ.methods) || typ.methods[j].name != im.name || typ.methods[j].typ != im.typ {
			m.fun[0] = nil
			return m, im.name
		}
		*itabFun(m, k) = typ.methods[j].ifn
	}
	return m, ""
}

// getitab returns the itab for (inter, typ), building and caching it. If typ does not
// implement inter it returns nil when canfail, else panics with Go's
// "interface conversion: T is not I: missing method M". A nil typ (converting a nil
// interface value) gives nil when canfail and otherwise panics with
// "interface conversion: interface is nil, not I".
func getitab(inter *_type, typ *_type, canfail bool) *itab {
	if typ == nil {
		if !canfail {
			gopanic(&TypeAssertionError{nil, nil, inter, ""})
		}
		return nil
	}
	m := findItab(inter, typ)
	if m == nil {
		m, _ = buildItab(inter, typ)
		addItab(m)
	}
	if m.fun[0] != nil || len(inter.imethods) == 0 {
		return m
	}
	if canfail {
		return nil
	}
	_, missing := buildItab(inter, typ)
	gopanic(&TypeAssertionError{nil, typ, inter, missing})
	return nil
}

// panicdottype panics for a failed x.(T) with a concrete T: have is x's dynamic type (nil
// if x is nil), want is T, iface is x's static interface type. Message as Go:
// "interface conversion: interface {} is string, not int" /
// "interface conversion: main.I is nil, not main.T".
func panicdottype(have, want, iface *_type) {
	gopanic(&TypeAssertionError{iface, have, want, ""})
}
