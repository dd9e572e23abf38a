// Package utf8 is loopc's implementation of the subset of Go's unicode/utf8 package that
// loopc supports: encoding, decoding, counting and validating UTF-8 in strings.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and its
// width in bytes. If s is empty it returns (RuneError, 0). Otherwise, if the encoding is
// invalid, it returns (RuneError, 1). An encoding is invalid if it is incorrect UTF-8,
// encodes a rune that is out of range, or is not the shortest possible UTF-8 encoding
// for the value.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	var need int // continuation bytes
	var lo rune  // smallest value that needs this many bytes
	switch {
	case 0xC2 <= c0 && c0 <= 0xDF:
		need, r, lo = 1, rune(c0&0x1F), 0x80
	case 0xE0 <= c0 && c0 <= 0xEF:
		need, r, lo = 2, rune(c0&0x0F), 0x800
	case 0xF0 <= c0 && c0 <= 0xF4:
		need, r, lo = 3, rune(c0&0x07), 0x10000
	default:
		return RuneError, 1
	}
	if n < need+1 {
		return RuneError, 1
	}
	for i := 1; i <= need; i++ {
		c := s[i]
		if c < 0x80 || c > 0xBF {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < lo || r > MaxRune || surrogateMin <= r && r <= surrogateMax {
		return RuneError, 1
	}
	return r, need + 1
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns the rune and
// its width in bytes. If s is empty it returns (RuneError, 0). Otherwise, if the encoding
// is invalid, it returns (RuneError, 1).
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	// Back up to the start of the encoding: at most UTFMax bytes.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly
// invalid rune. Second and subsequent bytes always have the top two bits set to 10.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune. It returns -1 if
// the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
// If the rune is out of range, it writes the encoding of RuneError. It returns the number
// of bytes written.
func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	return copy(p[:len(b)], b)
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer. If the rune is out of range, it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		return append(p, byte(r))
	case 2:
		return append(p, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case 3:
		return append(p, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	default:
		return append(p, byte(0xF0|r>>18), byte(0x80|r>>12&0x3F), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
	}
}

// RuneCountInString is like RuneCount but its input is a string: it returns the number of
// runes in s. Erroneous and short encodings are treated as single runes of width 1 byte.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for len(s) > 0 {
		r, size := DecodeRuneInString(s)
		if r == RuneError && size == 1 {
			return false
		}
		s = s[size:]
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points that are out
// of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
