// String checks: decoderune against range over strings, and every conversion against
// gc's, on random valid and invalid UTF-8; concatenation and comparison.

package rt

import (
	"fmt"
	"math/rand"
	"strings"
	"unsafe"
)

var sinkRunes []rune

// randString returns a string mixing ASCII, valid multi-byte sequences and invalid bytes
// (truncated sequences, surrogates, overlong forms, bytes above F4).
func randString(r *rand.Rand) string {
	pieces := []string{"a", "Z", "\x00", "é", "€", "😀", "\U0010FFFF", "\xff", "\xc0\x80", "\xc2",
		"\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\x80", "\xef\xbf\xbd", "\xf8\x88\x80\x80\x80", "ß"}
	var b strings.Builder
	n := r.Intn(12)
	for i := 0; i < n; i++ {
		if r.Intn(4) == 0 {
			b.WriteByte(byte(r.Intn(256)))
		} else {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
	}
	return b.String()
}

func checkStrings() {
	r := rand.New(rand.NewSource(2))
	var all []string
	for i := 0; i < 20000; i++ {
		all = append(all, randString(r))
	}
	for _, s := range all {
		// decoderune vs range.
		var got, want []string
		for k := 0; k < len(s); {
			var c rune
			c0 := k
			c, k = decoderune(s, k)
			got = append(got, fmt.Sprint(c0, c))
		}
		for i, c := range s {
			want = append(want, fmt.Sprint(i, c))
		}
		same("decoderune", fmt.Sprintf("%q", s), got, want)

		sinkRunes = []rune(s)
		rs := stringtoslicerune(s)
		same("toRunes", fmt.Sprintf("%q", s), []any{rs, cap(rs)}, []any{sinkRunes, cap(sinkRunes)})
		sinkBytes = []byte(s)
		bs := stringtoslicebyte(s)
		same("toBytes", fmt.Sprintf("%q", s), []any{bs, cap(bs)}, []any{sinkBytes, cap(sinkBytes)})
		same("fromBytes", fmt.Sprintf("%q", s), slicebytetostring([]byte(s)), s)
		same("countrunes", fmt.Sprintf("%q", s), countrunes(s), len([]rune(s)))
	}
	// Rune slices with invalid code points.
	special := []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 1 << 30, -1 << 31}
	for i := 0; i < 5000; i++ {
		rs := make([]rune, r.Intn(6))
		for j := range rs {
			if r.Intn(2) == 0 {
				rs[j] = special[r.Intn(len(special))]
			} else {
				rs[j] = rune(r.Int63n(0x120000) - 0x1000)
			}
		}
		same("fromRunes", fmt.Sprint(rs), slicerunetostring(rs), string(rs))
	}
	// intstring on int64 values, including ones that do not fit a rune.
	vals := []int64{-1, 0, 65, 0x10ffff, 0x110000, 0xd800, 1 << 32, 1<<32 + 65, -1 << 63, 1<<63 - 1, 0xffffffff + 0x42}
	for i := 0; i < 2000; i++ {
		vals = append(vals, r.Int63n(0x130000)-0x100, int64(r.Uint64()))
	}
	for _, v := range vals {
		same("intstring", fmt.Sprint(v), intstring(v), string(rune64(v)))
	}
	// Concatenation and comparison.
	for i := 0; i < 20000; i++ {
		n := r.Intn(5)
		parts := make([]string, n)
		for j := range parts {
			if r.Intn(3) > 0 {
				parts[j] = all[r.Intn(len(all))]
			}
		}
		same("concat", fmt.Sprintf("%q", parts), concatstrings(parts), strings.Join(parts, ""))
		a, b := all[r.Intn(len(all))], all[r.Intn(len(all))]
		if r.Intn(4) == 0 {
			b = a[:r.Intn(len(a)+1)]
		}
		same("cmpstring", fmt.Sprintf("%q %q", a, b), cmpstring(a, b), strings.Compare(a, b))
		same("cmpstring", fmt.Sprintf("%q %q", b, a), cmpstring(b, a), strings.Compare(b, a))
	}
	same("concat", "single operand shares", unsafe.StringData(concatstrings([]string{"", all[5] + "x", ""})) != nil, true)
}

// rune64 is gc's string(v) conversion of an int64 (vet's stringintconv warns about it;
// that is the point).
func rune64(v int64) string {
	return string(v)
}
