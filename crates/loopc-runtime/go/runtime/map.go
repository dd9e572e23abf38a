// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements Go maps as open-addressing hash tables with linear probing over
// keys and elements described by the map type's descriptor (t.key, t.elem).
//
// A table has a power-of-two number of slots. Each slot has a control byte (empty,
// deleted, or full plus 7 bits of the key's hash), a key and an element, in three
// parallel arrays. A lookup probes from hash&(cap-1) until it meets an empty slot. Deleted
// slots (tombstones) keep probe chains intact; the table is rebuilt, doubled when it is
// at least half full of live entries, once full and deleted slots exceed 7/8 of it.
// Tables are never freed, so iterators keep the table they started on; when the map has
// since been rebuilt they look each key up again to see current elements and deletions.
//
// Iteration visits slots in order, so it follows the hashes, not the insertion order.
// The implementation uses no Go maps, interfaces or string operators itself.

package runtime

import "unsafe"

// Control byte values.
const (
	ctrlEmpty   = 0
	ctrlDeleted = 1
	ctrlFull    = 0x80 // | the top 7 bits of the hash
)

// minMapCap is the smallest table.
const minMapCap = 8

// hmap is a map's header; a map value is a *hmap (nil for the nil map).
type hmap struct {
	count    int            // live entries: len(m)
	used     uintptr        // full plus deleted slots
	cap      uintptr        // slots: 0 (no table yet) or a power of two >= minMapCap
	ctrl     unsafe.Pointer // cap control bytes
	keys     unsafe.Pointer // cap keys
	elems    unsafe.Pointer // cap elements
	clearSeq uint64         // incremented by every clear, which ends iterations in progress
}

// hiter is a map iterator.
type hiter struct {
	t        *_type
	m        *hmap
	ctrl     unsafe.Pointer // the table being walked (m's current table or an older one)
	keys     unsafe.Pointer
	elems    unsafe.Pointer
	cap      uintptr
	i        uintptr        // next slot to look at
	key      unsafe.Pointer // current entry's key, nil when the iteration is over
	elem     unsafe.Pointer // current entry's element
	clearSeq uint64
}

// zeroVal backs the zero element mapaccess returns for absent keys; bigZero replaces it
// for elements larger than it. Neither is ever written.
var (
	zeroVal  [1024]byte
	bigZero  unsafe.Pointer
	bigZeroN uintptr
)

// zeroPtr returns the address of size zero bytes that must not be written.
func zeroPtr(size uintptr) unsafe.Pointer {
	if size <= uintptr(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal[0])
	}
	if size > bigZeroN {
		bigZero = mallocgc(size)
		bigZeroN = size
	}
	return bigZero
}

// ctrlAt returns the address of control byte i of a table.
func ctrlAt(ctrl unsafe.Pointer, i uintptr) *uint8 {
	return (*uint8)(add(ctrl, i))
}

// makemap creates a map with room for hint entries.
func makemap(t *_type, hint int) unsafe.Pointer {
	m := (*hmap)(mallocgc(unsafe.Sizeof(hmap{})))
	if hint > minMapCap*7/8 {
		newTable(t, m, capFor(uintptr(hint)))
	}
	return unsafe.Pointer(m)
}

// capFor returns the table size that holds n entries below the load limit.
func capFor(n uintptr) uintptr {
	c := uintptr(minMapCap)
	for c*7/8 < n {
		c *= 2
	}
	return c
}

// newTable gives m a fresh, empty table of c slots.
func newTable(t *_type, m *hmap, c uintptr) {
	m.cap = c
	m.used = 0
	m.ctrl = mallocgc(c)
	m.keys = mallocgc(c * t.key.size)
	m.elems = mallocgc(c * t.elem.size)
}

// hashKey hashes a key for m; bad is the unhashable type the key holds, if any.
func hashKey(t *_type, key unsafe.Pointer) (h uint64, bad *_type) {
	h, bad = typehash(t.key, key, hashSeed)
	return finalize(h), bad
}

// checkKey panics as Go does for an operation with an unhashable key on a map with no
// entries (where Go does not hash), and reports whether the key was fine.
func checkKey(t *_type, key unsafe.Pointer) bool {
	_, bad := typehash(t.key, key, hashSeed)
	if bad != nil {
		gopanic(unhashableTypeError{bad})
		return false
	}
	return true
}

// hashOrPanic hashes a key for a map with entries, panicking with
// "runtime error: hash of unhashable type T" if it cannot be hashed.
func hashOrPanic(t *_type, key unsafe.Pointer) (uint64, bool) {
	h, bad := hashKey(t, key)
	if bad != nil {
		gopanic(errorString("hash of unhashable type " + bad.str))
		return 0, false
	}
	return h, true
}

// tagOf returns the control byte of a full slot holding a key with hash h.
func tagOf(h uint64) uint8 {
	return ctrlFull | uint8(h>>57)
}

// find returns the slot holding key (whose hash is h) in m's table, or -1.
func find(t *_type, m *hmap, key unsafe.Pointer, h uint64) int {
	mask := m.cap - 1
	tag := tagOf(h)
	ksize := t.key.size
	for i := uintptr(h) & mask; ; i = (i + 1) & mask {
		c := *ctrlAt(m.ctrl, i)
		if c == ctrlEmpty {
			return -1
		}
		if c == tag && typedmemequal(t.key, add(m.keys, i*ksize), key) {
			return int(i)
		}
	}
}

// lookup returns the slot of key in the non-nil map m, or -1; ok is false if it panicked.
func lookup(t *_type, m *hmap, key unsafe.Pointer) (slot int, ok bool) {
	if m.count == 0 {
		return -1, checkKey(t, key)
	}
	h, ok := hashOrPanic(t, key)
	if !ok {
		return -1, false
	}
	return find(t, m, key, h), true
}

// mapaccess1 returns a pointer to m[key]'s element, or to a zero value if absent (m may
// be nil). It panics if the key's dynamic type (interface keys) is not comparable:
// "runtime error: hash of unhashable type T".
func mapaccess1(t *_type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(t, m, key)
	return p
}

// mapaccess2 is mapaccess1 plus whether the key was present.
func mapaccess2(t *_type, m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool) {
	h := (*hmap)(m)
	if h == nil {
		if !checkKey(t, key) {
			return nil, false
		}
		return zeroPtr(t.elem.size), false
	}
	i, ok := lookup(t, h, key)
	if !ok {
		return nil, false
	}
	if i < 0 {
		return zeroPtr(t.elem.size), false
	}
	return add(h.elems, uintptr(i)*t.elem.size), true
}

// mapassign returns a pointer to the element slot for key, inserting a zeroed one if
// absent. A nil m panics with "assignment to entry in nil map".
func mapassign(t *_type, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	h := (*hmap)(m)
	if h == nil {
		gopanic(plainError("assignment to entry in nil map"))
		return nil
	}
	hash, ok := hashOrPanic(t, key)
	if !ok {
		return nil
	}
	ksize, esize := t.key.size, t.elem.size
	if h.cap != 0 {
		if i := find(t, h, key, hash); i >= 0 {
			// Store the key again: +0 may replace -0, as in Go.
			memmove(add(h.keys, uintptr(i)*ksize), key, ksize)
			return add(h.elems, uintptr(i)*esize)
		}
	}
	if (h.used+1)*8 > h.cap*7 {
		grow(t, h)
	}
	i := insertSlot(h, hash)
	if *ctrlAt(h.ctrl, i) == ctrlEmpty {
		h.used++
	}
	*ctrlAt(h.ctrl, i) = tagOf(hash)
	h.count++
	memmove(add(h.keys, i*ksize), key, ksize)
	return add(h.elems, i*esize)
}

// insertSlot returns the first empty or deleted slot on the probe path of hash.
func insertSlot(h *hmap, hash uint64) uintptr {
	mask := h.cap - 1
	for i := uintptr(hash) & mask; ; i = (i + 1) & mask {
		if *ctrlAt(h.ctrl, i) < ctrlFull {
			return i
		}
	}
}

// grow rebuilds m's table without tombstones, doubling it if at least half of it holds
// live entries. Keys are not rehashed from scratch: each slot's key is hashed again with
// the same deterministic function (NaN keys, whose hash is fresh each time, land
// anywhere, which is fine since they can never be found).
func grow(t *_type, m *hmap) {
	oldCtrl, oldKeys, oldElems, oldCap := m.ctrl, m.keys, m.elems, m.cap
	c := oldCap
	if c == 0 {
		c = minMapCap
	} else if uintptr(m.count)*2 >= oldCap {
		c = oldCap * 2
	}
	newTable(t, m, c)
	ksize, esize := t.key.size, t.elem.size
	for i := uintptr(0); i < oldCap; i++ {
		if *ctrlAt(oldCtrl, i) < ctrlFull {
			continue
		}
		k := add(oldKeys, i*ksize)
		hash, _ := hashKey(t, k)
		j := insertSlot(m, hash)
		*ctrlAt(m.ctrl, j) = tagOf(hash)
		m.used++
		memmove(add(m.keys, j*ksize), k, ksize)
		memmove(add(m.elems, j*esize), add(oldElems, i*esize), esize)
	}
}

// mapdelete removes key (no-op on nil map or absent key).
func mapdelete(t *_type, m unsafe.Pointer, key unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil {
		checkKey(t, key)
		return
	}
	i, ok := lookup(t, h, key)
	if !ok || i < 0 {
		return
	}
	slot := uintptr(i)
	*ctrlAt(h.ctrl, slot) = ctrlDeleted
	memclr(add(h.keys, slot*t.key.size), t.key.size)
	memclr(add(h.elems, slot*t.elem.size), t.elem.size)
	h.count--
}

// mapclear removes every entry (clear(m)).
func mapclear(t *_type, m unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil || h.cap == 0 {
		return
	}
	memclr(h.ctrl, h.cap)
	memclr(h.keys, h.cap*t.key.size)
	memclr(h.elems, h.cap*t.elem.size)
	h.count = 0
	h.used = 0
	h.clearSeq++
}

// maplen returns len(m) (0 for nil).
func maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return (*hmap)(m).count
}

// mapiterinit starts an iteration over m (nil: empty) and returns the iterator; it is
// positioned on the first entry. Entries added during iteration may or may not be seen,
// deleted ones not yet reached are not, as the Go spec allows.
func mapiterinit(t *_type, m unsafe.Pointer) unsafe.Pointer {
	it := (*hiter)(mallocgc(unsafe.Sizeof(hiter{})))
	it.t = t
	h := (*hmap)(m)
	if h != nil && h.count > 0 {
		it.m = h
		it.ctrl, it.keys, it.elems, it.cap = h.ctrl, h.keys, h.elems, h.cap
		it.clearSeq = h.clearSeq
	}
	mapiternext(unsafe.Pointer(it))
	return unsafe.Pointer(it)
}

// mapiterkey returns a pointer to the current key, or nil when the iteration is over.
func mapiterkey(it unsafe.Pointer) unsafe.Pointer {
	return (*hiter)(it).key
}

// mapiterelem returns a pointer to the current element.
func mapiterelem(it unsafe.Pointer) unsafe.Pointer {
	return (*hiter)(it).elem
}

// mapiternext advances the iterator.
func mapiternext(p unsafe.Pointer) {
	it := (*hiter)(p)
	it.key, it.elem = nil, nil
	m := it.m
	if m == nil || it.clearSeq != m.clearSeq {
		return
	}
	t := it.t
	ksize, esize := t.key.size, t.elem.size
	for it.i < it.cap {
		i := it.i
		it.i++
		if *ctrlAt(it.ctrl, i) < ctrlFull {
			continue
		}
		k := add(it.keys, i*ksize)
		if it.ctrl == m.ctrl || !typedmemequal(t.key, k, k) {
			// The walked table is current, or the key (holding a NaN) cannot be looked
			// up: its entry here is the one to produce.
			it.key, it.elem = k, add(it.elems, i*esize)
			return
		}
		// m was rebuilt since the iteration started: report the current entry, if any.
		if m.count == 0 {
			continue
		}
		hash, _ := hashKey(t, k)
		if j := find(t, m, k, hash); j >= 0 {
			it.key = add(m.keys, uintptr(j)*ksize)
			it.elem = add(m.elems, uintptr(j)*esize)
			return
		}
	}
}

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n uintptr) {
	if n != 0 {
		libc_memset(p, 0, n)
	}
}
