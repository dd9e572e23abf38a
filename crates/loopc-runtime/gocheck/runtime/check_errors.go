// Error text checks: the run-time errors of index and slice expressions, conversions to
// arrays, division, shifts, nil dereferences and panic(nil), against gc's.

package rt

import (
	"fmt"
)

var (
	sinkInt  int
	sinkArr3 *[3]int
)

func checkErrors() {
	s := make([]int, 3, 5)
	str := "abc"
	vals := []int{-5, -1, 0, 1, 2, 3, 4, 5, 6, 10}
	for _, x := range vals {
		for _, y := range vals {
			x, y := x, y
			type form struct {
				code  int
				rx    int
				ry    int
				gc    func()
				label string
			}
			forms := []form{
				{boundsIndex, x, len(s), func() { sinkInt = s[x] }, "s[x]"},
				{boundsIndex, x, len(str), func() { sinkInt = int(str[x]) }, "str[x]"},
				{boundsSliceAcap, x, cap(s), func() { _ = s[:x] }, "s[:x]"},
				{boundsSliceAlen, x, len(str), func() { _ = str[:x] }, "str[:x]"},
				{boundsSliceB, x, y, func() { _ = s[x:y] }, "s[x:y]"},
				{boundsSlice3Acap, x, cap(s), func() { _ = s[:x:x] }, "s[:x:x]"},
				{boundsSlice3B, x, y, func() { _ = s[:x:y] }, "s[:x:y]"},
				{boundsSlice3C, x, y, func() { _ = s[x:y:5] }, "s[x:y:5]"},
			}
			for _, f := range forms {
				want := gcPanic(f.gc)
				if want == "" {
					continue
				}
				// Which check fails first is the compiler's business; the runtime must word
				// the failing one as gc does. Find gc's (code, operands) among the forms.
				got := ""
				for _, cand := range candidates(f.code, x, y, f.ry) {
					if f.code == boundsIndex {
						panicIndex(cand[0], cand[1])
					} else {
						panicSlice(cand[2], cand[0], cand[1])
					}
					if txt := rtPanic(); txt == want {
						got = txt
						break
					}
				}
				same("bounds", fmt.Sprint(f.label, " x=", x, " y=", y), got, want)
			}
		}
	}
	// Slice to array pointer conversion.
	for _, n := range []int{0, 1, 2} {
		sl := make([]int, n)
		want := gcPanic(func() { sinkArr3 = (*[3]int)(sl) })
		panicSlice(boundsConvert, 3, n)
		same("bounds", fmt.Sprint("convert len ", n), rtPanic(), want)
	}
	zero := 0
	want := gcPanic(func() { sinkInt = 1 / zero })
	panicdivide()
	same("errors", "divide", rtPanic(), want)
	neg := -1
	want = gcPanic(func() { sinkInt = 1 << neg })
	panicshift()
	same("errors", "shift", rtPanic(), want)
	var np *int
	want = gcPanic(func() { sinkInt = *np })
	panicmem()
	same("errors", "nil deref", rtPanic(), want)
	want = gcPanic(func() { panic(nil) })
	gopanic(nil)
	same("errors", "panic(nil)", rtPanic(), want)
	for st, txt := range map[int]string{
		rfDone:         "range function continued iteration after function for loop body returned false",
		rfPanic:        "range function continued iteration after loop body panic",
		rfExhausted:    "range function continued iteration after whole loop exit",
		rfMissingPanic: "range function recovered a loop body panic and did not resume panicking",
	} {
		// The texts are SEMANTICS.md §4.3's (recorded from gc); programs/rangefunc_*.go
		// compare complete reports.
		panicrangestate(st)
		same("errors", fmt.Sprint("rangestate ", st), rtPanic(), "runtime error: "+txt)
	}
}

// candidates lists (x, y, code) triples to try for a failed bounds check, for forms where
// gc reports a different operand pair or code than the expression's first check.
func candidates(code, x, y, ry int) [][3]int {
	out := [][3]int{{x, ry, code}, {x, y, code}, {y, ry, code}}
	for c := boundsSliceAlen; c <= boundsSlice3C; c++ {
		out = append(out, [3]int{x, y, c}, [3]int{y, 5, c}, [3]int{y, 3, c}, [3]int{x, 5, c}, [3]int{x, 3, c})
	}
	return out
}
