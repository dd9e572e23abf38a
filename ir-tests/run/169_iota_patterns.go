package main

import "fmt"

type Size uint64

const (
	_        = iota
	KiB Size = 1 << (10 * iota)
	MiB
	GiB
	TiB
)

func (s Size) String() string {
	switch {
	case s >= TiB:
		return fmt.Sprintf("%.2fTiB", float64(s)/float64(TiB))
	case s >= GiB:
		return fmt.Sprintf("%.2fGiB", float64(s)/float64(GiB))
	case s >= MiB:
		return fmt.Sprintf("%.2fMiB", float64(s)/float64(MiB))
	case s >= KiB:
		return fmt.Sprintf("%.2fKiB", float64(s)/float64(KiB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

type Perm uint16

const (
	OtherX Perm = 1 << iota
	OtherW
	OtherR
	GroupX
	GroupW
	GroupR
	UserX
	UserW
	UserR
)

func (p Perm) String() string {
	const rwx = "rwxrwxrwx"
	b := []byte("---------")
	for i := 0; i < 9; i++ {
		if p&(1<<(8-i)) != 0 {
			b[i] = rwx[i]
		}
	}
	return string(b)
}

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota + 0.5
	f
	g, h = iota, -iota
)

type Level int8

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	for _, s := range []Size{512, 1536, 5 * MiB, 3*GiB + 512*MiB, 2 * TiB, 0} {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(Perm(0o755), Perm(0o644), UserR|UserW|GroupR, Perm(0))
	fmt.Printf("%o %d %v\n", UserR|UserX, OtherR, UserX)
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %v\n", Error, Error-Debug)
}
