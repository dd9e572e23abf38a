// Command fmtcheck compares loopc's fmt (x/std/fmt, running on gc through the reflection
// shim) with gc's fmt over a generated matrix of verbs × flags × widths × precisions ×
// operands, random format strings with argument indexes, stars and errors, the Print
// family, Errorf with %w, and loopc's errors.As/Is and sort.Slice (which use the same
// reflection API). It prints every mismatch and a summary.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"

	merrors "x/std/errors"
	gcfm "x/cmd/fmtcheck/gcfm"
	loopcfm "x/cmd/fmtcheck/loopcfm"
	mfmt "x/std/fmt"
	msort "x/std/sort"
)

var total, bad int

func report(what, mine, real string) {
	total++
	if mine != real {
		bad++
		if bad <= 60 {
			fmt.Printf("MISMATCH %s:\n  mine %q\n  real %q\n", what, mine, real)
		}
	}
}

// ---- operand types ----

type MyInt int
type MyString string
type MyFloat float64
type MyBytes []byte
type MyBool bool

type Point struct{ X, Y int }

type inner struct {
	A int
	b string
}

type Outer struct {
	Point
	In    inner
	P     *Point
	S     []int
	M     map[string]int
	I     any
	E     error
	hid   Stringy
	Bytes []byte
}

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("Stringy<%d>", int(s)) }

type PtrStringy struct{ N int }

func (s *PtrStringy) String() string { return "PtrStringy!" }

type Errish struct{ msg string }

func (e Errish) Error() string { return "err:" + e.msg }

type Panicky int

func (p Panicky) String() string { panic("boom") }

type NilPanicky struct{ n int }

func (p *NilPanicky) String() string { return fmt.Sprint(p.n) }

type ErrPanicky struct{}

func (ErrPanicky) Error() string { panic(errors.New("error-boom")) }

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

type Empty struct{}

type WithIface struct {
	V fmt.Stringer
	W any
}

type Arr [3]int8

// operands returns the operand list (with gc's Formatter; main substitutes loopc's).
func operands() []any {
	x := 7
	px := &x
	pt := &Point{1, 2}
	var nilPoint *Point
	var nilMap map[string]int
	var nilSlice []int
	var nilBytes []byte
	var nilErr error
	var nilStringer fmt.Stringer
	var nilFunc func()
	var nilNP *NilPanicky
	fmter := any(gcfm.Fmter(3))
	return []any{
		nil, true, false,
		0, 1, -1, 42, -42, 255, 1 << 40, math.MaxInt64, math.MinInt64,
		int8(0), int8(-128), int8(127), int16(-32768), int16(1234), int32(-5), int32(0x1F600), int64(-1 << 40),
		uint(0), uint(7), uint8(200), uint16(65535), uint32(0xDEADBEEF), uint64(math.MaxUint64), uintptr(0x1234),
		'x', 'é', rune(0x10FFFF), rune(0x110000), rune(-1), '\n', '\'', '"',
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 1e20, 1e21, 1e-5, 1e-4, 123456789.0, 1e100,
		math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, math.MaxFloat64, 0.1, 2.5, 1e6, 1e-7, 100.0,
		float32(0.1), float32(1e10), float32(-3.5), float32(math.MaxFloat32), float32(1.0 / 3),
		"", "hello", "héllo, 世界", "\xff\xfeab", "a\tb\nc", `"quoted"`, "`back`", "\x00\x7f", "\u2028", "日本語テキスト",
		[]byte("bytes"), []byte{0, 1, 255}, nilBytes, MyBytes("mb"), [3]byte{65, 66, 67}, [0]byte{},
		[]int{1, 2, 3}, nilSlice, []int{}, []string{"a", "b c"}, []any{1, "a", nil, 2.5}, [][]int{{1}, {2, 3}},
		[2]bool{true, false}, Arr{1, -2, 3}, []float64{1.5, math.Inf(1)}, []*Point{pt, nil},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m", 10: "t"}, nilMap, map[string]int{},
		map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", 2.5: "x"},
		map[bool]int{true: 1, false: 0}, map[any]int{1: 1, "a": 2, 2: 3, "b": 4, 1.5: 5, nil: 6},
		map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"}, map[Point]bool{{2, 1}: true, {1, 9}: false},
		map[MyString][]int{"k": {1}, "j": nil}, map[int8]Point{-3: {1, 2}, 4: {}},
		Point{1, 2}, &Point{3, 4}, nilPoint, pt, px, Empty{}, &Empty{},
		inner{5, "five"}, &inner{6, "six"},
		Outer{Point: Point{1, 2}, In: inner{3, "x"}, P: pt, S: []int{4}, M: map[string]int{"z": 26, "y": 25},
			I: 9, E: Errish{"inside"}, hid: Stringy(4), Bytes: []byte("hi")},
		&Outer{I: "str", E: nilErr},
		WithIface{V: Stringy(1), W: Point{}}, WithIface{},
		MyInt(5), MyString("my"), MyFloat(2.5), MyBool(true),
		Stringy(3), &PtrStringy{2}, PtrStringy{5}, Errish{"bad"}, &Errish{"ptr"},
		Panicky(1), nilNP, &NilPanicky{4}, ErrPanicky{},
		[]Stringy{1, 2}, map[Stringy]Stringy{2: 3, 1: 4}, []error{Errish{"e1"}, nil},
		fmter, GoStr{1}, []GoStr{{2}}, &GoStr{3},
		nilStringer, nilErr, nilFunc, errors.New("plain error"),
		struct {
			A any
			B *int
		}{nil, nil},
		struct{}{}, [2][2]string{{"a", "b"}, {"c", "d"}},
		func() {},
	}
}

var verbs = []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "c", "t", "f", "F", "e", "E", "g", "G",
	"b", "o", "O", "U", "#U", "p", "w", "z", "%", "#x", "#o", "#q", "+q", " x", "# x", "#g", "#e", "#b", "+d"}
var flagSets = []string{"", "-", "+", " ", "0", "-0", "+0", " 0", "#0", "-+ #0"}
var widths = []string{"", "1", "6", "14", "0"}
var precs = []string{"", ".0", ".1", ".3", ".12", "."}

func sprintfBoth(format string, mineArgs, realArgs []any) (string, string) {
	return mfmt.Sprintf(format, mineArgs...), fmt.Sprintf(format, realArgs...)
}

func main() {
	// The same objects go to both printers (addresses print), except the Formatter.
	realOps := operands()
	mineOps := append([]any(nil), realOps...)
	for i, op := range realOps {
		if f, ok := op.(gcfm.Fmter); ok {
			mineOps[i] = loopcfm.Fmter(f)
		}
	}
	n := len(realOps)

	// The verb matrix.
	for i := 0; i < n; i++ {
		for _, v := range verbs {
			for _, fl := range flagSets {
				for _, w := range widths {
					for _, pr := range precs {
						f := "%" + fl + w + pr + v
						m, r := sprintfBoth(f, mineOps[i:i+1], realOps[i:i+1])
						report(fmt.Sprintf("Sprintf(%q, %T)", f, realOps[i]), m, r)
					}
				}
			}
		}
	}

	// Print family on pairs of operands.
	for i := 0; i < n; i++ {
		for j := 0; j < n; j += 7 {
			report("Sprint", mfmt.Sprint(mineOps[i], mineOps[j]), fmt.Sprint(realOps[i], realOps[j]))
			report("Sprintln", mfmt.Sprintln(mineOps[i], mineOps[j]), fmt.Sprintln(realOps[i], realOps[j]))
			report("Sprint3", mfmt.Sprint(mineOps[i], "s", mineOps[j], 1, 2), fmt.Sprint(realOps[i], "s", realOps[j], 1, 2))
		}
	}
	report("Sprint()", mfmt.Sprint(), fmt.Sprint())
	report("Sprintln()", mfmt.Sprintln(), fmt.Sprintln())
	report("Append", string(mfmt.Append([]byte("x"), 1, "a")), string(fmt.Append([]byte("x"), 1, "a")))
	report("Appendf", string(mfmt.Appendf([]byte("x"), "%d|", 5)), string(fmt.Appendf([]byte("x"), "%d|", 5)))
	report("Appendln", string(mfmt.Appendln(nil, 1, 2)), string(fmt.Appendln(nil, 1, 2)))

	// Hand-written format strings: argument indexes, stars, errors.
	fixed := []struct {
		f    string
		args []any
	}{
		{"%[2]d %[1]d", []any{1, 2}}, {"%[3]d", []any{1, 2}}, {"%[0]d", []any{1}}, {"%[x]d", []any{1}},
		{"%[1]d %d", []any{1, 2}}, {"%[2]*[1]d", []any{12, 5}}, {"%[3]*.[2]*[1]f", []any{12.0, 2, 6}},
		{"%.[2]d", []any{7, 8}}, {"%[1]2d", []any{3}}, {"%[1].2d", []any{3}}, {"%*d", []any{5, 3}},
		{"%-*d|", []any{5, 3}}, {"%*d", []any{-5, 3}}, {"%.*d", []any{3, 7}}, {"%.*d", []any{-3, 7}},
		{"%*d", []any{"x", 3}}, {"%.*d", []any{"x", 3}}, {"%*d", []any{int64(4), 3}}, {"%*d", []any{uint8(4), 3}},
		{"%*d", []any{10000000, 3}}, {"%.*d", []any{uint64(math.MaxUint64), 3}}, {"%*d", []any{}},
		{"%d", []any{}}, {"%d %d", []any{1}}, {"%d", []any{1, 2, "x", nil}}, {"%", []any{}}, {"%-", []any{1}},
		{"%!", []any{1}}, {"%é", []any{1}}, {"%%", []any{1}}, {"%5%", []any{}}, {"hi", []any{1}},
		{"%[1]d", []any{1, 2}}, {"%[2]d", []any{1, 2}}, {"%v %[1]v %v", []any{1, 2}}, {"%[5]d", []any{1}},
		{"%[-1]d", []any{1}}, {"%[1", []any{1}}, {"%[]d", []any{1}}, {"%1234567d", []any{1}},
		{"%.1234567d", []any{1}}, {"%10.4v|%-10s|", []any{3.14159, "ab"}}, {"%06.2f", []any{-3.14159}},
		{"%x", []any{"héllo"}}, {"% X", []any{[]byte{1, 171}}}, {"%#-8x|", []any{255}}, {"%08.3d", []any{-5}},
		{"%+.3e", []any{12345.678}}, {"%#.0f", []any{3.0}}, {"%#.0e", []any{3.0}}, {"%#g", []any{1e6}},
		{"%#.3x", []any{1.0}}, {"%#v", []any{1e6}}, {"%v", []any{1e21}}, {"%v", []any{float32(1e21)}},
		{"%6.2v", []any{"héllo"}}, {"%-08d|", []any{5}}, {"%0-8d|", []any{5}}, {"%+ d", []any{5}},
		{"%U", []any{0x1F600}}, {"%#U", []any{'\t'}}, {"%.8U", []any{'x'}}, {"%#.8U", []any{'x'}},
		{"%c|%5c|%-5c|", []any{'a', 'b', 'c'}}, {"%q", []any{0x110000}}, {"%+q", []any{"héllo"}},
		{"%#q", []any{"a`b"}}, {"%#+q", []any{"héllo"}}, {"%.3q", []any{"héllo"}}, {"%010q", []any{"x"}},
		{"%t %v", []any{true, false}}, {"%5t|%-6t|", []any{true, false}}, {"%w", []any{errors.New("e")}},
		{"%v %w", []any{1, 2}}, {"%[2]v", []any{1}}, {"%.2s", []any{[]byte("héllo")}}, {"%.0s|", []any{"x"}},
		{"%s", []any{[]string{"a", "b"}}}, {"%d", []any{[]any{1, "x"}}}, {"%x", []any{[]any{"ab", 10}}},
		{"%s", []any{map[string]any{"k": 1}}}, {"%d", []any{&Point{1, 2}}}, {"%s", []any{&Point{1, 2}}},
		{"%v", []any{&[]int{1}}}, {"%v", []any{&map[int]int{1: 2}}}, {"%v", []any{&[2]int{1, 2}}},
		{"%v", []any{[]*int{nil}}}, {"%+v", []any{struct{ A, B any }{1, nil}}}, {"%#v", []any{[]any{nil, 1}}},
		{"%#v", []any{map[string]any{"a": nil}}}, {"%#v", []any{struct{ P *Point }{}}}, {"%#v", []any{(*int)(nil)}},
		{"%#v", []any{[]byte(nil)}}, {"%#v", []any{MyBytes(nil)}}, {"%#v", []any{uint8(3)}}, {"%#v", []any{'x'}},
		{"%#v", []any{float32(1)}}, {"%#v", []any{-0.0}}, {"%#v", []any{math.Copysign(0, -1)}},
		{"%#v", []any{1e-7}}, {"%#v", []any{any(nil)}}, {"%v", []any{[]any{nil}}}, {"%s", []any{nil}},
		{"%d", []any{nil}}, {"%T %T", []any{nil, []any{}}}, {"%p", []any{nil}}, {"%p", []any{1}},
		{"%p", []any{map[int]int(nil)}}, {"%p", []any{[]int(nil)}}, {"%#p", []any{(*int)(nil)}},
		{"%s %d", []any{Panicky(1), Panicky(2)}}, {"%v", []any{[]Panicky{1}}}, {"%x", []any{Panicky(1)}},
		{"%d", []any{Panicky(1)}}, {"%v", []any{ErrPanicky{}}}, {"%s", []any{(*NilPanicky)(nil)}},
		{"%v", []any{struct{ P *NilPanicky }{}}}, {"%v", []any{map[string]Panicky{"a": 1}}},
		{"%v", []any{Stringy(2)}}, {"%d", []any{Stringy(2)}}, {"%#v", []any{Stringy(2)}},
		{"%v", []any{struct{ s Stringy }{3}}}, {"%v", []any{struct{ S Stringy }{3}}},
		{"%v", []any{[]fmt.Stringer{Stringy(1), nil}}}, {"%v", []any{struct{ e error }{Errish{"h"}}}},
		{"%s", []any{struct{ E error }{Errish{"h"}}}}, {"%v", []any{PtrStringy{1}}}, {"%v", []any{&PtrStringy{1}}},
		{"%v", []any{[]PtrStringy{{1}}}}, {"%v", []any{[]*PtrStringy{{1}}}}, {"%v", []any{struct{ P *PtrStringy }{&PtrStringy{}}}},
		{"%s", []any{errors.New("x")}}, {"%q", []any{Errish{"q"}}}, {"%x", []any{Errish{"q"}}}, {"%10v|", []any{Errish{"q"}}},
		{"%v", []any{GoStr{1}}}, {"%#v", []any{GoStr{1}}}, {"%#v", []any{[]GoStr{{1}}}}, {"%#v", []any{struct{ G GoStr }{}}},
		{"%v", []any{[3]uint8{1, 2, 3}}}, {"%s", []any{[3]uint8{65, 66, 67}}}, {"%x", []any{[3]uint8{1, 2, 3}}},
		{"%q", []any{MyBytes("q")}}, {"%v", []any{MyBytes("q")}}, {"%#v", []any{MyBytes("q")}}, {"%z", []any{MyBytes("q")}},
		{"%z", []any{[]byte("q")}}, {"%c", []any{[]byte("q")}}, {"%v", []any{map[*int]int{nil: 1}}},
		{"%v %v", []any{int8(-5), uint16(7)}}, {"%08.3f|% .3f|%+.3f", []any{3.14159, 2.0, 1.0}},
		{"%-8.3e|%8.3E|", []any{1234.5678, 0.000123}}, {"%g %G", []any{1e-10, 1e+30}}, {"%.3g", []any{1234567.0}},
		{"%10.3g|", []any{math.NaN()}}, {"%+010.3g|", []any{math.Inf(1)}}, {"% 010.3g|", []any{math.NaN()}},
		{"%010v|", []any{math.Inf(-1)}}, {"%b", []any{1.0}}, {"%x %X", []any{1.0, -0.5}}, {"%.2x", []any{3.0}},
		{"%#x", []any{1.0}}, {"%#.0x", []any{1.0}}, {"%#b", []any{4.0}}, {"%e", []any{float32(0.1)}},
		{"%v", []any{float32(0.1)}}, {"%.20f", []any{0.1}}, {"%.100e", []any{5e-324}}, {"%f", []any{1e300}},
	}
	for _, c := range fixed {
		m, r := sprintfBoth(c.f, c.args, c.args)
		report(fmt.Sprintf("Sprintf(%q, %#v)", c.f, c.args), m, r)
	}

	// Random format strings over random operands.
	rnd := rand.New(rand.NewSource(2))
	pieces := []string{"%d", "%v", "%s", "%x", "%[1]d", "%[2]v", "%[3]s", "%*d", "%.*f", "%-5v", "%05d", "%q", "%T",
		"%", "%[", "%[9]d", "%.", "%*", "%!", "%w", " ", "txt", "%%", "%+v", "%#v", "%6.2f", "%[1]*d", "%[2].[1]*f"}
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		for j := rnd.Intn(5); j >= 0; j-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		na := rnd.Intn(4)
		ma, ra := make([]any, na), make([]any, na)
		for j := range ma {
			idx := rnd.Intn(n)
			ma[j], ra[j] = mineOps[idx], realOps[idx]
		}
		m, r := sprintfBoth(b.String(), ma, ra)
		report(fmt.Sprintf("Sprintf(%q, %v)", b.String(), ra), m, r)
	}

	checkErrorf()
	checkErrors()
	checkSort()

	fmt.Printf("fmt: %d checks, %d mismatches\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

// shape describes an error's message and wrapping structure.
func shape(err error) string {
	if err == nil {
		return "nil"
	}
	s := fmt.Sprintf("%q", err.Error())
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		u := x.Unwrap()
		s += fmt.Sprintf(" unwrap=%v", u == nil)
		if u != nil {
			s += "(" + u.Error() + ")"
		}
	case interface{ Unwrap() []error }:
		s += " unwraps=["
		for _, e := range x.Unwrap() {
			s += e.Error() + ";"
		}
		s += "]"
	}
	return s
}

func checkErrorf() {
	e1, e2 := errors.New("one"), Errish{"two"}
	cases := []struct {
		f    string
		args []any
	}{
		{"plain", nil}, {"100%% sure", nil}, {"x %d", []any{1}}, {"wrap: %w", []any{e1}}, {"%w and %w", []any{e1, e2}},
		{"%[2]w %[1]w", []any{e1, e2}}, {"%w %w %[1]w", []any{e1, e2}}, {"%w", []any{"notanerror"}}, {"%w", []any{nil}},
		{"%w %w", []any{e1, 3}}, {"%v", []any{e1}}, {"%w", []any{}}, {"%+w", []any{e2}}, {"%#w", []any{e2}},
		{"%5w|", []any{e1}}, {"%d %w", []any{1, e1}}, {"%w%w%w", []any{e1, e1, e2}}, {"%[1]w %[1]w", []any{e1}},
	}
	for _, c := range cases {
		report(fmt.Sprintf("Errorf(%q)", c.f), shape(mfmt.Errorf(c.f, c.args...)), shape(fmt.Errorf(c.f, c.args...)))
	}
	// %w with fmt.Sprintf (not allowed outside Errorf).
	report("Sprintf %w", mfmt.Sprintf("%w", e1), fmt.Sprintf("%w", e1))
}

type asErr struct{ code int }

func (e *asErr) Error() string { return fmt.Sprint("as", e.code) }

type valErr struct{ s string }

func (e valErr) Error() string { return e.s }

type customAs struct{}

func (customAs) Error() string { return "customAs" }
func (customAs) As(target any) bool {
	if p, ok := target.(*int); ok {
		*p = 42
		return true
	}
	return false
}

func tryPanic(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return "ok"
}

func checkErrors() {
	base := &asErr{7}
	chain := fmt.Errorf("outer: %w", fmt.Errorf("mid: %w", base))
	joined := errors.Join(valErr{"v1"}, chain)
	for _, err := range []error{nil, base, chain, joined, valErr{"v"}, customAs{}, errors.New("x"),
		fmt.Errorf("%w + %w", valErr{"a"}, base)} {
		{
			var m, r *asErr
			mo, ro := merrors.As(err, &m), errors.As(err, &r)
			report("errors.As *asErr", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		{
			var m, r valErr
			mo, ro := merrors.As(err, &m), errors.As(err, &r)
			report("errors.As valErr", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		{
			var m, r interface{ Error() string }
			mo, ro := merrors.As(err, &m), errors.As(err, &r)
			report("errors.As iface", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		{
			var m, r fmt.Stringer
			mo, ro := merrors.As(err, &m), errors.As(err, &r)
			report("errors.As Stringer", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		{
			var m, r any
			mo, ro := merrors.As(err, &m), errors.As(err, &r)
			report("errors.As any", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		{
			var m, r int
			mo := tryPanic(func() { merrors.As(err, &m) })
			ro := tryPanic(func() { errors.As(err, &r) })
			report("errors.As *int", fmt.Sprint(mo, m), fmt.Sprint(ro, r))
		}
		for _, target := range []any{nil, 3, (*error)(nil), new(string)} {
			mo := tryPanic(func() { merrors.As(err, target) })
			ro := tryPanic(func() { errors.As(err, target) })
			report(fmt.Sprintf("errors.As bad target %T", target), mo, ro)
		}
		for _, target := range []error{nil, base, valErr{"v"}, valErr{"v1"}, joined} {
			report("errors.Is", fmt.Sprint(merrors.Is(err, target)), fmt.Sprint(errors.Is(err, target)))
		}
	}
	// Incomparable targets: errors.Is must not compare them with ==.
	type sliceErr struct{ valErr; s []int }
	report("errors.Is incomparable", fmt.Sprint(merrors.Is(sliceErr{}, sliceErr{})), fmt.Sprint(errors.Is(sliceErr{}, sliceErr{})))
}

func checkSort() {
	rnd := rand.New(rand.NewSource(3))
	type rec struct {
		K int
		S string
		F [3]float64
	}
	for k := 0; k < 2000; k++ {
		n := rnd.Intn(100)
		a := make([]rec, n)
		for i := range a {
			a[i] = rec{rnd.Intn(10), fmt.Sprint(i), [3]float64{float64(i)}}
		}
		b := append([]rec(nil), a...)
		c := append([]rec(nil), a...)
		d := append([]rec(nil), a...)
		msort.Slice(a, func(i, j int) bool { return a[i].K < a[j].K })
		sort.Slice(b, func(i, j int) bool { return b[i].K < b[j].K })
		report("sort.Slice", fmt.Sprint(a), fmt.Sprint(b))
		msort.SliceStable(c, func(i, j int) bool { return c[i].K < c[j].K })
		sort.SliceStable(d, func(i, j int) bool { return d[i].K < d[j].K })
		report("sort.SliceStable", fmt.Sprint(c), fmt.Sprint(d))
		report("sort.SliceIsSorted", fmt.Sprint(msort.SliceIsSorted(a, func(i, j int) bool { return a[i].S < a[j].S })),
			fmt.Sprint(sort.SliceIsSorted(b, func(i, j int) bool { return b[i].S < b[j].S })))
	}
	for _, x := range []any{nil, 3, "str", []int{1}, []int{}, [2]int{}} {
		mo := tryPanic(func() { msort.Slice(x, func(i, j int) bool { return false }) })
		ro := tryPanic(func() { sort.Slice(x, func(i, j int) bool { return false }) })
		report(fmt.Sprintf("sort.Slice(%T)", x), mo, ro)
	}
}
