// Map checks: random operation sequences on the runtime's maps and on gc maps side by
// side (keys: ints, strings, floats with NaN and ±0, structs, arrays, interfaces holding
// all of these and unhashable values), comparing every result, len, the full contents
// through the iterator, and panics; iteration while the map changes; nil maps.

package rt

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"sort"
	"unsafe"
)

type mkey struct {
	A int8
	B string
	C float32
	_ int64
	D [2]uint16
}

type ikey struct {
	N int
	V any
}

// keyOps describes how to pass keys of type K to the runtime: conv turns a gc value into
// its loopc memory form (interfaces with loopc type words), back undoes it.
type keyOps[K comparable] struct {
	name string
	pool func(r *rand.Rand) K
	conv func(K) K
	back func(K) K
}

func ident[K any](k K) K { return k }

func anyConv(k any) any { return toLoopc(k) }
func anyBack(k any) any { return fromLoopc(k) }

func floatPool(r *rand.Rand) float64 {
	switch r.Intn(8) {
	case 0:
		return math.NaN()
	case 1:
		return math.Copysign(0, -1)
	case 2:
		return 0
	case 3:
		return math.Inf(1 - 2*r.Intn(2))
	}
	return float64(r.Intn(50)) / 4
}

func anyPool(r *rand.Rand) any {
	switch r.Intn(9) {
	case 0:
		return r.Intn(40)
	case 1:
		return fmt.Sprint(r.Intn(40))
	case 2:
		return floatPool(r)
	case 3:
		return int64(r.Intn(40))
	case 4:
		return mkey{A: int8(r.Intn(3)), B: "s", C: float32(floatPool(r))}
	case 5:
		return [2]float64{floatPool(r), 1}
	case 6:
		return nil
	case 7:
		return float32(floatPool(r))
	}
	return r.Intn(2) == 0
}

// describe formats a key (gc form) for comparing contents.
func describe(k any) string {
	return fmt.Sprintf("%T:%v", k, k)
}

func runMapModel[K comparable](ops keyOps[K], seed int64, n int) {
	r := rand.New(rand.NewSource(seed))
	t := descOf(reflect.TypeOf(map[K]int{}))
	model := map[K]int{}
	m := makemap(t, r.Intn(20))
	key := func(k K) unsafe.Pointer {
		c := ops.conv(k)
		return unsafe.Pointer(&c)
	}
	cat := "map/" + ops.name
	for i := 0; i < n; i++ {
		k := ops.pool(r)
		name := fmt.Sprintf("op %d key %s", i, describe(k))
		switch op := r.Intn(100); {
		case op < 45:
			v := r.Intn(1000)
			model[k] = v
			*(*int)(mapassign(t, m, key(k))) = v
		case op < 75:
			want, wok := model[k]
			p, ok := mapaccess2(t, m, key(k))
			same(cat, name+" lookup", []any{*(*int)(p), ok}, []any{want, wok})
			same(cat, name+" lookup1", *(*int)(mapaccess1(t, m, key(k))), want)
		case op < 97:
			delete(model, k)
			mapdelete(t, m, key(k))
		case op < 98:
			clear(model)
			mapclear(t, m)
		default:
			// Start over with a hinted map.
			model = map[K]int{}
			m = makemap(t, r.Intn(2000))
		}
		same(cat, name+" len", maplen(m), len(model))
		if i%97 == 0 || i == n-1 {
			compareContents(cat, fmt.Sprint("contents at ", i), t, m, model, ops.back)
		}
	}
}

// compareContents compares the entries the runtime's iterator yields with a gc map's.
func compareContents[K comparable](cat, name string, t *_type, m unsafe.Pointer, model map[K]int, back func(K) K) {
	var got, want []string
	for it := mapiterinit(t, m); mapiterkey(it) != nil; mapiternext(it) {
		k := back(*(*K)(mapiterkey(it)))
		got = append(got, fmt.Sprintf("%s=%d", describe(k), *(*int)(mapiterelem(it))))
	}
	for k, v := range model {
		want = append(want, fmt.Sprintf("%s=%d", describe(k), v))
	}
	sort.Strings(got)
	sort.Strings(want)
	same(cat, name, got, want)
}

func checkMaps() {
	runMapModel(keyOps[int]{"int", func(r *rand.Rand) int { return r.Intn(3000) - 1000 }, ident[int], ident[int]}, 1, 60000)
	runMapModel(keyOps[int]{"int-small", func(r *rand.Rand) int { return r.Intn(20) }, ident[int], ident[int]}, 2, 20000)
	runMapModel(keyOps[string]{"string", func(r *rand.Rand) string { return fmt.Sprint(r.Intn(2000)) }, ident[string], ident[string]}, 3, 40000)
	runMapModel(keyOps[float64]{"float64", floatPool, ident[float64], ident[float64]}, 4, 20000)
	runMapModel(keyOps[float32]{"float32", func(r *rand.Rand) float32 { return float32(floatPool(r)) }, ident[float32], ident[float32]}, 5, 10000)
	runMapModel(keyOps[mkey]{"struct", func(r *rand.Rand) mkey {
		return mkey{A: int8(r.Intn(4)), B: fmt.Sprint(r.Intn(5)), C: float32(floatPool(r)), D: [2]uint16{uint16(r.Intn(2)), 7}}
	}, ident[mkey], ident[mkey]}, 6, 20000)
	runMapModel(keyOps[[2]float64]{"array", func(r *rand.Rand) [2]float64 { return [2]float64{floatPool(r), floatPool(r)} }, ident[[2]float64], ident[[2]float64]}, 7, 10000)
	runMapModel(keyOps[any]{"any", anyPool, anyConv, anyBack}, 8, 40000)
	runMapModel(keyOps[ikey]{"struct-any", func(r *rand.Rand) ikey { return ikey{r.Intn(3), anyPool(r)} },
		func(k ikey) ikey { return ikey{k.N, toLoopc(k.V)} }, func(k ikey) ikey { return ikey{k.N, fromLoopc(k.V)} }}, 9, 20000)
	checkMapIterMutation()
	checkMapPanics()
}

// checkMapIterMutation deletes and inserts during iterations and checks the spec's
// guarantees: no entry twice, entries deleted before being reached never, entries present
// throughout exactly once, always with their current element.
func checkMapIterMutation() {
	r := rand.New(rand.NewSource(10))
	t := descOf(reflect.TypeOf(map[int]int{}))
	for round := 0; round < 300; round++ {
		m := makemap(t, 0)
		live := map[int]int{}
		n := r.Intn(300)
		for i := 0; i < n; i++ {
			k := r.Intn(1000)
			live[k] = i
			*(*int)(mapassign(t, m, unsafe.Pointer(&k))) = i
		}
		initial := map[int]bool{}
		for k := range live {
			initial[k] = true
		}
		seen := map[int]bool{}
		deleted := map[int]bool{}
		ok := true
		for it := mapiterinit(t, m); mapiterkey(it) != nil; mapiternext(it) {
			k := *(*int)(mapiterkey(it))
			v := *(*int)(mapiterelem(it))
			if seen[k] || deleted[k] || live[k] != v {
				ok = false
			}
			seen[k] = true
			for j := 0; j < 3; j++ {
				switch r.Intn(4) {
				case 0: // delete a random key
					d := r.Intn(1000)
					delete(live, d)
					mapdelete(t, m, unsafe.Pointer(&d))
					if !seen[d] {
						deleted[d] = true
					}
				case 1: // insert a new key (may or may not be produced), growing the map
					a := 1000 + r.Intn(100000)
					live[a] = -a
					*(*int)(mapassign(t, m, unsafe.Pointer(&a))) = -a
				case 2: // update a key
					u := r.Intn(1000)
					if _, present := live[u]; present {
						live[u]++
						*(*int)(mapassign(t, m, unsafe.Pointer(&u)))++
					}
				}
			}
		}
		for k := range initial {
			if _, present := live[k]; present && !deleted[k] && !seen[k] {
				ok = false
			}
		}
		check("map/iter-mutation", fmt.Sprint("round ", round), ok, false, true)
		compareContents("map/iter-mutation", fmt.Sprint("round ", round), t, m, live, ident[int])
	}
	// clear during iteration ends it.
	m := makemap(t, 0)
	for k := 0; k < 100; k++ {
		*(*int)(mapassign(t, m, unsafe.Pointer(&k))) = k
	}
	count := 0
	for it := mapiterinit(t, m); mapiterkey(it) != nil; mapiternext(it) {
		count++
		mapclear(t, m)
	}
	same("map/iter-mutation", "clear", count, 1)
	// Iterating a nil map.
	same("map/nil", "iterate nil", mapiterkey(mapiterinit(t, nil)) == nil, true)
	same("map/nil", "len nil", maplen(nil), 0)
	k := 5
	p, ok := mapaccess2(t, nil, unsafe.Pointer(&k))
	same("map/nil", "lookup nil", []any{*(*int)(p), ok}, []any{0, false})
	mapdelete(t, nil, unsafe.Pointer(&k))
	same("map/nil", "delete nil", theG.panicking, false)
}

// checkMapPanics compares the panics of unhashable keys and nil-map assignment.
func checkMapPanics() {
	t := descOf(reflect.TypeOf(map[any]int{}))
	ts := descOf(reflect.TypeOf(map[ikey]int{}))
	var gnil map[any]int
	keys := []any{[]int{1}, map[int]int{}, func() {}, [1][]int{}, ikey{1, []string{}}, struct{ F any }{[]int{}}}
	for _, filled := range []bool{false, true} {
		for _, k := range keys {
			real := map[any]int{}
			m := makemap(t, 0)
			realS := map[ikey]int{}
			ms := makemap(ts, 0)
			if filled {
				real[1] = 1
				one := toLoopc(1)
				*(*int)(mapassign(t, m, unsafe.Pointer(&one))) = 1
				realS[ikey{}] = 1
				var zero ikey
				*(*int)(mapassign(ts, ms, unsafe.Pointer(&zero))) = 1
			}
			lk := toLoopc(k)
			name := fmt.Sprintf("%T filled=%v", k, filled)
			want := gcPanic(func() { _ = real[k] })
			mapaccess1(t, m, unsafe.Pointer(&lk))
			same("map/panic", name+" access", rtPanic(), want)
			want = gcPanic(func() { _, _ = real[k] })
			mapaccess2(t, m, unsafe.Pointer(&lk))
			same("map/panic", name+" access2", rtPanic(), want)
			want = gcPanic(func() { delete(real, k) })
			mapdelete(t, m, unsafe.Pointer(&lk))
			same("map/panic", name+" delete", rtPanic(), want)
			want = gcPanic(func() { real[k] = 2 })
			mapassign(t, m, unsafe.Pointer(&lk))
			same("map/panic", name+" assign", rtPanic(), want)
			want = gcPanic(func() { _ = gnil[k] })
			mapaccess1(t, nil, unsafe.Pointer(&lk))
			same("map/panic", name+" nil access", rtPanic(), want)
			// Struct keys with an interface field.
			sk := ikey{2, k}
			lsk := ikey{2, lk}
			want = gcPanic(func() { realS[sk] = 1 })
			mapassign(ts, ms, unsafe.Pointer(&lsk))
			same("map/panic", name+" struct assign", rtPanic(), want)
			want = gcPanic(func() { _ = realS[sk] })
			mapaccess1(ts, ms, unsafe.Pointer(&lsk))
			same("map/panic", name+" struct access", rtPanic(), want)
		}
	}
	one := toLoopc(1)
	want := gcPanic(func() { gnil[1] = 1 })
	mapassign(t, nil, unsafe.Pointer(&one))
	same("map/panic", "nil assign", rtPanic(), want)
}
