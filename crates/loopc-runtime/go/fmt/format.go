// Package fmt is loopc's implementation of the subset of Go's fmt package that loopc
// supports. This file is the field formatter: it renders one already-extracted operand
// (an integer, a float, a string, bytes, a rune) into the output buffer, honouring the
// flags, width and precision of the current verb. print.go decides which of these to call.
package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// buffer is the output being built.
type buffer []byte

func (b *buffer) write(p []byte)       { *b = append(*b, p...) }
func (b *buffer) writeString(s string) { *b = append(*b, s...) }
func (b *buffer) writeByte(c byte)     { *b = append(*b, c) }
func (b *buffer) writeRune(r rune)     { *b = utf8.AppendRune(*b, r) }

// fmtFlags are the flags of the verb being formatted. plusV and sharpV record %+v and
// %#v (the plus and sharp flags are then cleared, as they mean something else for v).
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool
}

// fieldFmt formats single operands into buf.
type fieldFmt struct {
	buf *buffer
	fmtFlags
	wid  int
	prec int
}

func (f *fieldFmt) clearflags() {
	f.fmtFlags = fmtFlags{}
	f.wid = 0
	f.prec = 0
}

// writePadding appends n bytes of padding: zeros if the zero flag applies (only for
// padding on the left), spaces otherwise.
func (f *fieldFmt) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero && !f.minus {
		c = '0'
	}
	for i := 0; i < n; i++ {
		f.buf.writeByte(c)
	}
}

// pad appends b padded to the width (counted in runes).
func (f *fieldFmt) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCountInString(string(b))
	if f.minus {
		f.buf.write(b)
		f.writePadding(width)
	} else {
		f.writePadding(width)
		f.buf.write(b)
	}
}

// padString appends s padded to the width (counted in runes).
func (f *fieldFmt) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(width)
	} else {
		f.writePadding(width)
		f.buf.writeString(s)
	}
}

// padNoZero pads b with spaces even if the zero flag is set.
func (f *fieldFmt) padNoZero(b []byte) {
	zero := f.zero
	f.zero = false
	f.pad(b)
	f.zero = zero
}

func (f *fieldFmt) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or with the sharp flag and a printable rune as
// "U+0078 'x'". The precision is the minimum number of hex digits (default 4). The zero
// flag does not apply.
func (f *fieldFmt) fmtUnicode(u uint64) {
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	var rev []byte
	for v := u; ; {
		rev = append(rev, udigits[v&0xF])
		v >>= 4
		if v == 0 {
			break
		}
	}
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	b := []byte("U+")
	for i := len(rev) - 1; i >= 0; i-- {
		b = append(b, rev[i])
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, ' ', '\'')
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	f.padNoZero(b)
}

// fmtInteger formats u (a two's-complement signed value if isSigned) in base 2, 8, 10 or
// 16 with the given digit set. The precision is the minimum number of digits; without
// one, the zero flag pads with leading zeros to the width (after the sign).
func (f *fieldFmt) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	prec := 0
	if f.precPresent {
		prec = f.prec
		// %.0d of zero prints nothing (just padding).
		if prec == 0 && u == 0 {
			zero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = zero
			return
		}
	} else if f.zero && !f.minus && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // room for the sign
		}
	}

	// Digits, least significant first.
	var rev []byte
	b := uint64(base)
	for {
		rev = append(rev, digits[u%b])
		u /= b
		if u == 0 {
			break
		}
	}
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	if f.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	switch {
	case negative:
		rev = append(rev, '-')
	case f.plus:
		rev = append(rev, '+')
	case f.space:
		rev = append(rev, ' ')
	}
	out := make([]byte, len(rev))
	for i := range rev {
		out[len(rev)-1-i] = rev[i]
	}
	f.padNoZero(out)
}

// truncateString returns s cut to the precision, counted in runes.
func (f *fieldFmt) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate returns b cut to the precision, counted in runes.
func (f *fieldFmt) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := range string(b) {
			n--
			if n < 0 {
				return b[:i]
			}
		}
	}
	return b
}

func (f *fieldFmt) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *fieldFmt) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats a string (or, if b is not nil, a byte slice) as hexadecimal: the
// precision limits the number of input bytes, the space flag separates bytes, and sharp
// adds 0x before the whole (or each byte, with space).
func (f *fieldFmt) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2
			}
			width += length - 1
		} else if f.sharp {
			width += 2
		}
	} else {
		// Nothing to encode: only padding.
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	if f.sharp {
		f.buf.writeByte('0')
		f.buf.writeByte(digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			f.buf.writeByte(' ')
			if f.sharp {
				f.buf.writeByte('0')
				f.buf.writeByte(digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		f.buf.writeByte(digits[c>>4])
		f.buf.writeByte(digits[c&0xF])
	}
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *fieldFmt) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }
func (f *fieldFmt) fmtBx(b []byte, digits string) {
	if b == nil {
		// A nil slice is empty; fmtSbx uses nil to mean "use s".
		b = []byte{}
	}
	f.fmtSbx("", b, digits)
}

// fmtQ formats s as a double-quoted, escaped Go string, or a backquoted raw string with
// the sharp flag when possible; plus escapes all non-ASCII.
func (f *fieldFmt) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && canBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		f.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC formats c as the character it encodes (U+FFFD if invalid).
func (f *fieldFmt) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(nil, r))
}

// fmtQc formats c as a single-quoted, escaped Go character literal.
func (f *fieldFmt) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.pad([]byte(strconv.QuoteRuneToASCII(r)))
	} else {
		f.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloat formats v (of size 32 or 64 bits) with strconv's format verb and the default
// precision prec (used when the verb has none), then applies the flags: sign or space,
// sharp (keep the point and trailing zeros), zero padding after the sign; Inf and NaN
// are never zero-padded.
func (f *fieldFmt) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num always starts with a sign: '+' is put in if strconv gave none.
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Inf or NaN: no zero padding; NaN has no sign unless asked for.
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.padNoZero(num)
		return
	}
	if f.sharp && verb != 'b' {
		num = f.sharpFloat(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		// Sign first, then zero padding.
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:]) // no sign wanted
}

// sharpFloat applies the sharp flag to a formatted float (with its sign): the decimal
// point is always present and, for %g, %v and %x, trailing zeros are kept up to the
// precision (6 if none).
func (f *fieldFmt) sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	// Split off the exponent, counting significant digits before it.
	var tail []byte
	hasPoint := false
	sawNonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			sawNonzero = true
		}
		if sawNonzero {
			digits--
		}
	}
	if !hasPoint {
		// A lone 0 counts as a significant digit.
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for ; digits > 0; digits-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}

// canBackquote reports whether s can be written as a raw string literal: valid UTF-8
// without control characters other than tab, backquotes or the byte order mark
// (strconv.CanBackquote).
func canBackquote(s string) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return false // invalid UTF-8
			}
		case r == '`' || r == '\uFEFF':
			return false
		case r < ' ' && r != '\t' || r == 0x7F:
			return false
		}
	}
	return true
}
