// Package fmt is loopc's implementation of the subset of Go's fmt package that loopc
// supports: Print, Println, Printf and their Sprint and Fprint variants, Errorf, and the
// Stringer interface.
//
// Formatting values of arbitrary type (%v and friends) needs the runtime's type
// descriptors, so the formatting core is implemented by the runtime; the printing
// functions below are plain Go on top of it, exactly as Go defines them (the formatted
// bytes are written with a single Write call).
package fmt

import (
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value. The String method is used to print values passed as an
// operand to any format that accepts a string or to an unformatted printer such as Print.
type Stringer interface {
	String() string
}

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
// Implemented by the runtime (issue 5).
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
// Implemented by the runtime (issue 5).
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
// Implemented by the runtime (issue 5).
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With a %w verb the error wraps the corresponding operands.
// Implemented by the runtime (issue 5).
func Errorf(format string, a ...any) (err error)

// Fprint formats using the default formats for its operands and writes to w. Spaces are
// added between operands when neither is a string. It returns the number of bytes written
// and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w. Spaces
// are always added between operands and a newline is appended. It returns the number of
// bytes written and any write error encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w. It returns the number
// of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
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
