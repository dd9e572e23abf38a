// Package fmt is loopc's implementation of the subset of Go's fmt package that loopc
// supports. This file orders map entries for printing, with the rules of Go's
// internal/fmtsort, so that maps print deterministically:
//   - ints, uints, floats and strings by value (NaN before all other floats);
//   - bools false before true;
//   - pointers by address;
//   - structs and arrays element by element;
//   - interfaces first by the dynamic type (the address of its descriptor), then by
//     value; nil first.
package fmt

import "runtime"

// mapEntry is one key/value pair of a map being printed.
type mapEntry struct {
	key, value runtime.Value
}

// sortedMap returns the entries of the map m sorted by key (stable, so entries that
// compare equal, such as NaN keys, keep the map's iteration order).
func sortedMap(m runtime.Value) []mapEntry {
	entries := make([]mapEntry, 0, m.Len())
	it := m.MapRange()
	for it.Next() {
		entries = append(entries, mapEntry{it.Key(), it.Value()})
	}
	if len(entries) > 1 {
		tmp := make([]mapEntry, len(entries))
		mergeSortEntries(entries, tmp)
	}
	return entries
}

// mergeSortEntries sorts e stably by key, using tmp (same length) as scratch.
func mergeSortEntries(e, tmp []mapEntry) {
	n := len(e)
	if n < 2 {
		return
	}
	mid := n / 2
	mergeSortEntries(e[:mid], tmp[:mid])
	mergeSortEntries(e[mid:], tmp[mid:])
	copy(tmp, e)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if compareKeys(tmp[j].key, tmp[i].key) < 0 {
			e[k] = tmp[j]
			j++
		} else {
			e[k] = tmp[i]
			i++
		}
		k++
	}
	for i < mid {
		e[k] = tmp[i]
		i++
		k++
	}
	for j < n {
		e[k] = tmp[j]
		j++
		k++
	}
}

func compareInts(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareUints(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareFloats orders floats with NaN first (NaNs equal to each other), -0 == +0.
func compareFloats(a, b float64) int {
	aNaN, bNaN := a != a, b != b
	switch {
	case aNaN && bNaN:
		return 0
	case aNaN:
		return -1
	case bNaN:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareKeys compares two map keys of the same static type: -1, 0 or +1.
func compareKeys(a, b runtime.Value) int {
	if a.Type() != b.Type() {
		return -1 // no good answer possible, but not 0: they are not equal
	}
	switch a.Kind() {
	case runtime.Int, runtime.Int8, runtime.Int16, runtime.Int32, runtime.Int64:
		return compareInts(a.Int(), b.Int())
	case runtime.Uint, runtime.Uint8, runtime.Uint16, runtime.Uint32, runtime.Uint64, runtime.Uintptr:
		return compareUints(a.Uint(), b.Uint())
	case runtime.String:
		as, bs := a.String(), b.String()
		switch {
		case as < bs:
			return -1
		case as > bs:
			return 1
		}
		return 0
	case runtime.Float32, runtime.Float64:
		return compareFloats(a.Float(), b.Float())
	case runtime.Bool:
		ab, bb := a.Bool(), b.Bool()
		switch {
		case ab == bb:
			return 0
		case ab:
			return 1
		}
		return -1
	case runtime.Pointer, runtime.UnsafePointer, runtime.Chan:
		return compareUints(uint64(a.Pointer()), uint64(b.Pointer()))
	case runtime.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case runtime.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case runtime.Interface:
		aNil, bNil := a.IsNil(), b.IsNil()
		switch {
		case aNil && bNil:
			return 0
		case aNil:
			return -1
		case bNil:
			return 1
		}
		ae, be := a.Elem(), b.Elem()
		if c := compareUints(uint64(ae.Type().ID()), uint64(be.Type().ID())); c != 0 {
			return c
		}
		return compareKeys(ae, be)
	}
	panic("bad type in compare: " + a.Type().String())
}
