// Package runtime is loopc's implementation of Go's run-time system.
//
// This file implements the builtin print and println (which write to standard error),
// with gc 1.27's formats: floats in their shortest %g form ("1.5", "1e+21", "NaN"),
// pointers in hex, interfaces and slices as their words. It also prints panic values.

package runtime

import "unsafe"

// gwrite writes b to standard error.
func gwrite(b []byte) {
	for len(b) > 0 {
		n := libc_write(2, unsafe.Pointer(&b[0]), uintptr(len(b)))
		if n <= 0 {
			return
		}
		b = b[n:]
	}
}

// printbool prints true or false.
func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

// printint prints v in decimal.
func printint(v int64) {
	var buf [24]byte
	gwrite(appendInt(buf[:0], v))
}

// printuint prints v in decimal.
func printuint(v uint64) {
	var buf [24]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	gwrite(buf[i:])
}

// printhex prints v as 0x followed by lower-case hex digits.
func printhex(v uint64) {
	const dig = "0123456789abcdef"
	var buf [24]byte
	i := len(buf)
	for {
		i--
		buf[i] = dig[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	gwrite(buf[i:])
}

// printfloat prints a float64 in its shortest form (strconv's 'g' with precision -1).
func printfloat(v float64) {
	var buf [32]byte
	gwrite(appendFloat(buf[:0], v, 64))
}

// printfloat32 prints a float32 in its shortest form as a float32 (so float32(0.1)
// prints 0.1, not the digits of its float64 widening).
func printfloat32(v float32) {
	var buf [32]byte
	gwrite(appendFloat(buf[:0], float64(v), 32))
}

// printstring prints s.
func printstring(s string) {
	if len(s) == 0 {
		return
	}
	var b []byte
	h := (*sliceHeader)(unsafe.Pointer(&b))
	h.data = stringData(s)
	h.len = len(s)
	h.cap = len(s)
	gwrite(b)
}

// printpointer prints p in hex ("0x0" for nil).
func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printeface prints an interface value as its two words: (0xTYPE,0xDATA). Non-empty
// interfaces are printed the same way (their first word is the itab).
func printeface(e any) {
	w := (*eface)(unsafe.Pointer(&e)) // the raw words, whatever they point to
	printstring("(")
	printpointer(unsafe.Pointer(w.typ))
	printstring(",")
	printpointer(w.data)
	printstring(")")
}

// printslice prints a slice as [len/cap]0xDATA.
func printslice(p unsafe.Pointer, length, capacity int) {
	printstring("[")
	printint(int64(length))
	printstring("/")
	printint(int64(capacity))
	printstring("]")
	printpointer(p)
}

// printsp prints a space.
func printsp() {
	printstring(" ")
}

// printnl prints a newline.
func printnl() {
	printstring("\n")
}

// printindented prints s, replacing each "\n" with "\n\t" (how panic values are printed,
// so a report stays parseable).
func printindented(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			printstring(s[start : i+1])
			printstring("\t")
			start = i + 1
		}
	}
	printstring(s[start:])
}

// printpanicval prints a panic value as gc's report does: basic types as print prints
// them, strings indented, values of other named basic types as T(v) (strings quoted),
// anything else as (T) 0xADDRESS. Errors and Stringers were already replaced by their
// text (preprintpanics).
func printpanicval(v any) {
	e := efaceOf(&v)
	t := e.typ
	if t == nil {
		printstring("nil")
		return
	}
	p := e.data
	if isDirectIface(t) {
		p = unsafe.Pointer(&e.data)
	}
	named := t.tflag&tflagNamed != 0 && t.pkgpath != ""
	if !named && t.kind == kindString {
		printindented(*(*string)(p))
		return
	}
	if named || !isBasicKind(t.kind) {
		if !isBasicKind(t.kind) {
			printstring("(")
			printstring(t.str)
			printstring(") ")
			printpointer(e.data)
			return
		}
		printstring(t.str)
		printstring("(")
		if t.kind == kindString {
			printstring("\"")
			printindented(*(*string)(p))
			printstring("\"")
		} else {
			printbasic(t.kind, p)
		}
		printstring(")")
		return
	}
	printbasic(t.kind, p)
}

// isBasicKind reports whether print can print values of kind k.
func isBasicKind(k uint8) bool {
	return k >= kindBool && k <= kindFloat64 || k == kindString
}

// printbasic prints the value of basic kind k at p.
func printbasic(k uint8, p unsafe.Pointer) {
	switch k {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		printint(int64(*(*int)(p)))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindInt64:
		printint(*(*int64)(p))
	case kindUint:
		printuint(uint64(*(*uint)(p)))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindUint64:
		printuint(*(*uint64)(p))
	case kindUintptr:
		printuint(uint64(*(*uintptr)(p)))
	case kindFloat32:
		printfloat32(*(*float32)(p))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindString:
		printstring(*(*string)(p))
	}
}
