// Package os is loopc's implementation of the subset of Go's os package that loopc
// supports: the standard output streams, the command-line arguments and Exit.
package os

// File represents an open file descriptor. loopc programs can only use the standard
// streams Stdout and Stderr.
type File struct {
	fd int
}

// Stdout and Stderr are open Files pointing to the standard output and standard error
// file descriptors.
var (
	Stdout = &File{fd: 1}
	Stderr = &File{fd: 2}
)

// Args hold the command-line arguments, starting with the program name. The runtime sets
// it before package initialization (issue 5).
var Args []string

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any. Write returns a non-nil error when n != len(b).
// Implemented by the runtime (issue 5).
func (f *File) Write(b []byte) (n int, err error)

// WriteString is like Write, but writes the contents of string s rather than a slice of
// bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Exit causes the current program to exit with the given status code. Conventionally,
// code zero indicates success, non-zero an error. The program terminates immediately;
// deferred functions are not run.
// Implemented by the runtime (issue 5).
func Exit(code int)
