// Equality checks: typedmemequal and efaceeq against gc's == on values of many types,
// including interfaces holding uncomparable values (which panic).

package rt

import (
	"fmt"
	"math/rand"
	"reflect"
	"unsafe"
)

type eqS struct {
	A int
	B any
	C string
}

type eqP struct {
	X any
	Y int
}

func eqPool(r *rand.Rand) any {
	switch r.Intn(12) {
	case 0:
		return []int{1}
	case 1:
		return eqS{r.Intn(2), anyPool(r), "c"}
	case 2:
		return eqP{anyPool(r), r.Intn(2)}
	case 3:
		return eqP{[]int{}, r.Intn(2)}
	case 4:
		return eqS{r.Intn(2), map[int]int{}, "c"}
	case 5:
		return [2]any{anyPool(r), anyPool(r)}
	case 6:
		return &eqPtrTarget
	case 7:
		return func() {}
	}
	return anyPool(r)
}

var eqPtrTarget int

func checkEqual() {
	r := rand.New(rand.NewSource(11))
	tAny := typeOf[any]()
	for i := 0; i < 30000; i++ {
		x, y := eqPool(r), eqPool(r)
		if r.Intn(3) == 0 {
			y = x
		}
		var want any
		if p := gcPanic(func() { want = x == y }); p != "" {
			want = "panic: " + p
		}
		lx, ly := toLoopc(x), toLoopc(y)
		var got any = typedmemequal(tAny, unsafe.Pointer(&lx), unsafe.Pointer(&ly))
		if p := rtPanic(); p != "" {
			got = "panic: " + p
		}
		name := fmt.Sprintf("%T %v == %T %v", x, x, y, y)
		same("equal", name, got, want)
		// efaceeq, as the compiler calls it once the dynamic types are known to match.
		if reflect.TypeOf(x) == reflect.TypeOf(y) && x != nil {
			ex, ey := (*eface)(unsafe.Pointer(&lx)), (*eface)(unsafe.Pointer(&ly))
			var got2 any = efaceeq(ex.typ, ex.data, ey.data)
			if p := rtPanic(); p != "" {
				got2 = "panic: " + p
			}
			same("equal", "efaceeq "+name, got2, want)
		}
	}
	// Struct comparisons: a differing plain field decides before an interface field panics.
	tS := typeOf[eqS]()
	for _, pair := range [][2]eqS{{{1, []int{}, "a"}, {2, []int{}, "a"}}, {{1, []int{}, "a"}, {1, []int{}, "a"}}, {{1, []int{}, "a"}, {1, []int{}, "b"}}} {
		a, b := pair[0], pair[1]
		var want any
		if p := gcPanic(func() { want = a == b }); p != "" {
			want = "panic: " + p
		}
		la, lb := eqS{a.A, toLoopc(a.B), a.C}, eqS{b.A, toLoopc(b.B), b.C}
		var got any = typedmemequal(tS, unsafe.Pointer(&la), unsafe.Pointer(&lb))
		if p := rtPanic(); p != "" {
			got = "panic: " + p
		}
		same("equal", fmt.Sprint("struct ", a, b), got, want)
	}
}
