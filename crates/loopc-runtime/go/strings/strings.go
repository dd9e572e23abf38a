// Package strings is loopc's implementation of the subset of Go's strings package that
// loopc supports: searching, splitting, joining, trimming, case mapping, the Builder and
// the Replacer.
//
// Everything is plain Go except the Unicode tables behind ToUpper, ToLower, ToTitle,
// Title and EqualFold on non-ASCII text (case mappings, and the letter and digit classes
// Title's word boundaries need), which the runtime provides.
package strings

import (
	"iter"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// A Builder is used to efficiently build a string using Write methods. It minimizes
// memory copying. The zero value is ready to use.
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return string(b.buf)
}

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.buf = nil
}

// grow copies the buffer to a new, larger buffer so that there are at least n bytes of
// capacity beyond len(b.buf).
func (b *Builder) grow(n int) {
	// Appending to nil rounds the capacity up to the allocator's size class, as the
	// allocation in Go's Builder does; the capacity is observable through Cap.
	buf := append([]byte(nil), make([]byte, 2*cap(b.buf)+n)...)[:len(b.buf)]
	copy(buf, b.buf)
	b.buf = buf
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes. After
// Grow(n), at least n bytes can be written to b without another allocation. If n is
// negative, Grow panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p to b's buffer. Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer. It returns
// the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer. It returns the length of s and a
// nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present
// in s.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// lastIndexByte returns the index of the last instance of c in s, or -1.
func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1 if substr is not
// present in s.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not
// present in s.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return lastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code point r, or -1
// if rune is not present in s. If r is utf8.RuneError, it returns the first instance of
// any invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first instance of any Unicode code point from chars
// in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or
// -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// HasPrefix reports whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count counts the number of non-overlapping instances of substr in s. If substr is an
// empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Compare returns an integer comparing two strings lexicographically. The result will be
// 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}

// explode splits s into a slice of UTF-8 strings, one string per Unicode character up to
// a maximum of n (n < 0 means no limit). Invalid UTF-8 bytes are sliced individually.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s around each instance of sep, including sepSave bytes of sep in the
// subarrays, returning at most n subarrays.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into substrings separated by sep and returns a slice of the substrings
// between those separators. The count determines the number of substrings to return:
// n > 0: at most n substrings, the last being the unsplit remainder; n == 0: nil; n < 0:
// all substrings.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// Split slices s into all substrings separated by sep and returns a slice of the
// substrings between those separators. If sep is empty, Split splits after each UTF-8
// sequence.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfterN slices s into substrings after each instance of sep and returns a slice of
// those substrings, with the count n as in SplitN.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// SplitAfter slices s into all substrings after each instance of sep and returns a slice
// of those substrings. If sep is empty, SplitAfter splits after each UTF-8 sequence.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// isSpace reports whether r is white space as defined by Unicode's White_Space property
// (unicode.IsSpace).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ':
			return true
		}
		return false
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// Fields splits the string s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of substrings of s or an
// empty slice if s contains only white space.
func Fields(s string) []string {
	n := 0
	inField := false
	for _, r := range s {
		wasInField := inField
		inField = !isSpace(r)
		if inField && !wasInField {
			n++
		}
	}
	a := make([]string, n)
	na := 0
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				a[na] = s[start:i]
				na++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[na] = s[start:]
	}
	return a
}

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c) and
// returns an array of slices of s. If all code points in s satisfy f(c) or the string is
// empty, an empty slice is returned. f is called exactly once for each rune, in order
// (invalid UTF-8 bytes are passed as utf8.RuneError).
func FieldsFunc(s string, f func(rune) bool) []string {
	// Record the field boundaries first, then slice them out, so that f runs once per rune.
	var bounds []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for i := range a {
		a[i] = s[bounds[2*i]:bounds[2*i+1]]
	}
	return a
}

// Join concatenates the elements of its first argument to create a single string. The
// separator string sep is placed between elements in the resulting string.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, elem := range elems {
		n += len(elem)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, s := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(s)
	}
	return b.String()
}

// Repeat returns a new string consisting of count copies of the string s. It panics if
// count is negative or if the result of (len(s) * count) overflows.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// Replace returns a copy of the string s with the first n non-overlapping instances of
// old replaced by new. If old is empty, it matches at the beginning of the string and
// after each UTF-8 sequence. If n < 0, there is no limit on the number of replacements.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old
// replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Map returns a copy of the string s with all its characters modified according to the
// mapping function. If mapping returns a negative value, the character is dropped from
// the string with no replacement. Invalid UTF-8 bytes become utf8.RuneError when changed.
func Map(mapping func(rune) rune, s string) string {
	// Find the first rune that changes; if none does, s is the result.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		var width int
		if c == utf8.RuneError {
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}
		var b Builder
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return s
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	isASCII, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if !isASCII {
		return Map(toUpperRune, s)
	}
	if !hasLower {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	isASCII, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if !isASCII {
		return Map(toLowerRune, s)
	}
	if !hasUpper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// toUpperRune maps r to upper case (unicode.ToUpper).
func toUpperRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return caseLookup(caseUpper, r)
}

// toLowerRune maps r to lower case (unicode.ToLower).
func toLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return caseLookup(caseLower, r)
}

// simpleFold iterates over Unicode code points equivalent under simple case folding
// (unicode.SimpleFold): it returns the smallest code point > r in r's orbit, or the
// smallest one if there is none, and r itself if r has no other case or is not a valid
// code point. Even ASCII letters need the table: 'k' folds to U+212A KELVIN SIGN.
func simpleFold(r rune) rune {
	return caseLookup(caseFold, r)
}

// caseLookup maps r with the case-mapping table t (caseUpper, caseLower or caseFold; the
// layout is in unicode_tables.go's generator): the entry whose range holds r gives the
// offset to add, and code points in no entry, negative ones included, map to themselves.
func caseLookup(t string, r rune) rune {
	const size = 10 // lo (3 bytes), hi (3), kind (1), delta (3, two's complement)
	// Binary search for the first entry whose lo exceeds r; the one before may hold r.
	i, j := 0, len(t)/size
	for i < j {
		m := int(uint(i+j) >> 1)
		if table24(t, m*size) <= r {
			i = m + 1
		} else {
			j = m
		}
	}
	if i == 0 {
		return r
	}
	e := (i - 1) * size
	lo := table24(t, e)
	if r > table24(t, e+3) {
		return r
	}
	delta := table24(t, e+7)
	if delta >= 1<<23 {
		delta -= 1 << 24
	}
	switch t[e+6] {
	case 1: // lo, lo+2, ... move; the code points between them stay.
		if (r-lo)%2 != 0 {
			return r
		}
	case 2: // lo, lo+2, ... move by delta; lo+1, lo+3, ... by -delta.
		if (r-lo)%2 != 0 {
			return r - delta
		}
	}
	return r + delta
}

// table24 is the big-endian 24-bit number at t[i:i+3].
func table24(t string, i int) rune {
	return rune(t[i])<<16 | rune(t[i+1])<<8 | rune(t[i+2])
}

// inRanges reports whether r is in the set table t: sorted, disjoint ranges of 6 bytes,
// lo (3 bytes) and hi (3 bytes).
func inRanges(t string, r rune) bool {
	const size = 6
	i, j := 0, len(t)/size
	for i < j {
		m := int(uint(i+j) >> 1)
		if table24(t, m*size) <= r {
			i = m + 1
		} else {
			j = m
		}
	}
	return i > 0 && r <= table24(t, (i-1)*size+3)
}

// toTitleRune maps r to title case (unicode.ToTitle). Title case equals upper case
// except for the Latin digraphs DŽ, LJ, NJ and DZ (whose title case is the capital-small
// form) and Georgian Mkhedruli letters (which are their own title case, although Unicode
// gives them Mtavruli upper-case forms); gocheck compares this with unicode.ToTitle on
// every code point.
func toTitleRune(r rune) rune {
	switch {
	case 0x1C4 <= r && r <= 0x1CC:
		return 0x1C5 + (r-0x1C4)/3*3
	case 0x1F1 <= r && r <= 0x1F3:
		return 0x1F2
	case 0x10D0 <= r && r <= 0x10FA, 0x10FD <= r && r <= 0x10FF:
		return r
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpperRune(r)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to their Unicode
// title case.
func ToTitle(s string) string {
	return Map(toTitleRune, s)
}

// isLetterOrDigit reports whether r is a Unicode letter or decimal digit
// (unicode.IsLetter(r) || unicode.IsDigit(r)).
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return inRanges(letterOrDigit, r)
}

// isWordSeparator reports whether r separates words for Title: ASCII characters other
// than letters, digits and underscore, and non-ASCII white space.
func isWordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if isLetterOrDigit(r) {
		return false
	}
	return isSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin words mapped
// to their Unicode title case. A word begins after a separator: an ASCII character other
// than a letter, digit or underscore, or Unicode white space.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode punctuation
// properly.
func Title(s string) string {
	// Map calls the mapping once per rune, in order, so the previous rune can be tracked.
	prev := ' '
	return Map(func(r rune) rune {
		atStart := isWordSeparator(prev)
		prev = r
		if atStart {
			return toTitleRune(r)
		}
		return r
	}, s)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if tr == sr {
			continue
		}
		// Make sr < tr to simplify what follows.
		if tr < sr {
			tr, sr = sr, tr
		}
		// Fast check for ASCII.
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// General case: SimpleFold(x) returns the next equivalent rune > x or wraps
		// around to smaller values.
		r := simpleFold(sr)
		for r != sr && r < tr {
			r = simpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	// One string is empty. Are both?
	return s == t
}

// trimLeftFunc and trimRightFunc remove leading and trailing runes satisfying f.
func trimLeftFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !f(r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !f(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code
// points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return trimRightFunc(trimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c
// satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	return trimLeftFunc(s, f)
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c
// satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	return trimRightFunc(s, f)
}

// TrimSpace returns a slice of the string s, with all leading and trailing white space
// removed, as defined by Unicode.
func TrimSpace(s string) string {
	return trimRightFunc(trimLeftFunc(s, isSpace), isSpace)
}

// Trim returns a slice of the string s with all leading and trailing Unicode code points
// contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	in := func(r rune) bool { return ContainsRune(cutset, r) }
	return trimRightFunc(trimLeftFunc(s, in), in)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points contained
// in cutset removed. To remove a prefix, use TrimPrefix instead.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

// TrimRight returns a slice of the string s, with all trailing Unicode code points
// contained in cutset removed. To remove a suffix, use TrimSuffix instead.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

// TrimPrefix returns s without the provided leading prefix string. If s doesn't start
// with prefix, s is returned unchanged.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s doesn't end with
// suffix, s is returned unchanged.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep, returning the text before and after
// sep. The found result reports whether sep appears in s. If sep does not appear in s,
// cut returns s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Lines returns an iterator over the newline-terminated lines in the string s. The lines
// yielded by the iterator include their terminating newlines. If s is empty, the iterator
// yields no lines at all. If s does not end in a newline, the final yielded line will not
// end in a newline. It returns a single-use iterator.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			var line string
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, ""
			}
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over all substrings of s separated by sep. The iterator
// yields the same strings that would be returned by Split(s, sep), but without
// constructing the slice. It returns a single-use iterator.
func SplitSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, 0)
}

// SplitAfterSeq returns an iterator over substrings of s split after each instance of
// sep. The iterator yields the same strings that would be returned by SplitAfter(s, sep),
// but without constructing the slice. It returns a single-use iterator.
func SplitAfterSeq(s, sep string) iter.Seq[string] {
	return splitSeq(s, sep, len(sep))
}

// splitSeq is SplitSeq (sepSave 0) and SplitAfterSeq (sepSave len(sep)). The iterator
// consumes s as it goes, so a second run yields nothing (or "" for a non-empty sep), as
// with gc.
func splitSeq(s, sep string, sepSave int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			frag := s[:i+sepSave]
			if !yield(frag) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s)
	}
}

// FieldsSeq returns an iterator over substrings of s split around runs of whitespace
// characters, as defined by unicode.IsSpace. The iterator yields the same strings that
// would be returned by Fields(s), but without constructing the slice.
func FieldsSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			size := 1
			r := rune(s[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if isSpace(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// FieldsFuncSeq returns an iterator over substrings of s split around runs of Unicode code
// points satisfying f(c). The iterator yields the same strings that would be returned by
// FieldsFunc(s), but without constructing the slice.
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			size := 1
			r := rune(s[i])
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// ---------------------------------------------------------------------------------------
// Replacer. Every Replacer has the same meaning: scanning s from the left, at each
// position the earliest (old, new) pair in argument order whose old string starts there
// is replaced, and scanning resumes after it; an empty old string matches at every byte
// position (not rune position) and at the end, but never twice in a row at the same
// position. Like gc, NewReplacer picks an algorithm from the pairs (one old string of two
// or more bytes; single-byte olds with single-byte news; single-byte olds; anything
// else); they all give that same result, the specialised ones faster.
//
// Replacer.WriteString is not provided: its io.Writer parameter would make strings import
// io (this package imports only iter and unicode/utf8), and gc splits its writes
// differently for each algorithm.

// Algorithms a Replacer can use, chosen by NewReplacer as gc chooses them.
const (
	replaceGeneric    = iota // any pairs: earliest matching pair at each position
	replaceSingle            // one pair whose old string has two or more bytes
	replaceByte              // every old and new string is a single byte
	replaceByteString        // every old string is a single byte
)

// Replacer replaces a list of strings with replacements. It is safe for concurrent use by
// multiple goroutines.
type Replacer struct {
	kind   int
	oldnew []string // the (old, new) pairs, flattened, copied from NewReplacer's arguments

	// replaceByte: byteMap[b] is the byte that replaces b (b itself if none does).
	byteMap []byte
	// replaceByteString: when hasRepl[b], byte b is replaced by repl[b].
	hasRepl []bool
	repl    []string

	// replaceGeneric: byFirst[b] lists, in argument order, the pair indexes whose old
	// string starts with byte b; emptyPair is the first pair whose old string is empty,
	// or -1. The tables of the other algorithms are nil; these have 256 entries.
	byFirst   [][]int
	emptyPair int
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements
// are performed in the order they appear in the target string, without overlapping
// matches. The old string comparisons are done in argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), emptyPair: -1}
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		r.kind = replaceSingle
		return r
	}
	r.kind = replaceByte
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			r.kind = replaceGeneric
			break
		}
		if len(oldnew[i+1]) != 1 {
			r.kind = replaceByteString
		}
	}
	switch r.kind {
	case replaceByte:
		r.byteMap = make([]byte, 256)
		for b := 0; b < 256; b++ {
			r.byteMap[b] = byte(b)
		}
		// The first pair for a byte wins: fill from the last pair to the first.
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			r.byteMap[oldnew[i][0]] = oldnew[i+1][0]
		}
	case replaceByteString:
		r.hasRepl = make([]bool, 256)
		r.repl = make([]string, 256)
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			b := oldnew[i][0]
			r.hasRepl[b] = true
			r.repl[b] = oldnew[i+1]
		}
	case replaceGeneric:
		r.byFirst = make([][]int, 256)
		for i := 0; i < len(oldnew); i += 2 {
			old := oldnew[i]
			if old == "" {
				if r.emptyPair < 0 {
					r.emptyPair = i / 2
				}
				continue
			}
			r.byFirst[old[0]] = append(r.byFirst[old[0]], i/2)
		}
	}
	return r
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	switch r.kind {
	case replaceSingle:
		return Replace(s, r.oldnew[0], r.oldnew[1], -1)
	case replaceByte:
		var buf []byte // allocated at the first change
		for i := 0; i < len(s); i++ {
			if c := r.byteMap[s[i]]; c != s[i] {
				if buf == nil {
					buf = []byte(s)
				}
				buf[i] = c
			}
		}
		if buf == nil {
			return s
		}
		return string(buf)
	case replaceByteString:
		var b Builder
		for i := 0; i < len(s); i++ {
			if c := s[i]; r.hasRepl[c] {
				b.WriteString(r.repl[c])
			} else {
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	var b Builder
	r.replaceAny(&b, s)
	return b.String()
}

// match returns the earliest pair whose old string starts s[i:], ignoring empty old
// strings when skipEmpty, or -1.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	best := -1
	if !skipEmpty {
		best = r.emptyPair
	}
	if i < len(s) {
		for _, p := range r.byFirst[s[i]] {
			if best >= 0 && p > best {
				break
			}
			if HasPrefix(s[i:], r.oldnew[2*p]) {
				best = p
				break
			}
		}
	}
	return best
}

// replaceAny appends s with the pairs replaced to b: at each position the earliest
// pair whose old string starts there (an empty old string only if the previous step did
// not match an empty old string at this very position), else the byte itself.
func (r *Replacer) replaceAny(b *Builder, s string) {
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		p := r.match(s, i, prevEmpty)
		if p < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[2*p]
		prevEmpty = old == ""
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[2*p+1])
		i += len(old)
		last = i
	}
	b.WriteString(s[last:])
}
