// The in-process checks: each compares the runtime under test with gc's behaviour on the
// same inputs and counts checks and mismatches per category.

package rt

import (
	"fmt"
	"reflect"
	"sort"
	"unsafe"
)

var (
	counts   = map[string]int{}
	failures = map[string]int{}
)

// check records one comparison.
func check(cat, name string, ok bool, got, want any) {
	counts[cat]++
	if ok {
		return
	}
	failures[cat]++
	if failures[cat] <= 8 {
		fmt.Printf("MISMATCH %s %s:\n  runtime %#v\n  gc      %#v\n", cat, name, got, want)
	}
}

// same records whether got and want print identically with %#v.
func same(cat, name string, got, want any) {
	check(cat, name, fmt.Sprintf("%#v", got) == fmt.Sprintf("%#v", want), got, want)
}

// resetG forgets every panic.
func resetG() {
	theG = g{}
	sigpanic = false
}

// rtPanic returns the text of the runtime's panic in progress ("" if none) and resets g.
func rtPanic() string {
	if !theG.panicking {
		return ""
	}
	v := theG._panic.arg
	s, ok := panicText(v)
	if !ok {
		s = "<no text>"
	}
	resetG()
	return s
}

// gcPanic runs f under gc and returns the text of its panic ("" if none).
func gcPanic(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// typeOf returns the loopc descriptor of T.
func typeOf[T any]() *_type {
	return descOf(reflect.TypeOf((*T)(nil)).Elem())
}

// fromLoopc turns an interface value with a loopc type word back into a gc one.
func fromLoopc(v any) any {
	e := (*eface)(unsafe.Pointer(&v))
	if e.typ == nil {
		return nil
	}
	t, ok := fakes[e.typ]
	if !ok {
		return v
	}
	z := reflect.Zero(t).Interface()
	if isDirect(t) {
		(*eface)(unsafe.Pointer(&z)).data = e.data
		return z
	}
	return reflect.NewAt(t, e.data).Elem().Interface()
}

// RunChecks runs every in-process check, prints the counts and reports success.
func RunChecks() bool {
	checkSlices()
	checkStrings()
	checkFloats()
	checkMaps()
	checkEqual()
	checkIfaces()
	checkErrors()
	cats := make([]string, 0, len(counts))
	for c := range counts {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	total, bad := 0, 0
	for _, c := range cats {
		fmt.Printf("%-10s %7d checks, %d mismatches\n", c, counts[c], failures[c])
		total += counts[c]
		bad += failures[c]
	}
	fmt.Printf("total      %7d checks, %d mismatches\n", total, bad)
	return bad == 0
}
