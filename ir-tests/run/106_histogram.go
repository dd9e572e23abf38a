package main

import (
	"fmt"
	"strings"
)

type Histogram struct {
	lo, width float64
	bins      []int
	under     int
	over      int
}

func NewHistogram(lo, hi float64, n int) *Histogram {
	return &Histogram{lo: lo, width: (hi - lo) / float64(n), bins: make([]int, n)}
}

func (h *Histogram) Add(x float64) {
	if x < h.lo {
		h.under++
		return
	}
	i := int((x - h.lo) / h.width)
	if i >= len(h.bins) {
		h.over++
		return
	}
	h.bins[i]++
}

func (h *Histogram) String() string {
	var b strings.Builder
	mx := 1
	for _, c := range h.bins {
		mx = max(mx, c)
	}
	for i, c := range h.bins {
		lo := h.lo + float64(i)*h.width
		fmt.Fprintf(&b, "[%6.2f,%6.2f) %3d %s\n", lo, lo+h.width, c, strings.Repeat("█", c*20/mx))
	}
	fmt.Fprintf(&b, "under=%d over=%d", h.under, h.over)
	return b.String()
}

type lcg struct{ state uint32 }

func (l *lcg) next() float64 {
	l.state = l.state*1664525 + 1013904223
	return float64(l.state>>8) / float64(1<<24)
}

func main() {
	h := NewHistogram(0, 1, 10)
	g := &lcg{42}
	for range 500 {
		h.Add(g.next())
	}
	fmt.Println(h)
	h2 := NewHistogram(-3, 3, 12)
	for range 2000 {
		s := 0.0
		for range 12 {
			s += g.next()
		}
		h2.Add(s - 6)
	}
	fmt.Println(h2)
	h3 := NewHistogram(0, 10, 5)
	for _, x := range []float64{-1, 0, 2, 2, 9.99, 10, 11, 5} {
		h3.Add(x)
	}
	fmt.Printf("%v\n%d\n", h3, h3.bins)
}
