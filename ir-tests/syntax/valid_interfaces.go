package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
	fmt.Stringer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string)  { b.data = append(b.data, s) }
func (b *buf) String() string { return fmt.Sprint(b.data) }

type Ordered interface {
	~int | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var rw ReadWriter = &buf{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw)
	var r Reader = rw
	_, ok := r.(Writer)
	fmt.Println(ok, Max(3, 9), Max("x", "a"))
	var e interface{} = 5
	fmt.Println(e)
}
