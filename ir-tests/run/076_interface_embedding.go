package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	lines  []string
	closed bool
}

func (b *Buffer) Read() (string, bool) {
	if len(b.lines) == 0 {
		return "", false
	}
	s := b.lines[0]
	b.lines = b.lines[1:]
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.lines = append(b.lines, s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

type Upper struct{ W Writer }

func (u Upper) Write(s string) int { return u.W.Write(strings.ToUpper(s)) }

func copyAll(dst Writer, src Reader) (n int) {
	for {
		s, ok := src.Read()
		if !ok {
			return
		}
		n += dst.Write(s)
	}
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("hello")
	rw.Write("world")
	dst := &Buffer{}
	n := copyAll(Upper{dst}, rw)
	fmt.Println(n, dst.lines, len(src.lines))
	var rwc ReadWriteCloser = dst
	fmt.Println(rwc.Close(), rwc.Close())
	var w Writer = rwc
	w.Write("more")
	fmt.Println(dst.lines)
	if c, ok := w.(Closer); ok {
		fmt.Println("writer is closer:", c.Close())
	}
	_, isRW := any(Upper{}).(ReadWriter)
	_, isW := any(Upper{}).(Writer)
	fmt.Println(isRW, isW)
	var r Reader = rwc
	for s, ok := r.Read(); ok; s, ok = r.Read() {
		fmt.Print(s, ";")
	}
	fmt.Println()
	fmt.Println(rw == ReadWriter(src), any(rwc) == any(dst))
}
