// Package os is loopc's implementation of the subset of Go's os package that loopc
// supports: the standard output streams, the command-line arguments and Exit.
package os

import "runtime"

// File represents an open file descriptor. loopc programs can only use the standard
// streams Stdout and Stderr.
type File struct {
	fd   int
	name string
}

// Stdout and Stderr are open Files pointing to the standard output and standard error
// file descriptors.
var (
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name. The runtime has
// them before package initialization.
var Args []string = runtime.Args()

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Errno is an error number returned by the operating system (syscall.Errno).
type Errno uintptr

// errnoText holds the messages of the errors writing to a stream can produce, as Go's
// syscall.Errno prints them on Linux.
var errnoText = map[Errno]string{
	5:   "input/output error",
	9:   "bad file descriptor",
	11:  "resource temporarily unavailable",
	14:  "bad address",
	22:  "invalid argument",
	27:  "file too large",
	28:  "no space left on device",
	32:  "broken pipe",
	122: "disk quota exceeded",
}

func (e Errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// itoa formats a non-negative int in decimal.
func itoa(v int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written
// and an error, if any. Write returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	n, errno := runtime.Write(f.fd, b)
	if errno != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: Errno(errno)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of
// bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Exit causes the current program to exit with the given status code. Conventionally,
// code zero indicates success, non-zero an error. The program terminates immediately;
// deferred functions are not run.
func Exit(code int) {
	runtime.Exit(code)
}
