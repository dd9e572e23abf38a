// Package fmt is loopc's implementation of the subset of Go's fmt package that loopc
// supports: the Print, Sprint, Fprint and Append families, Errorf, and the Stringer,
// GoStringer, Formatter and State interfaces, with gc's exact output for every verb, flag,
// width, precision, argument index and error case.
//
// Files: fmt.go (this file) is the exported API; print.go walks format strings and
// operands, using the runtime's reflection API (runtime/reflectlite.go) for values of
// arbitrary type; format.go pads and renders single operands; sort.go orders map keys as
// internal/fmtsort; errors.go is Errorf. Each call formats into a fresh buffer, and the
// printing functions write it with a single Write call, as Go's do.
package fmt

import (
	"io"
	"os"
)

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Append formats using the default formats for its operands, appends the result to the
// byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Appendln formats using the default formats for its operands, appends the result to the
// byte slice, and returns the updated slice. Spaces are always added between operands
// and a newline is appended.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// Appendf formats according to a format specifier, appends the result to the byte slice,
// and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats for its operands and writes to w. Spaces are
// added between operands when neither is a string. It returns the number of bytes written
// and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Fprintln formats using the default formats for its operands and writes to w. Spaces
// are always added between operands and a newline is appended. It returns the number of
// bytes written and any write error encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Fprintf formats according to a format specifier and writes to w. It returns the number
// of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Print formats using the default formats for its operands and writes to standard
// output. Spaces are added between operands when neither is a string. It returns the
// number of bytes written and any write error encountered.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Println formats using the default formats for its operands and writes to standard
// output. Spaces are always added between operands and a newline is appended. It returns
// the number of bytes written and any write error encountered.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Printf formats according to a format specifier and writes to standard output. It
// returns the number of bytes written and any write error encountered.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}
