// Slice checks: growslice's capacities against gc's append for many element sizes (with
// and without pointers), old capacities and appended counts; the copied contents;
// makeslice's panics; slicecopy against copy.

package rt

import (
	"fmt"
	"reflect"
	"unsafe"
)

var sinkInts []int
var sinkBytes []byte
var sinkStrs []string

// elemTypes returns element types of many sizes: byte arrays (no pointers) and structs
// led by a pointer.
func elemTypes() []reflect.Type {
	var ts []reflect.Type
	sizes := []int{}
	for s := 1; s <= 72; s++ {
		sizes = append(sizes, s)
	}
	sizes = append(sizes, 80, 96, 100, 120, 128, 136, 200, 255, 256, 320, 500, 512, 513, 1000, 1024, 2000, 4096, 5000, 10000, 40000)
	for _, s := range sizes {
		ts = append(ts, reflect.ArrayOf(s, reflect.TypeOf(byte(0))))
		if s >= 8 && s%8 == 0 {
			ts = append(ts, reflect.StructOf([]reflect.StructField{
				{Name: "P", Type: reflect.TypeOf((*byte)(nil))},
				{Name: "Pad", Type: reflect.ArrayOf(s-8, reflect.TypeOf(byte(0)))},
			}))
		}
	}
	return ts
}

func checkSlices() {
	transient = true
	defer func() { transient = false }()
	caps := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 20, 25, 31, 32, 33, 50, 64, 100, 127, 128, 200, 255, 256, 257, 300, 511, 512, 513, 1000, 1024, 2000, 4000, 10000, 50000}
	for _, et := range elemTypes() {
		d := descOf(et)
		st := reflect.SliceOf(et)
		for _, oldCap := range caps {
			for _, num := range []int{1, 2, 3, 7, oldCap + 1, 2*oldCap + 1, 3 * oldCap} {
				if num <= 0 || uintptr(oldCap+num)*et.Size() > 64<<20 {
					continue
				}
				s := reflect.MakeSlice(st, oldCap, oldCap)
				want := reflect.AppendSlice(s, reflect.MakeSlice(st, num, num)).Cap()
				old := mallocgc(uintptr(oldCap) * et.Size())
				for i := uintptr(0); i < uintptr(oldCap)*et.Size(); i++ {
					*(*byte)(add(old, i)) = byte(i*7 + 3)
				}
				p, l, c := growslice(old, oldCap+num, oldCap, num, d)
				name := fmt.Sprintf("%v oldCap=%d num=%d", et, oldCap, num)
				same("growslice", name, c, want)
				same("growslice", name+" len", l, oldCap+num)
				okCopy := true
				for i := uintptr(0); i < uintptr(oldCap)*et.Size(); i++ {
					if *(*byte)(add(p, i)) != byte(i*7+3) {
						okCopy = false
						break
					}
				}
				check("growslice", name+" contents", okCopy, false, true)
			}
		}
	}
	// The builtin append on escaping slices (heap backing arrays), element by element.
	dInt, dByte, dStr := typeOf[int](), typeOf[byte](), typeOf[string]()
	for _, start := range []int{0, 1, 5, 100, 1000} {
		sinkInts = make([]int, 0, start)
		sinkBytes = make([]byte, 0, start)
		sinkStrs = make([]string, 0, start)
		ci, cb, cs := start, start, start
		for i := 0; i < 3000; i++ {
			if len(sinkInts) == cap(sinkInts) {
				_, _, ci = growslice(mallocgc(uintptr(ci)*8), len(sinkInts)+1, ci, 1, dInt)
			}
			if len(sinkBytes) == cap(sinkBytes) {
				_, _, cb = growslice(mallocgc(uintptr(cb)), len(sinkBytes)+1, cb, 1, dByte)
			}
			if len(sinkStrs) == cap(sinkStrs) {
				_, _, cs = growslice(mallocgc(uintptr(cs)*16), len(sinkStrs)+1, cs, 1, dStr)
			}
			sinkInts = append(sinkInts, i)
			sinkBytes = append(sinkBytes, byte(i))
			sinkStrs = append(sinkStrs, "")
			same("append", fmt.Sprint("[]int from ", start, " len ", i+1), ci, cap(sinkInts))
			same("append", fmt.Sprint("[]byte from ", start, " len ", i+1), cb, cap(sinkBytes))
			same("append", fmt.Sprint("[]string from ", start, " len ", i+1), cs, cap(sinkStrs))
		}
	}
	// Zero-size elements.
	_, l, c := growslice(nil, 5, 0, 5, typeOf[struct{}]())
	same("growslice", "zero-size", []int{l, c}, []int{5, 5})

	// makeslice's panics.
	for _, lc := range [][2]int{{0, 0}, {1, 0}, {-1, 5}, {5, -1}, {-1, -1}, {3, 2}, {1 << 62, 1 << 62}, {1, 1 << 62}, {1 << 40, 1 << 50}, {1 << 47, 1 << 49}} {
		for _, et := range []reflect.Type{reflect.TypeOf(byte(0)), reflect.TypeOf(int(0)), reflect.TypeOf(struct{}{}), reflect.TypeOf([3]string{})} {
			n, m := lc[0], lc[1]
			want := gcPanic(func() { reflectlessMake(et, n, m) })
			makeslice(descOf(et), n, m)
			same("makeslice", fmt.Sprint(et, lc), rtPanic(), want)
		}
	}
	// slicecopy.
	for _, a := range []int{0, 1, 5, 10} {
		for _, b := range []int{0, 1, 5, 10} {
			src := make([]int, a)
			for i := range src {
				src[i] = i + 1
			}
			dst1 := make([]int, b)
			dst2 := make([]int, b)
			n1 := slicecopy(unsafe.Pointer(unsafe.SliceData(dst1)), b, unsafe.Pointer(unsafe.SliceData(src)), a, 8)
			n2 := copy(dst2, src)
			same("slicecopy", fmt.Sprint(a, b), []any{n1, dst1}, []any{n2, dst2})
		}
	}
	// Overlapping copy.
	x1 := []byte("abcdefghij")
	x2 := []byte("abcdefghij")
	slicecopy(unsafe.Pointer(&x1[2]), 8, unsafe.Pointer(&x1[0]), 8, 1)
	copy(x2[2:], x2[:8])
	same("slicecopy", "overlap", string(x1), string(x2))
}

// reflectlessMake performs make([]T, n, m) with gc for the element types checkSlices uses.
func reflectlessMake(et reflect.Type, n, m int) {
	switch et.Kind() {
	case reflect.Uint8:
		sinkBytes = make([]byte, n, m)
	case reflect.Int:
		sinkInts = make([]int, n, m)
	case reflect.Struct:
		_ = make([]struct{}, n, m)
	default:
		sinkArr = make([][3]string, n, m)
	}
}

var sinkArr [][3]string
