// Command compare runs loopc's std sources (as module x/std, see run.sh) side by side with
// gc's standard library on many inputs and reports every difference.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	mcmp "x/std/cmp"
	merrors "x/std/errors"
	mfmt "x/std/fmt"
	mmaps "x/std/maps"
	mos "x/std/os"
	mslices "x/std/slices"
	msort "x/std/sort"
	mstrconv "x/std/strconv"
	mstrings "x/std/strings"
	mutf8 "x/std/unicode/utf8"
)

var bad, total int

func check(name string, mine, real any) {
	total++
	a, b := fmt.Sprintf("%#v", mine), fmt.Sprintf("%#v", real)
	if a != b {
		bad++
		fmt.Printf("MISMATCH %s:\n  mine %s\n  real %s\n", name, a, b)
	}
}

// try runs f and returns its result or the panic value as a string.
func try(f func() any) (r any) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	return f()
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func collect(seq func(func(string) bool)) []string {
	var out []string
	for s := range seq {
		out = append(out, s)
	}
	return out
}

type rec struct {
	Key, ID int
}

type byKey []rec

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].Key < s[j].Key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	strs := []string{"", "a", "abc", "hello, world", "  spaced\tout \n", "ünïcödé", "a\xffb\xc0", "\u00a0x\u2003y\u3000",
		"aaaa", "abab", "ÀÉÎ straße", "ǅ Σσς", "a,b,,c,", ",", "x\ny\n\nz", "x\r\ny", "\xed\xa0\x80", "😀x😀",
		"\xf0\x9f\x98", "ab\x80", "K\u212a"}
	seps := []string{"", "a", ",", "ab", "\n", "😀", "\xff", " ", "zz"}
	for _, s := range strs {
		check("Fields "+s, mstrings.Fields(s), strings.Fields(s))
		check("FieldsSeq "+s, collect(mstrings.FieldsSeq(s)), collect(func(y func(string) bool) { strings.FieldsSeq(s)(y) }))
		check("Lines "+s, collect(mstrings.Lines(s)), collect(func(y func(string) bool) { strings.Lines(s)(y) }))
		check("TrimSpace "+s, mstrings.TrimSpace(s), strings.TrimSpace(s))
		check("ToUpper "+s, mstrings.ToUpper(s), strings.ToUpper(s))
		check("ToLower "+s, mstrings.ToLower(s), strings.ToLower(s))
		check("Quote "+s, mstrconv.Quote(s), strconv.Quote(s))
		check("RuneCount "+s, mutf8.RuneCountInString(s), utf8.RuneCountInString(s))
		check("Valid "+s, mutf8.ValidString(s), utf8.ValidString(s))
		for i := 0; i <= len(s); i++ {
			r1, n1 := mutf8.DecodeRuneInString(s[i:])
			r2, n2 := utf8.DecodeRuneInString(s[i:])
			check("Decode "+s[i:], [2]int{int(r1), n1}, [2]int{int(r2), n2})
			r1, n1 = mutf8.DecodeLastRuneInString(s[:i])
			r2, n2 = utf8.DecodeLastRuneInString(s[:i])
			check("DecodeLast "+s[:i], [2]int{int(r1), n1}, [2]int{int(r2), n2})
		}
		check("Map "+s, mstrings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 'B'
			}
			return r
		}, s), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 'B'
			}
			return r
		}, s))
		check("MapId "+s, mstrings.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return r }, s))
		for _, t := range strs {
			check("EqualFold "+s+"|"+t, mstrings.EqualFold(s, t), strings.EqualFold(s, t))
			check("Compare "+s+"|"+t, mstrings.Compare(s, t), strings.Compare(s, t))
		}
		check("EqualFoldUp "+s, mstrings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
		for _, sep := range append(seps, strs...) {
			n := s + "|" + sep
			check("Index "+n, mstrings.Index(s, sep), strings.Index(s, sep))
			check("LastIndex "+n, mstrings.LastIndex(s, sep), strings.LastIndex(s, sep))
			check("Contains "+n, mstrings.Contains(s, sep), strings.Contains(s, sep))
			check("ContainsAny "+n, mstrings.ContainsAny(s, sep), strings.ContainsAny(s, sep))
			check("IndexAny "+n, mstrings.IndexAny(s, sep), strings.IndexAny(s, sep))
			check("HasPrefix "+n, mstrings.HasPrefix(s, sep), strings.HasPrefix(s, sep))
			check("HasSuffix "+n, mstrings.HasSuffix(s, sep), strings.HasSuffix(s, sep))
			check("Count "+n, mstrings.Count(s, sep), strings.Count(s, sep))
			check("Split "+n, mstrings.Split(s, sep), strings.Split(s, sep))
			check("SplitCap "+n, cap(mstrings.Split(s, sep)), cap(strings.Split(s, sep)))
			check("SplitSeq "+n, collect(mstrings.SplitSeq(s, sep)), collect(func(y func(string) bool) { strings.SplitSeq(s, sep)(y) }))
			for _, k := range []int{-1, 0, 1, 2, 3, 100} {
				check(fmt.Sprint("SplitN ", n, k), mstrings.SplitN(s, sep, k), strings.SplitN(s, sep, k))
				check(fmt.Sprint("Replace ", n, k), mstrings.Replace(s, sep, "<>", k), strings.Replace(s, sep, "<>", k))
				check(fmt.Sprint("ReplaceE ", n, k), mstrings.Replace(s, sep, "", k), strings.Replace(s, sep, "", k))
			}
			check("ReplaceAll "+n, mstrings.ReplaceAll(s, sep, "_"), strings.ReplaceAll(s, sep, "_"))
			check("Trim "+n, mstrings.Trim(s, sep), strings.Trim(s, sep))
			check("TrimLeft "+n, mstrings.TrimLeft(s, sep), strings.TrimLeft(s, sep))
			check("TrimRight "+n, mstrings.TrimRight(s, sep), strings.TrimRight(s, sep))
			check("TrimPrefix "+n, mstrings.TrimPrefix(s, sep), strings.TrimPrefix(s, sep))
			check("TrimSuffix "+n, mstrings.TrimSuffix(s, sep), strings.TrimSuffix(s, sep))
			b1, a1, f1 := mstrings.Cut(s, sep)
			b2, a2, f2 := strings.Cut(s, sep)
			check("Cut "+n, []any{b1, a1, f1}, []any{b2, a2, f2})
			check("Join "+n, mstrings.Join(strs[:3], sep), strings.Join(strs[:3], sep))
		}
		for _, r := range []rune{'a', 'b', 0xFFFD, 'ü', '😀', -1, 0xD800, 0x110000, '\n', 0xA0} {
			check(fmt.Sprint("IndexRune ", s, r), mstrings.IndexRune(s, r), strings.IndexRune(s, r))
			check(fmt.Sprint("ContainsRune ", s, r), mstrings.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []int{0, 1, 3} {
			check(fmt.Sprint("Repeat ", s, c), mstrings.Repeat(s, c), strings.Repeat(s, c))
		}
	}
	check("Repeat neg", try(func() any { return mstrings.Repeat("x", -1) }), try(func() any { return strings.Repeat("x", -1) }))
	check("Repeat neg empty", try(func() any { return mstrings.Repeat("", -1) }), try(func() any { return strings.Repeat("", -1) }))
	check("Repeat overflow", try(func() any { return mstrings.Repeat("xy", 1<<62) }), try(func() any { return strings.Repeat("xy", 1<<62) }))
	check("Join0", mstrings.Join(nil, ","), strings.Join(nil, ","))
	// Single-use iterators.
	l1, l2 := mstrings.Lines("a\nb"), strings.Lines("a\nb")
	check("Lines twice", [][]string{collect(l1), collect(l1)}, [][]string{collect(func(y func(string) bool) { l2(y) }), collect(func(y func(string) bool) { l2(y) })})
	s1, s2 := mstrings.SplitSeq("a,b", ","), strings.SplitSeq("a,b", ",")
	check("SplitSeq twice", [][]string{collect(s1), collect(s1)}, [][]string{collect(func(y func(string) bool) { s2(y) }), collect(func(y func(string) bool) { s2(y) })})
	// Builder.
	var mb mstrings.Builder
	var rb strings.Builder
	for i, r := range []rune{'a', 'é', '😀', -1, 0xD800} {
		n1, _ := mb.WriteRune(r)
		n2, _ := rb.WriteRune(r)
		check(fmt.Sprint("WriteRune ", i), n1, n2)
	}
	mb.WriteByte('x')
	rb.WriteByte('x')
	mb.WriteString("yz")
	rb.WriteString("yz")
	mb.Write([]byte("w"))
	rb.Write([]byte("w"))
	check("Builder", []any{mb.String(), mb.Len()}, []any{rb.String(), rb.Len()})
	mb.Reset()
	rb.Reset()
	mb.Grow(10)
	rb.Grow(10)
	check("Builder grow", []any{mb.String(), mb.Len(), mb.Cap()}, []any{rb.String(), rb.Len(), rb.Cap()})
	check("Grow neg", try(func() any { mb.Grow(-1); return nil }), try(func() any { rb.Grow(-1); return nil }))

	// strconv.
	for _, i := range []int64{0, 1, -1, 42, -42, 1 << 62, -1 << 63, 1<<63 - 1, 255} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			check(fmt.Sprint("FormatInt ", i, base), mstrconv.FormatInt(i, base), strconv.FormatInt(i, base))
			check(fmt.Sprint("FormatUint ", i, base), mstrconv.FormatUint(uint64(i), base), strconv.FormatUint(uint64(i), base))
		}
		check(fmt.Sprint("Itoa ", i), mstrconv.Itoa(int(i)), strconv.Itoa(int(i)))
	}
	check("FormatInt base 1", try(func() any { return mstrconv.FormatInt(1, 1) }), try(func() any { return strconv.FormatInt(1, 1) }))
	nums := []string{"", "0", "1", "-1", "+1", "+", "-", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999", "0x1f", "0X1F", "0b101", "0o17", "017",
		"1_000", "0x_1f", "_1", "1__0", "1_", "0_7", "08", "0b", "0x", " 1", "1 ", "٣", "-0", "127", "128", "-128", "-129", "255", "256", "zz", "ZZ"}
	for _, s := range nums {
		a1, e1 := mstrconv.Atoi(s)
		a2, e2 := strconv.Atoi(s)
		check("Atoi "+s, []any{a1, errStr(e1)}, []any{a2, errStr(e2)})
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				i1, e1 := mstrconv.ParseInt(s, base, bits)
				i2, e2 := strconv.ParseInt(s, base, bits)
				check(fmt.Sprint("ParseInt ", s, base, bits), []any{i1, errStr(e1)}, []any{i2, errStr(e2)})
				u1, e1 := mstrconv.ParseUint(s, base, bits)
				u2, e2 := strconv.ParseUint(s, base, bits)
				check(fmt.Sprint("ParseUint ", s, base, bits), []any{u1, errStr(e1)}, []any{u2, errStr(e2)})
			}
		}
	}
	_, e1 := mstrconv.Atoi("x")
	var ne *mstrconv.NumError
	check("Atoi errors.As", merrors.As(e1, &ne) && ne.Func == "Atoi" && merrors.Is(e1, mstrconv.ErrSyntax), true)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "", "yes"} {
		b1, e1 := mstrconv.ParseBool(s)
		b2, e2 := strconv.ParseBool(s)
		check("ParseBool "+s, []any{b1, errStr(e1)}, []any{b2, errStr(e2)})
	}
	check("FormatBool", mstrconv.FormatBool(true)+mstrconv.FormatBool(false), strconv.FormatBool(true)+strconv.FormatBool(false))
	for r := rune(0); r < 0x3100; r++ {
		if mstrconv.IsPrint(r) != strconv.IsPrint(r) {
			check(fmt.Sprint("IsPrint ", r), mstrconv.IsPrint(r), strconv.IsPrint(r))
		}
	}
	check("Quote all", mstrconv.Quote("\a\b\f\n\r\t\v\\\"'\x00\x7f\u00ad\U0001F600\U000E0001\uFFFE"), strconv.Quote("\a\b\f\n\r\t\v\\\"'\x00\x7f\u00ad\U0001F600\U000E0001\uFFFE"))

	// errors.
	base := merrors.New("base")
	wrapped := fmt.Errorf("ctx: %w", base)
	joined := merrors.Join(nil, merrors.New("a"), nil, wrapped)
	check("Join", errStr(joined), errStr(errors.Join(nil, errors.New("a"), nil, fmt.Errorf("ctx: %w", errors.New("base")))))
	check("Join nil", merrors.Join(nil, nil) == nil, true)
	check("Join single", errStr(merrors.Join(base)), "base")
	check("Is", []bool{merrors.Is(wrapped, base), merrors.Is(joined, base), merrors.Is(base, wrapped), merrors.Is(nil, nil), merrors.Is(nil, base)},
		[]bool{true, true, false, true, false})
	check("Unwrap", merrors.Unwrap(wrapped) == base, true)
	check("Unwrap joined", merrors.Unwrap(joined) == nil, true)
	check("New distinct", merrors.New("x") == merrors.New("x"), false)

	// fmt and os through the runtime stand-ins.
	n, err := mfmt.Println("mfmt.Println", 1, 2.5, "x")
	check("Println n", []any{n, err}, []any{len("mfmt.Println 1 2.5 x\n"), nil})
	mfmt.Fprintf(mos.Stdout, "%d-%s\n", 7, "y")
	mfmt.Fprint(mos.Stderr, "")
	mos.Stdout.WriteString("WriteString\n")

	// cmp.
	nan := 0.0
	nan = nan / nan
	fl := []float64{1, 2, nan, -1, 0}
	for _, x := range fl {
		for _, y := range fl {
			check(fmt.Sprint("cmp.Compare ", x, y), mcmp.Compare(x, y), cmp.Compare(x, y))
			check(fmt.Sprint("cmp.Less ", x, y), mcmp.Less(x, y), cmp.Less(x, y))
		}
	}
	check("cmp.Or", mcmp.Or("", "a", "b"), cmp.Or("", "a", "b"))

	// slices and sort: tie order of unstable sorts must match exactly.
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for _, keys := range []int{1, 3, 10, 1000000} {
			for _, pattern := range []string{"random", "sorted", "reversed", "sawtooth", "organ"} {
				data := make([]rec, n)
				for i := range data {
					k := rng.Intn(keys)
					switch pattern {
					case "sorted":
						k = i * keys / (n + 1)
					case "reversed":
						k = (n - i) * keys / (n + 1)
					case "sawtooth":
						k = i % 7
					case "organ":
						k = min(i, n-i)
					}
					data[i] = rec{k, i}
				}
				name := fmt.Sprint(n, " ", keys, " ", pattern)
				a, b := slices.Clone(data), slices.Clone(data)
				msort.Slice(a, func(i, j int) bool { return a[i].Key < a[j].Key })
				sort.Slice(b, func(i, j int) bool { return b[i].Key < b[j].Key })
				check("sort.Slice "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				msort.Sort(byKey(a))
				sort.Sort(byKey(b))
				check("sort.Sort "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				msort.Sort(msort.Reverse(byKey(a)))
				sort.Sort(sort.Reverse(byKey(b)))
				check("sort.Reverse "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				msort.Stable(byKey(a))
				sort.Stable(byKey(b))
				check("sort.Stable "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				msort.SliceStable(a, func(i, j int) bool { return a[i].Key < a[j].Key })
				sort.SliceStable(b, func(i, j int) bool { return b[i].Key < b[j].Key })
				check("sort.SliceStable "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				byK := func(x, y rec) int { return x.Key - y.Key }
				mslices.SortFunc(a, byK)
				slices.SortFunc(b, byK)
				check("slices.SortFunc "+name, a, b)
				a, b = slices.Clone(data), slices.Clone(data)
				mslices.SortStableFunc(a, byK)
				slices.SortStableFunc(b, byK)
				check("slices.SortStableFunc "+name, a, b)
				ints := make([]int, n)
				fs := make([]float64, n)
				for i := range data {
					ints[i] = data[i].Key
					fs[i] = float64(data[i].Key)
					if i%5 == 0 {
						fs[i] = -fs[i]
					}
					if i%11 == 3 {
						fs[i] = nan
					}
				}
				ia, ib := slices.Clone(ints), slices.Clone(ints)
				msort.Ints(ia)
				sort.Ints(ib)
				check("sort.Ints "+name, ia, ib)
				check("IntsAreSorted "+name, msort.IntsAreSorted(ints), sort.IntsAreSorted(ints))
				check("slices.IsSorted "+name, mslices.IsSorted(ints), slices.IsSorted(ints))
				fa, fb := slices.Clone(fs), slices.Clone(fs)
				mslices.Sort(fa)
				slices.Sort(fb)
				check("slices.Sort f "+name, fmt.Sprint(fa), fmt.Sprint(fb))
				fa, fb = slices.Clone(fs), slices.Clone(fs)
				msort.Float64s(fa)
				sort.Float64s(fb)
				check("sort.Float64s "+name, fmt.Sprint(fa), fmt.Sprint(fb))
				for _, t := range []int{-1, 0, 1, 5, keys / 2, keys} {
					p1, ok1 := mslices.BinarySearch(ib, t)
					p2, ok2 := slices.BinarySearch(ib, t)
					check(fmt.Sprint("BinarySearch ", name, t), []any{p1, ok1}, []any{p2, ok2})
					check(fmt.Sprint("SearchInts ", name, t), msort.SearchInts(ib, t), sort.SearchInts(ib, t))
					check(fmt.Sprint("Index ", name, t), mslices.Index(ints, t), slices.Index(ints, t))
					check(fmt.Sprint("Contains ", name, t), mslices.Contains(ints, t), slices.Contains(ints, t))
				}
				if n > 0 {
					check("Max "+name, fmt.Sprint(mslices.Max(fs), mslices.Max(ints)), fmt.Sprint(slices.Max(fs), slices.Max(ints)))
					check("Min "+name, fmt.Sprint(mslices.Min(fs), mslices.Min(ints)), fmt.Sprint(slices.Min(fs), slices.Min(ints)))
				}
				strsN := make([]string, n)
				for i := range strsN {
					strsN[i] = fmt.Sprint(data[i].Key)
				}
				sa, sb := slices.Clone(strsN), slices.Clone(strsN)
				msort.Strings(sa)
				sort.Strings(sb)
				check("sort.Strings "+name, sa, sb)
			}
		}
	}
	check("BinarySearch NaN", fmt.Sprint(mslices.BinarySearch([]float64{nan, 1}, nan)), fmt.Sprint(slices.BinarySearch([]float64{nan, 1}, nan)))
	check("Max empty", try(func() any { return mslices.Max([]int{}) }), try(func() any { return slices.Max([]int{}) }))
	check("Min empty", try(func() any { return mslices.Min([]int{}) }), try(func() any { return slices.Min([]int{}) }))
	check("Max -0", fmt.Sprint(mslices.Max([]float64{0, -nan * 0})), fmt.Sprint(slices.Max([]float64{0, -nan * 0})))

	// slices editing.
	for _, c := range []int{3, 5, 10} {
		for i := 0; i <= 4; i++ {
			for _, v := range [][]int{nil, {9}, {7, 8, 9}} {
				s1 := append(make([]int, 0, c), 0, 1, 2, 3)
				s2 := append(make([]int, 0, c), 0, 1, 2, 3)
				r1 := mslices.Insert(s1, i, v...)
				r2 := slices.Insert(s2, i, v...)
				check(fmt.Sprint("Insert ", c, i, v), []any{r1, len(r1), cap(r1), s1[:cap(s1)][:len(s1)]}, []any{r2, len(r2), cap(r2), s2[:cap(s2)][:len(s2)]})
				s1 = append(make([]int, 0, c), 0, 1, 2, 3)
				s2 = append(make([]int, 0, c), 0, 1, 2, 3)
				r1 = mslices.Insert(s1, i, s1[1:3]...)
				r2 = slices.Insert(s2, i, s2[1:3]...)
				check(fmt.Sprint("Insert alias ", c, i), []any{r1, cap(r1)}, []any{r2, cap(r2)})
			}
			for j := i; j <= 4; j++ {
				s1 := []int{0, 1, 2, 3}
				s2 := []int{0, 1, 2, 3}
				r1 := mslices.Delete(s1, i, j)
				r2 := slices.Delete(s2, i, j)
				check(fmt.Sprint("Delete ", i, j), []any{r1, s1}, []any{r2, s2})
			}
		}
	}
	check("Insert oob", try(func() any { return mslices.Insert([]int{1}, 3, 1) }), try(func() any { return slices.Insert([]int{1}, 3, 1) }))
	check("Delete oob", try(func() any { return mslices.Delete([]int{1}, 0, 3) }), try(func() any { return slices.Delete([]int{1}, 0, 3) }))
	check("Clone nil", mslices.Clone([]int(nil)) == nil, true)
	check("Clone empty", mslices.Clone([]int{}) != nil, true)
	cl1, cl2 := mslices.Clone([]int{1, 2, 3}), slices.Clone([]int{1, 2, 3})
	check("Clone", []any{cl1, cap(cl1)}, []any{cl2, cap(cl2)})
	rv1, rv2 := []int{1, 2, 3, 4, 5}, []int{1, 2, 3, 4, 5}
	mslices.Reverse(rv1)
	slices.Reverse(rv2)
	check("Reverse", rv1, rv2)
	check("Equal", []bool{mslices.Equal([]int{}, nil), mslices.Equal([]float64{nan}, []float64{nan}), mslices.Equal([]int{1}, []int{2})}, []bool{true, false, false})
	check("IndexFunc", mslices.IndexFunc([]int{1, 2, 3}, func(x int) bool { return x > 1 }), 1)
	check("ContainsFunc", mslices.ContainsFunc([]int{1, 2, 3}, func(x int) bool { return x > 5 }), false)
	var got []string
	for i, v := range mslices.All([]string{"a", "b"}) {
		got = append(got, fmt.Sprint(i, v))
	}
	for i, v := range mslices.Backward([]string{"a", "b"}) {
		got = append(got, fmt.Sprint(i, v))
	}
	for v := range mslices.Values([]string{"a", "b"}) {
		got = append(got, v)
		break
	}
	check("iterators", got, []string{"0a", "1b", "1b", "0a", "a"})
	check("Collect empty", mslices.Collect(mslices.Values([]int{})) == nil, true)
	check("Sorted", mslices.Sorted(mslices.Values([]int{3, 1, 2})), []int{1, 2, 3})
	check("SortedFunc", mslices.SortedFunc(mslices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }), []int{3, 2, 1})
	check("AppendSeq", mslices.AppendSeq([]int{0}, mslices.Values([]int{1, 2})), []int{0, 1, 2})

	// maps.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	check("maps.Keys", mslices.Sorted(mmaps.Keys(m)), slices.Sorted(maps.Keys(m)))
	check("maps.Values", mslices.Sorted(mmaps.Values(m)), slices.Sorted(maps.Values(m)))
	check("maps.Collect", mmaps.Collect(mmaps.All(m)), maps.Collect(maps.All(m)))
	check("maps.Clone", mmaps.Clone(m), maps.Clone(m))
	check("maps.Clone nil", mmaps.Clone(map[string]int(nil)) == nil, true)
	dst := map[string]int{"a": 0, "z": 26}
	mmaps.Copy(dst, m)
	check("maps.Copy", dst, map[string]int{"a": 1, "b": 2, "c": 3, "z": 26})
	mmaps.Insert(dst, mmaps.All(map[string]int{"q": 9}))
	check("maps.Insert", dst["q"], 9)
	check("Search", msort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(100, func(i int) bool { return i*i >= 50 }))
	check("SearchStrings", msort.SearchStrings([]string{"a", "c"}, "b"), sort.SearchStrings([]string{"a", "c"}, "b"))
	check("IsSorted", msort.IsSorted(byKey{{1, 0}, {0, 1}}), false)
	check("SliceIsSorted", msort.SliceIsSorted([]int{1, 2}, func(i, j int) bool { return i < j }), true)

	checkAdditions(strs, seps)

	fmt.Printf("checked %d, mismatches %d\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

// logged wraps a rune predicate so that every call is recorded in *log, to compare the
// order and number of calls as well as the results.
func logged(f func(rune) bool, log *[]rune) func(rune) bool {
	return func(r rune) bool {
		*log = append(*log, r)
		return f(r)
	}
}

// capped reports a byte slice with its capacity, which append growth makes observable.
func capped(b []byte) []any { return []any{string(b), len(b), cap(b)} }

// recWriter records every Write and WriteString call made on it.
type recWriter struct{ calls []string }

func (w *recWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, "W:"+string(p))
	return len(p), nil
}

func checkAdditions(strs, seps []string) {
	preds := map[string]func(rune) bool{
		"digit":    func(r rune) bool { return '0' <= r && r <= '9' },
		"space":    unicode.IsSpace,
		"letter":   unicode.IsLetter,
		"runeErr":  func(r rune) bool { return r == utf8.RuneError },
		"all":      func(rune) bool { return true },
		"none":     func(rune) bool { return false },
		"aOrComma": func(r rune) bool { return r == 'a' || r == ',' },
	}
	predNames := slices.Sorted(maps.Keys(preds))
	more := []string{"hello world", "don't stop_me now", "ǆemal ǉubav", "ﬁx ß", "123abc x-y z.w", "héllo wörld",
		"a\u00a0b c\u2028d", "αβγ δεζ", "日本 語", "ǅ", "ა ბ", "x\xffy z", "__init__ x", "e\u0301t\u00e9", "9lives a1 b", "Ⅰx ⅱy", "ⓐb"}
	all := append(slices.Clone(strs), more...)
	for _, s := range all {
		check("ToTitle "+s, mstrings.ToTitle(s), strings.ToTitle(s))
		check("Title "+s, mstrings.Title(s), strings.Title(s))
		for _, pn := range predNames {
			f := preds[pn]
			n := s + "|" + pn
			var l1, l2 []rune
			check("TrimFunc "+n, []any{mstrings.TrimFunc(s, logged(f, &l1)), l1}, []any{strings.TrimFunc(s, logged(f, &l2)), l2})
			l1, l2 = nil, nil
			check("TrimLeftFunc "+n, []any{mstrings.TrimLeftFunc(s, logged(f, &l1)), l1}, []any{strings.TrimLeftFunc(s, logged(f, &l2)), l2})
			l1, l2 = nil, nil
			check("TrimRightFunc "+n, []any{mstrings.TrimRightFunc(s, logged(f, &l1)), l1}, []any{strings.TrimRightFunc(s, logged(f, &l2)), l2})
			l1, l2 = nil, nil
			a1, a2 := mstrings.FieldsFunc(s, logged(f, &l1)), strings.FieldsFunc(s, logged(f, &l2))
			check("FieldsFunc "+n, []any{a1, cap(a1), l1}, []any{a2, cap(a2), l2})
			l1, l2 = nil, nil
			q1, q2 := mstrings.FieldsFuncSeq(s, logged(f, &l1)), strings.FieldsFuncSeq(s, logged(f, &l2))
			r1 := [][]string{collect(q1), collect(q1)}
			r2 := [][]string{collect(func(y func(string) bool) { q2(y) }), collect(func(y func(string) bool) { q2(y) })}
			check("FieldsFuncSeq "+n, []any{r1, l1}, []any{r2, l2})
			var f1, f2 []string
			for x := range mstrings.FieldsFuncSeq(s, f) {
				f1 = append(f1, x)
				break
			}
			for x := range strings.FieldsFuncSeq(s, f) {
				f2 = append(f2, x)
				break
			}
			check("FieldsFuncSeq break "+n, f1, f2)
		}
		for _, sep := range append(slices.Clone(seps), strs...) {
			n := s + "|" + sep
			check("SplitAfter "+n, mstrings.SplitAfter(s, sep), strings.SplitAfter(s, sep))
			for _, k := range []int{-1, 0, 1, 2, 3} {
				check(fmt.Sprint("SplitAfterN ", n, k), mstrings.SplitAfterN(s, sep, k), strings.SplitAfterN(s, sep, k))
			}
			q1, q2 := mstrings.SplitAfterSeq(s, sep), strings.SplitAfterSeq(s, sep)
			check("SplitAfterSeq "+n, [][]string{collect(q1), collect(q1)},
				[][]string{collect(func(y func(string) bool) { q2(y) }), collect(func(y func(string) bool) { q2(y) })})
			var b1, b2 []string
			for x := range mstrings.SplitAfterSeq(s, sep) {
				b1 = append(b1, x)
				if len(b1) == 2 {
					break
				}
			}
			for x := range strings.SplitAfterSeq(s, sep) {
				b2 = append(b2, x)
				if len(b2) == 2 {
					break
				}
			}
			check("SplitAfterSeq break "+n, b1, b2)
		}
	}
	// Every code point: title case, Title's word boundaries (r before 'b') and quoting.
	for r := rune(0); r <= unicode.MaxRune+2; r++ {
		t := "a" + string(r) + "b c"
		if mstrings.ToTitle(string(r)) != strings.ToTitle(string(r)) {
			check(fmt.Sprintf("ToTitle %#x", r), mstrings.ToTitle(string(r)), strings.ToTitle(string(r)))
		}
		if mstrings.Title(t) != strings.Title(t) {
			check(fmt.Sprintf("Title %#x", r), mstrings.Title(t), strings.Title(t))
		}
		if mstrconv.QuoteRune(r) != strconv.QuoteRune(r) || mstrconv.QuoteRuneToASCII(r) != strconv.QuoteRuneToASCII(r) ||
			mstrconv.QuoteToASCII(t) != strconv.QuoteToASCII(t) {
			check(fmt.Sprintf("QuoteRune %#x", r), []string{mstrconv.QuoteRune(r), mstrconv.QuoteRuneToASCII(r), mstrconv.QuoteToASCII(t)},
				[]string{strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteToASCII(t)})
		}
	}
	total++

	// Replacer: every algorithm, precedence of duplicates and of earlier pairs, empty olds.
	pairSets := [][]string{{}, {"a", "1"}, {"a", "1", "b", "2"}, {"a", "1", "a", "2"}, {"a", "b", "b", "a"}, {"a", "a"},
		{"a", "xyz", "b", ""}, {"a", "", "a", "zz"}, {"ab", "X"}, {"ab", ""}, {"", "X"}, {"", ""}, {"", "X", "a", "Y"},
		{"a", "Y", "", "X"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "1", "aa", "2", "aaa", "3"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"\xff", "?"}, {"ü", "u"}, {"ab", "1", "b", "2", "", "_"},
		{"abc", "x", "ab", "y"}, {"ab", "y", "abc", "x"}, {"x", "y"}, {",", ", ", "\n", "\\n"}, {"b", "B", "ab", "AB"},
		{"😀", ":)", "\xf0", "F"}, {"a", "1", "", "-", "ab", "2"}, {"aa", "b", "a", "c"}, {"K", "k", "\u212a", "k"},
		{"hello", "bye", "l", "L"}, {"", "<>", "", "[]"}, {"bab", "X", "ba", "Y", "b", "Z"}}
	for _, ps := range pairSets {
		mr, rr := mstrings.NewReplacer(ps...), strings.NewReplacer(ps...)
		for _, s := range append(slices.Clone(all), "aaaa", "abcabc", "ababab", "<a href=\"x\">&</a>", "bababab", "") {
			check(fmt.Sprintf("Replacer %q %q", ps, s), mr.Replace(s), rr.Replace(s))
		}
	}
	args := []string{"a", "b", "c", "d"}
	mr := mstrings.NewReplacer(args...)
	args[0] = "z"
	check("Replacer copies args", mr.Replace("abz"), "bbz")
	check("Replacer odd", try(func() any { return mstrings.NewReplacer("a") }), try(func() any { return strings.NewReplacer("a") }))

	// strconv appending and quoting.
	dsts := [][]byte{nil, []byte("n="), make([]byte, 2, 3), make([]byte, 1, 64)}
	for di, d := range dsts {
		for _, i := range []int64{0, 7, -7, 99, 100, 12345678901, -1 << 63, 1<<63 - 1} {
			for _, base := range []int{2, 10, 16, 36} {
				n := fmt.Sprint(di, " ", i, " ", base)
				check("AppendInt "+n, capped(mstrconv.AppendInt(slices.Clone(d), i, base)), capped(strconv.AppendInt(slices.Clone(d), i, base)))
				check("AppendUint "+n, capped(mstrconv.AppendUint(slices.Clone(d), uint64(i), base)), capped(strconv.AppendUint(slices.Clone(d), uint64(i), base)))
			}
		}
		check(fmt.Sprint("AppendBool ", di), capped(mstrconv.AppendBool(slices.Clone(d), true)), capped(strconv.AppendBool(slices.Clone(d), true)))
		for _, s := range all {
			n := fmt.Sprint(di, " ", s)
			check("AppendQuote "+n, capped(mstrconv.AppendQuote(slices.Clone(d), s)), capped(strconv.AppendQuote(slices.Clone(d), s)))
			check("AppendQuoteToASCII "+n, capped(mstrconv.AppendQuoteToASCII(slices.Clone(d), s)), capped(strconv.AppendQuoteToASCII(slices.Clone(d), s)))
		}
		for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '☺', 0x10FFFF, 0x110000, -1, 0xD800, 0xFFFD, 0xFEFF, 0x1F600} {
			n := fmt.Sprint(di, " ", r)
			check("AppendQuoteRune "+n, capped(mstrconv.AppendQuoteRune(slices.Clone(d), r)), capped(strconv.AppendQuoteRune(slices.Clone(d), r)))
		}
	}
	check("AppendInt base 37", try(func() any { return mstrconv.AppendInt(nil, 1, 37) }), try(func() any { return strconv.AppendInt(nil, 1, 37) }))
	for _, s := range all {
		check("QuoteToASCII "+s, mstrconv.QuoteToASCII(s), strconv.QuoteToASCII(s))
	}

	// Unquote: round trips, hand-written malformed literals, and every short string over
	// an alphabet of the characters that matter.
	unq := []string{"", `"`, `'`, "`", `""`, `''`, "``", `"a"`, `'a'`, `'ab'`, `'\''`, `"\'"`, `'\"'`, `'"'`, `"'"`, `"\""`,
		`"a\tb"`, `"\x41\u00e9\U0001F600"`, `"\101\377"`, `"\400"`, `"\8"`, `"\x4"`, `"\xzz"`, `"\uD800"`, `"\U00110000"`,
		`"\q"`, `"a"b"`, `"a\"`, "\"a\nb\"", "`a\nb`", "`a\r\nb`", "`a`b`", "`\r`", `'\x80'`, `'\u00e9'`, "'\xff'", "\"\xff\"",
		"'é'", "'😀'", `'\400'`, `'\377'`, `"abc`, `abc"`, `"\\"`, `"\`, `'\'`, `"\a\b\f\n\r\t\v"`, `"\0"`, `"\00"`, `"\000"`}
	for _, s := range all {
		unq = append(unq, strconv.Quote(s), strconv.QuoteToASCII(s), "`"+s+"`")
	}
	for _, r := range []rune{'a', '\'', '\\', 0, 'é', 0x1F600, 0xFFFD} {
		unq = append(unq, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	alphabet := []string{`"`, `'`, "`", `\`, "n", "x", "u", "U", "0", "3", "7", "8", "a", "f", "g", "\n", "\r", "\xff", "é"}
	var gen func(prefix string, depth int)
	gen = func(prefix string, depth int) {
		unq = append(unq, prefix)
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+c, depth-1)
		}
	}
	for _, q := range []string{`"`, `'`, "`"} {
		gen(q, 4)
	}
	for _, s := range unq {
		u1, e1 := mstrconv.Unquote(s)
		u2, e2 := strconv.Unquote(s)
		check("Unquote "+s, []any{u1, errStr(e1), e1 == mstrconv.ErrSyntax || e1 == nil}, []any{u2, errStr(e2), true})
		if len(s) > 0 {
			for _, q := range []byte{0, '\'', '"', '`'} {
				v1, m1, t1, e1 := mstrconv.UnquoteChar(s[1:], q)
				v2, m2, t2, e2 := strconv.UnquoteChar(s[1:], q)
				check(fmt.Sprintf("UnquoteChar %q %c", s[1:], q), []any{v1, m1, t1, errStr(e1)}, []any{v2, m2, t2, errStr(e2)})
			}
		}
	}

	// slices additions.
	rng := rand.New(rand.NewSource(2))
	nan := math.NaN()
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(12)
		xs := make([]int, n, n+rng.Intn(3))
		fs := make([]float64, n)
		for i := range xs {
			xs[i] = rng.Intn(3)
			fs[i] = float64(xs[i])
			if rng.Intn(4) == 0 {
				fs[i] = nan
			}
		}
		name := fmt.Sprint(xs)
		a, b := slices.Clone(xs), slices.Clone(xs)
		ra, rb := mslices.Compact(a), slices.Compact(b)
		check("Compact "+name, []any{ra, len(ra), a}, []any{rb, len(rb), b})
		fa, fb := slices.Clone(fs), slices.Clone(fs)
		check("Compact f "+fmt.Sprint(fs), fmt.Sprint(mslices.Compact(fa), fa), fmt.Sprint(slices.Compact(fb), fb))
		for _, c := range []int{0, 1, 2, 5} {
			r1, r2 := mslices.Repeat(xs, c), slices.Repeat(xs, c)
			check(fmt.Sprint("Repeat ", name, c), []any{r1, cap(r1)}, []any{r2, cap(r2)})
		}
		for _, k := range []int{1, 2, 3, 5, 20} {
			var c1, c2 [][]int
			var caps1, caps2 []int
			for c := range mslices.Chunk(xs, k) {
				c1 = append(c1, c)
				caps1 = append(caps1, cap(c))
			}
			for c := range slices.Chunk(xs, k) {
				c2 = append(c2, c)
				caps2 = append(caps2, cap(c))
			}
			check(fmt.Sprint("Chunk ", name, k), []any{c1, caps1}, []any{c2, caps2})
		}
		recs := make([]rec, n)
		for i := range recs {
			recs[i] = rec{xs[i], i}
		}
		byK := func(x, y rec) int { return x.Key - y.Key }
		if n > 0 {
			check("MaxFunc "+name, mslices.MaxFunc(recs, byK), slices.MaxFunc(recs, byK))
			check("MinFunc "+name, mslices.MinFunc(recs, byK), slices.MinFunc(recs, byK))
		}
		sorted := slices.SortedFunc(slices.Values(recs), byK)
		for t := -1; t <= 3; t++ {
			cmpT := func(e rec, t int) int { return cmp.Compare(e.Key, t) }
			p1, ok1 := mslices.BinarySearchFunc(sorted, t, cmpT)
			p2, ok2 := slices.BinarySearchFunc(sorted, t, cmpT)
			check(fmt.Sprint("BinarySearchFunc ", sorted, t), []any{p1, ok1}, []any{p2, ok2})
		}
		ys := xs[:n/2]
		for _, parts := range [][][]int{{}, {nil}, {xs}, {xs, nil, ys}, {ys, ys, {}}, {nil, {}}} {
			c1, c2 := mslices.Concat(parts...), slices.Concat(parts...)
			check(fmt.Sprint("Concat ", parts), []any{c1, cap(c1)}, []any{c2, cap(c2)})
		}
		for _, g := range []int{0, 1, 3, 10} {
			g1, g2 := mslices.Grow(slices.Clone(xs), g), slices.Grow(slices.Clone(xs), g)
			check(fmt.Sprint("Grow ", name, g), []any{g1, cap(g1)}, []any{g2, cap(g2)})
		}
	}
	check("Repeat nil 0", mslices.Repeat([]int(nil), 0), slices.Repeat([]int(nil), 0))
	check("Repeat empty huge", mslices.Repeat([]int{}, 1<<62), slices.Repeat([]int{}, 1<<62))
	check("Repeat neg", try(func() any { return mslices.Repeat([]int{1}, -1) }), try(func() any { return slices.Repeat([]int{1}, -1) }))
	check("Repeat overflow", try(func() any { return mslices.Repeat([]int{1, 2}, 1<<62) }), try(func() any { return slices.Repeat([]int{1, 2}, 1<<62) }))
	check("Chunk 0", try(func() any { return mslices.Chunk([]int{1}, 0) != nil }), try(func() any { return slices.Chunk([]int{1}, 0) != nil }))
	check("Chunk -1", try(func() any { return mslices.Chunk([]int(nil), -1) != nil }), try(func() any { return slices.Chunk([]int(nil), -1) != nil }))
	check("MaxFunc empty", try(func() any { return mslices.MaxFunc([]int{}, cmp.Compare[int]) }), try(func() any { return slices.MaxFunc([]int{}, cmp.Compare[int]) }))
	check("MinFunc empty", try(func() any { return mslices.MinFunc([]int{}, cmp.Compare[int]) }), try(func() any { return slices.MinFunc([]int{}, cmp.Compare[int]) }))
	check("Grow neg", try(func() any { return mslices.Grow([]int{}, -1) }), try(func() any { return slices.Grow([]int{}, -1) }))
	check("Compact strings", mslices.Compact([]string{"a", "a", "b", "b", "b", "a"}), slices.Compact([]string{"a", "a", "b", "b", "b", "a"}))
	var early []int
	for c := range mslices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		early = append(early, c...)
		if len(early) >= 2 {
			break
		}
	}
	check("Chunk break", early, []int{1, 2})
	mc := mslices.Chunk([]int{1, 2, 3}, 2)
	var firsts [][]int
	for c := range mc {
		firsts = append(firsts, c)
	}
	for c := range mc {
		firsts = append(firsts, c)
	}
	check("Chunk reusable", firsts, [][]int{{1, 2}, {3}, {1, 2}, {3}})

	// maps additions.
	mapsA := []map[string]float64{nil, {}, {"a": 1}, {"a": 2}, {"b": 1}, {"a": 1, "b": 2}, {"a": nan}, {"a": 1, "b": 3}}
	for i, m1 := range mapsA {
		for j, m2 := range mapsA {
			check(fmt.Sprint("maps.Equal ", i, j), mmaps.Equal(m1, m2), maps.Equal(m1, m2))
			eq := func(x, y float64) bool { return x == y || x != x && y != y }
			check(fmt.Sprint("maps.EqualFunc ", i, j), mmaps.EqualFunc(m1, m2, eq), maps.EqualFunc(m1, m2, eq))
		}
	}
	for _, lim := range []int{-1, 0, 2, 5, 10} {
		d1, d2 := map[int]int{}, map[int]int{}
		for k := 0; k < 8; k++ {
			d1[k], d2[k] = k*k%7, k*k%7
		}
		del := func(k, v int) bool { return v > lim || k == 3 }
		mmaps.DeleteFunc(d1, del)
		maps.DeleteFunc(d2, del)
		check(fmt.Sprint("maps.DeleteFunc ", lim), d1, d2)
	}
	mmaps.DeleteFunc(map[int]int(nil), func(int, int) bool { return true })

	// sort slice types, including the order of -0, 0 and NaNs.
	for trial := 0; trial < 200; trial++ {
		n := rng.Intn(60)
		is := make([]int, n)
		ss := make([]string, n)
		fs := make([]float64, n)
		for i := range is {
			is[i] = rng.Intn(10) - 5
			ss[i] = fmt.Sprint(rng.Intn(20))
			fs[i] = float64(rng.Intn(5) - 2)
			switch rng.Intn(6) {
			case 0:
				fs[i] = nan
			case 1:
				fs[i] = math.Copysign(0, -1)
			}
		}
		name := fmt.Sprint(n, trial)
		i1, i2 := slices.Clone(is), slices.Clone(is)
		msort.IntSlice(i1).Sort()
		sort.IntSlice(i2).Sort()
		check("IntSlice.Sort "+name, i1, i2)
		s1, s2 := slices.Clone(ss), slices.Clone(ss)
		msort.StringSlice(s1).Sort()
		sort.StringSlice(s2).Sort()
		check("StringSlice.Sort "+name, s1, s2)
		f1, f2 := slices.Clone(fs), slices.Clone(fs)
		msort.Float64Slice(f1).Sort()
		sort.Float64Slice(f2).Sort()
		check("Float64Slice.Sort "+name, fmt.Sprint(f1), fmt.Sprint(f2))
		f1, f2 = slices.Clone(fs), slices.Clone(fs)
		msort.Sort(msort.Reverse(msort.Float64Slice(f1)))
		sort.Sort(sort.Reverse(sort.Float64Slice(f2)))
		check("Reverse Float64Slice "+name, fmt.Sprint(f1), fmt.Sprint(f2))
		check("Float64sAreSorted "+name, []bool{msort.Float64sAreSorted(fs), msort.Float64sAreSorted(f1)}, []bool{sort.Float64sAreSorted(fs), sort.Float64sAreSorted(f1)})
		for x := -6; x <= 6; x++ {
			check(fmt.Sprint("IntSlice.Search ", name, x), msort.IntSlice(i1).Search(x), sort.IntSlice(i2).Search(x))
			check(fmt.Sprint("StringSlice.Search ", name, x), msort.StringSlice(s1).Search(fmt.Sprint(x)), sort.StringSlice(s2).Search(fmt.Sprint(x)))
			check(fmt.Sprint("Float64Slice.Search ", name, x), msort.Float64Slice(f2).Search(float64(x)/2), sort.Float64Slice(f2).Search(float64(x)/2))
			check(fmt.Sprint("SearchFloat64s ", name, x), msort.SearchFloat64s(f2, float64(x)), sort.SearchFloat64s(f2, float64(x)))
		}
		m := msort.IntSlice(is)
		check("IntSlice methods "+name, []any{m.Len(), n > 1 && m.Less(0, 1)}, []any{sort.IntSlice(is).Len(), n > 1 && sort.IntSlice(is).Less(0, 1)})
	}
}
