package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }
func (iv Interval) Len() int       { return iv.Hi - iv.Lo }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := make([]Interval, len(ivs))
	copy(s, ivs)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func gaps(ivs []Interval, lo, hi int) []Interval {
	var out []Interval
	cur := lo
	for _, iv := range merge(ivs) {
		if iv.Lo > cur {
			out = append(out, Interval{cur, min(iv.Lo, hi)})
		}
		cur = max(cur, iv.Hi)
	}
	if cur < hi {
		out = append(out, Interval{cur, hi})
	}
	return out
}

func totalCovered(ivs []Interval) (n int) {
	for _, iv := range merge(ivs) {
		n += iv.Len()
	}
	return
}

func main() {
	meetings := []Interval{{9, 10}, {13, 15}, {9, 11}, {14, 16}, {20, 21}, {10, 12}, {21, 22}}
	fmt.Println(merge(meetings))
	fmt.Println("free:", gaps(meetings, 8, 23))
	fmt.Println("busy hours:", totalCovered(meetings))
	fmt.Println(merge(nil), merge([]Interval{{1, 1}}), gaps(nil, 0, 5))
	fmt.Println(meetings)
}
