// Package io is loopc's implementation of the subset of Go's io package that loopc
// supports: the Writer interface that fmt.Fprint and friends write to, and StringWriter.
package io

// Writer is the interface that wraps the basic Write method.
//
// Write writes len(p) bytes from p to the underlying data stream. It returns the number
// of bytes written from p (0 <= n <= len(p)) and any error encountered that caused the
// write to stop early.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}
