package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Set(i uint) {
	w := i / 64
	for uint(len(b.words)) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << (i % 64)
}

func (b *BitSet) Clear(i uint) {
	if w := i / 64; w < uint(len(b.words)) {
		b.words[w] &^= 1 << (i % 64)
	}
}

func (b *BitSet) Has(i uint) bool {
	w := i / 64
	return w < uint(len(b.words)) && b.words[w]&(1<<(i%64)) != 0
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < max(len(b.words), len(o.words)); i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words = append(r.words, x|y)
	}
	return r
}

func (b *BitSet) Intersect(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < min(len(b.words), len(o.words)); i++ {
		r.words = append(r.words, b.words[i]&o.words[i])
	}
	return r
}

func (b BitSet) String() string {
	var parts []string
	for i, w := range b.words {
		for j := 0; j < 64; j++ {
			if w&(1<<j) != 0 {
				parts = append(parts, fmt.Sprint(i*64+j))
			}
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	var a, b BitSet
	for _, i := range []uint{1, 3, 5, 64, 100, 127, 200} {
		a.Set(i)
	}
	for i := uint(0); i < 130; i += 25 {
		b.Set(i)
	}
	fmt.Println(a, a.Count())
	fmt.Println(b, b.Count())
	fmt.Println(a.Union(&b), a.Intersect(&b))
	a.Clear(64)
	a.Clear(1000)
	fmt.Println(a.Has(64), a.Has(100), a.Has(5000), a.Count())
	fmt.Printf("%#x %b\n", a.words[0], a.words[0])
	fmt.Printf("%016x\n", a.words)
}
