// Package runtime is loopc's implementation of Go's run-time system.
//
// This file defines the error values of run-time panics, with Go's exact texts: a panic
// report prints them through their Error method.

package runtime

// Error identifies a run-time error: a panic raised by the runtime itself.
type Error interface {
	error

	// RuntimeError is a no-op that distinguishes run-time errors from ordinary errors.
	RuntimeError()
}

// errorString is a run-time error whose text is prefixed with "runtime error: ".
type errorString string

// RuntimeError marks errorString as a run-time error.
func (e errorString) RuntimeError() {}

// Error returns "runtime error: " followed by the message.
func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a run-time error printed without the "runtime error: " prefix.
type plainError string

// RuntimeError marks plainError as a run-time error.
func (e plainError) RuntimeError() {}

// Error returns the message.
func (e plainError) Error() string {
	return string(e)
}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

// Error returns Go's text for panic(nil).
func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

// RuntimeError marks PanicNilError as a run-time error.
func (*PanicNilError) RuntimeError() {}

// A TypeAssertionError explains a failed type assertion or interface conversion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // one method needed by asserted, missing from concrete
}

// RuntimeError marks TypeAssertionError as a run-time error.
func (*TypeAssertionError) RuntimeError() {}

// Error returns Go's "interface conversion: ..." text.
func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.str
	}
	as := e.asserted.str
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.str
	if e.missingMethod != "" {
		return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
	}
	msg := "interface conversion: " + inter + " is " + cs + ", not " + as
	if cs == as {
		if e.concrete.pkgpath != e.asserted.pkgpath {
			msg += " (types from different packages)"
		} else {
			msg += " (types from different scopes)"
		}
	}
	return msg
}

// unhashableTypeError is the error of a map operation on an empty map whose key holds an
// unhashable dynamic type (Go reports it with a colon and no "runtime error: " prefix).
type unhashableTypeError struct {
	typ *_type
}

// RuntimeError marks unhashableTypeError as a run-time error.
func (unhashableTypeError) RuntimeError() {}

// Error returns "hash of unhashable type: T".
func (e unhashableTypeError) Error() string {
	return "hash of unhashable type: " + e.typ.str
}

// Bounds-error codes, Go's abi.BoundsErrorCode values: the `which` argument of panicSlice.
const (
	boundsIndex      = 0 // s[x], 0 <= x < len(s) failed
	boundsSliceAlen  = 1 // s[?:x], 0 <= x <= len(s) failed
	boundsSliceAcap  = 2 // s[?:x], 0 <= x <= cap(s) failed
	boundsSliceB     = 3 // s[x:y], 0 <= x <= y failed
	boundsSlice3Alen = 4 // s[?:?:x], 0 <= x <= len(s) failed
	boundsSlice3Acap = 5 // s[?:?:x], 0 <= x <= cap(s) failed
	boundsSlice3B    = 6 // s[?:x:y], 0 <= x <= y failed
	boundsSlice3C    = 7 // s[x:y:?], 0 <= x <= y failed
	boundsConvert    = 8 // (*[x]T)(s), 0 <= x <= len(s) failed
)

// boundsError is the error of an index or slice expression out of range.
type boundsError struct {
	x    int64
	y    int
	code int
}

// RuntimeError marks boundsError as a run-time error.
func (e boundsError) RuntimeError() {}

// boundsFormat returns the message template of code: %x and %y stand for the operands.
// A negative x has its own shorter form, which does not mention y.
func boundsFormat(code int, neg bool) string {
	switch code {
	case boundsIndex:
		if neg {
			return "index out of range [%x]"
		}
		return "index out of range [%x] with length %y"
	case boundsSliceAlen:
		if neg {
			return "slice bounds out of range [:%x]"
		}
		return "slice bounds out of range [:%x] with length %y"
	case boundsSliceAcap:
		if neg {
			return "slice bounds out of range [:%x]"
		}
		return "slice bounds out of range [:%x] with capacity %y"
	case boundsSliceB:
		if neg {
			return "slice bounds out of range [%x:]"
		}
		return "slice bounds out of range [%x:%y]"
	case boundsSlice3Alen:
		if neg {
			return "slice bounds out of range [::%x]"
		}
		return "slice bounds out of range [::%x] with length %y"
	case boundsSlice3Acap:
		if neg {
			return "slice bounds out of range [::%x]"
		}
		return "slice bounds out of range [::%x] with capacity %y"
	case boundsSlice3B:
		if neg {
			return "slice bounds out of range [:%x:]"
		}
		return "slice bounds out of range [:%x:%y]"
	case boundsSlice3C:
		if neg {
			return "slice bounds out of range [%x::]"
		}
		return "slice bounds out of range [%x:%y:]"
	}
	return "cannot convert slice with length %y to array or pointer to array with length %x"
}

// Error returns Go's text, such as "runtime error: index out of range [5] with length 3".
func (e boundsError) Error() string {
	f := boundsFormat(e.code, e.x < 0)
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		if f[i] == 'x' {
			b = appendInt(b, e.x)
		} else {
			b = appendInt(b, int64(e.y))
		}
	}
	return string(b)
}

// appendInt appends the decimal form of v to b.
func appendInt(b []byte, v int64) []byte {
	var buf [20]byte
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}
