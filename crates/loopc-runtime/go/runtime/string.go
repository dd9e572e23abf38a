// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements string operations: concatenation, comparison and the conversions
// between strings, byte slices, rune slices and runes, with Go's exact treatment of
// invalid UTF-8 (each bad byte decodes to U+FFFD and is consumed alone).
//
// These functions implement the language's string operators, so they never use them on
// strings of unknown length themselves: no `+`, no string(b) conversions, no range over
// strings.

package runtime

import "unsafe"

// UTF-8 constants, as in package unicode/utf8.
const (
	runeError = '\uFFFD'
	runeSelf  = 0x80
	maxRune   = '\U0010FFFF'
	surrMin   = 0xD800
	surrMax   = 0xDFFF
	rune1Max  = 1<<7 - 1
	rune2Max  = 1<<11 - 1
	rune3Max  = 1<<16 - 1
	locb      = 0x80 // lowest continuation byte
	hicb      = 0xBF // highest continuation byte
)

// concatstrings returns the concatenation of a's elements (a fresh string; "" if all empty).
func concatstrings(a []string) string {
	l := 0
	count := 0
	idx := 0
	for i := 0; i < len(a); i++ {
		n := len(a[i])
		if n == 0 {
			continue
		}
		l += n
		count++
		idx = i
	}
	if count == 0 {
		return ""
	}
	if count == 1 {
		// Strings are immutable: the one non-empty operand is the result.
		return a[idx]
	}
	s, b := rawstring(l)
	off := 0
	for i := 0; i < len(a); i++ {
		off += copy(b[off:], a[i])
	}
	return s
}

// cmpstring compares a and b bytewise: -1, 0 or +1.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	if n > 0 {
		c := libc_memcmp(stringData(a), stringData(b), uintptr(n))
		if c < 0 {
			return -1
		}
		if c > 0 {
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// intstring converts a rune value to its UTF-8 string (U+FFFD for invalid code points).
func intstring(v int64) string {
	if int64(rune(v)) != v {
		v = runeError
	}
	var buf [4]byte
	n := encoderune(buf[:], rune(v))
	s, b := rawstring(n)
	copy(b, buf[:n])
	return s
}

// slicebytetostring copies b into a new string.
func slicebytetostring(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	s, d := rawstring(len(b))
	copy(d, b)
	return s
}

// rawbyteslice allocates a zeroed []byte of length size whose capacity is size rounded up
// to its malloc size class, as Go's heap-allocated conversions give.
func rawbyteslice(size int) []byte {
	c := roundupsize(uintptr(size), true)
	var b []byte
	h := (*sliceHeader)(unsafe.Pointer(&b))
	h.data = mallocgc(c)
	h.len = size
	h.cap = int(c)
	return b
}

// tmpStringBufSize is the size of the stack buffers the compiler passes to conversions whose
// result does not escape (Go's tmpStringBufSize).
const tmpStringBufSize = 32

// tmpBuf is such a buffer for bytes.
type tmpBuf [tmpStringBufSize]byte

// stringtoslicebyte copies s into a new []byte. buf is a stack buffer when the result does
// not escape (nil otherwise): the result uses it, with cap 32, when s fits, as Go's does;
// else its cap is len(s) rounded up to a malloc size class.
func stringtoslicebyte(buf *tmpBuf, s string) []byte {
	var b []byte
	if buf != nil && len(s) <= len(buf) {
		*buf = tmpBuf{}
		b = buf[:len(s)]
	} else {
		b = rawbyteslice(len(s))
	}
	copy(b, s)
	return b
}

// countrunes returns the number of runes `range s` yields.
func countrunes(s string) int {
	n := 0
	for k := 0; k < len(s); n++ {
		if s[k] < runeSelf {
			k++
		} else {
			_, k = decoderune(s, k)
		}
	}
	return n
}

// stringtoslicerune decodes s into a new []rune, in buf (a stack buffer of 32 runes, or nil
// when the result escapes) when the runes fit, as Go's does.
func stringtoslicerune(buf *[tmpStringBufSize]rune, s string) []rune {
	n := countrunes(s)
	var a []rune
	if buf != nil && n <= len(buf) {
		*buf = [tmpStringBufSize]rune{}
		a = buf[:n]
	} else {
		mem := roundupsize(uintptr(n)*4, true)
		h := (*sliceHeader)(unsafe.Pointer(&a))
		h.data = mallocgc(mem)
		h.len = n
		h.cap = int(mem / 4)
	}
	i := 0
	for k := 0; k < len(s); i++ {
		a[i], k = decoderune(s, k)
	}
	return a
}

// slicerunetostring encodes r as UTF-8.
func slicerunetostring(r []rune) string {
	var buf [4]byte
	size := 0
	for i := 0; i < len(r); i++ {
		size += encoderune(buf[:], r[i])
	}
	if size == 0 {
		return ""
	}
	s, b := rawstring(size)
	n := 0
	for i := 0; i < len(r); i++ {
		n += encoderune(b[n:], r[i])
	}
	return s
}

// decoderune decodes the rune starting at byte k of s (k < len(s)), for `range s`:
// it returns the rune (U+FFFD for invalid UTF-8, consuming one byte) and the next index.
func decoderune(s string, k int) (r rune, next int) {
	c0 := s[k]
	if c0 < runeSelf {
		return rune(c0), k + 1
	}
	n := len(s) - k
	switch {
	case 0xC2 <= c0 && c0 < 0xE0:
		if n > 1 && isCont(s[k+1]) {
			return rune(c0&0x1F)<<6 | rune(s[k+1]&0x3F), k + 2
		}
	case 0xE0 <= c0 && c0 < 0xF0:
		if n > 2 && isCont(s[k+1]) && isCont(s[k+2]) {
			r = rune(c0&0x0F)<<12 | rune(s[k+1]&0x3F)<<6 | rune(s[k+2]&0x3F)
			if rune2Max < r && !(surrMin <= r && r <= surrMax) {
				return r, k + 3
			}
		}
	case 0xF0 <= c0 && c0 < 0xF8:
		if n > 3 && isCont(s[k+1]) && isCont(s[k+2]) && isCont(s[k+3]) {
			r = rune(c0&0x07)<<18 | rune(s[k+1]&0x3F)<<12 | rune(s[k+2]&0x3F)<<6 | rune(s[k+3]&0x3F)
			if rune3Max < r && r <= maxRune {
				return r, k + 4
			}
		}
	}
	return runeError, k + 1
}

// isCont reports whether c is a UTF-8 continuation byte.
func isCont(c byte) bool {
	return locb <= c && c <= hicb
}

// encoderune writes the UTF-8 encoding of r into p (which must be large enough; 4 bytes
// always are) and returns the number of bytes written. Invalid code points (negative,
// surrogates, above U+10FFFF) are written as U+FFFD.
func encoderune(p []byte, r rune) int {
	if uint32(r) <= rune1Max {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) <= rune2Max {
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > maxRune || surrMin <= r && r <= surrMax {
		r = runeError
	}
	if uint32(r) <= rune3Max {
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}
