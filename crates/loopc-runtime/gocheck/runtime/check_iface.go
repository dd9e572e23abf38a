// Interface checks: getitab (method matching by name and signature, the cache, failures)
// against gc's Implements and assertion panics; panicdottype's texts.

package rt

import (
	"fmt"
	"reflect"
	"unsafe"
)

type IA interface{ M() }
type IB interface {
	M()
	N(int) string
}
type IC interface {
	A()
	Z()
}
type ID interface{ N(string) string }

type TA struct{}

func (TA) M() {}

type TB struct{ x int }

func (TB) M()              {}
func (*TB) N(int) string   { return "" }
func (TB) A()              {}
func (TB) Z()              {}
func (TB) Other(a, b bool) {}

type TC int

func (TC) N(int) string { return "" }

func checkIfaces() {
	inters := []reflect.Type{reflect.TypeOf((*IA)(nil)).Elem(), reflect.TypeOf((*IB)(nil)).Elem(),
		reflect.TypeOf((*IC)(nil)).Elem(), reflect.TypeOf((*ID)(nil)).Elem(), reflect.TypeOf((*error)(nil)).Elem()}
	vals := []any{TA{}, &TA{}, TB{}, &TB{}, TC(1), new(TC), 5, "s"}
	for round := 0; round < 2; round++ { // the second round hits the cache
		for _, it := range inters {
			for _, v := range vals {
				ct := reflect.TypeOf(v)
				name := fmt.Sprintf("%v implements %v", ct, it)
				m := getitab(descOf(it), descOf(ct), true)
				same("getitab", name, m != nil, ct.Implements(it))
				if m != nil {
					// Each entry is the concrete type's method of the interface method's name.
					d := descOf(ct)
					ok := m.inter == descOf(it) && m.typ == d && m.hash == d.hash
					for k, im := range descOf(it).imethods {
						found := false
						for _, cm := range d.methods {
							if cm.name == im.name && *itabFun(m, k) == cm.ifn {
								found = true
							}
						}
						ok = ok && found
					}
					check("getitab", name+" table", ok, false, true)
				}
				// The panic of a failing conversion, compared with gc's x.(I).
				want := gcPanic(func() { assertTo(it, v) })
				getitab(descOf(it), descOf(ct), false)
				same("getitab", name+" panic", rtPanic(), loopcName(want))
			}
			var nilv any
			want := gcPanic(func() { assertTo(it, nilv) })
			getitab(descOf(it), nil, false)
			same("getitab", fmt.Sprint("nil to ", it), rtPanic(), loopcName(want))
			same("getitab", fmt.Sprint("nil to ", it, " canfail"), getitab(descOf(it), nil, true) == nil, true)
		}
	}
	// panicdottype: x.(T) with a concrete T, x of static type any or IA.
	var x any = "s"
	var ia IA = TA{}
	var nilAny any
	var nilIA IA
	cases := []struct {
		have, want, iface reflect.Type
		gc                func()
	}{
		{reflect.TypeOf(""), reflect.TypeOf(0), typeAny, func() { _ = x.(int) }},
		{nil, reflect.TypeOf(0), typeAny, func() { _ = nilAny.(int) }},
		{reflect.TypeOf(TA{}), reflect.TypeOf(&TA{}), reflect.TypeOf((*IA)(nil)).Elem(), func() { _ = ia.(*TA) }},
		{nil, reflect.TypeOf(TA{}), reflect.TypeOf((*IA)(nil)).Elem(), func() { _ = nilIA.(TA) }},
	}
	for _, c := range cases {
		want := gcPanic(c.gc)
		var have *_type
		if c.have != nil {
			have = descOf(c.have)
		}
		panicdottype(have, descOf(c.want), descOf(c.iface))
		same("dottype", fmt.Sprint(c.have, c.want), rtPanic(), loopcName(want))
	}
	// Same name, different packages/scopes.
	type TA struct{}
	local := reflect.TypeOf(TA{})
	panicdottype(descOf(local), typeOf[TA](), typeOf[any]())
	var y any = TA{}
	want := gcPanic(func() { _ = y.(tAlias) })
	same("dottype", "same name, different scopes", rtPanic(), loopcName(want))
	_ = unsafe.Pointer(nil)
}

// tAlias is the package-level TA, for asserting a function-local TA to it.
type tAlias = TA

var typeAny = reflect.TypeOf((*any)(nil)).Elem()

// assertTo performs v.(I) for the interface types checkIfaces uses.
func assertTo(it reflect.Type, v any) {
	switch it {
	case reflect.TypeOf((*IA)(nil)).Elem():
		_ = v.(IA)
	case reflect.TypeOf((*IB)(nil)).Elem():
		_ = v.(IB)
	case reflect.TypeOf((*IC)(nil)).Elem():
		_ = v.(IC)
	case reflect.TypeOf((*ID)(nil)).Elem():
		_ = v.(ID)
	default:
		_ = v.(error)
	}
}
