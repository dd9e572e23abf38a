package main

import "fmt"

type Arena struct {
	buf    []byte
	off    uintptr
	allocs int
}

func (a *Arena) Alloc(size, align uintptr) (uintptr, error) {
	start := (a.off + align - 1) &^ (align - 1)
	if start+size > uintptr(len(a.buf)) {
		return 0, fmt.Errorf("arena full: need %d at %d, cap %d", size, start, len(a.buf))
	}
	a.off = start + size
	a.allocs++
	return start, nil
}

func main() {
	a := &Arena{buf: make([]byte, 64)}
	reqs := [][2]uintptr{{3, 1}, {8, 8}, {2, 2}, {16, 16}, {1, 4}, {20, 8}, {4, 4}}
	for _, r := range reqs {
		off, err := a.Alloc(r[0], r[1])
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("alloc size=%-2d align=%-2d -> offset %2d (%#04x)\n", r[0], r[1], off, off)
	}
	fmt.Println("used", a.off, "allocs", a.allocs)
	var u uintptr = 1
	for i := 0; i < 63; i++ {
		u <<= 1
	}
	fmt.Println(u, u*2, ^uintptr(0))
	fmt.Printf("%T %x %d\n", u, u, uintptr(255)&0x0f)
}
