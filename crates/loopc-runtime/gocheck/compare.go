// Command compare runs loopc's std sources (as module x/std, see run.sh) side by side with
// gc's standard library on many inputs and reports every difference.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
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

	fmt.Printf("checked %d, mismatches %d\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
