package main

import "fmt"

type Writer interface{ Write(p []byte) (int, error) }

type File struct{}

func (f *File) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var w Writer = &File{}
	f := w.(File)
	fmt.Println(f)
}
