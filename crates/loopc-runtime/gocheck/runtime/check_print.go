// Float formatting checks against strconv.FormatFloat, and PrintValues, which prints the
// same values with gc's println or with the runtime's print functions (run.sh compares
// the two outputs).

package rt

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"unsafe"
)

// testFloats returns special values, powers, decimal-looking values and random bits.
func testFloats(r *rand.Rand, n int) []float64 {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 1e22, 1e-4, 1e-5,
		123456789, 1234567, 123456, 12345678901234567890, 5e-324, math.SmallestNonzeroFloat64, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 2.2250738585072014e-308, 2.225073858507201e-308, 9007199254740993,
		0.000001, 1e-7, 2.5e-10, 1e23, 8.41e21, 5.0e-310, 4.35, 0.5, 0.25, 9.5, 10.5, 1e300, 1.7976931348623157e308,
		float64(math.MaxFloat32), float64(math.SmallestNonzeroFloat32), 16777216, 3.4028235677973366e38, 1.401298464324817e-45}
	for e := -330; e <= 310; e++ {
		fs = append(fs, math.Pow(10, float64(e)), math.Ldexp(1, e*3))
	}
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			fs = append(fs, math.Float64frombits(r.Uint64()))
		case 1:
			fs = append(fs, float64(math.Float32frombits(r.Uint32())))
		case 2:
			fs = append(fs, float64(r.Intn(100000))/math.Pow(10, float64(r.Intn(12))))
		default:
			fs = append(fs, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
		}
	}
	return fs
}

func checkFloats() {
	r := rand.New(rand.NewSource(3))
	for i, f := range testFloats(r, 40000) {
		for _, bits := range []int{64, 32} {
			same("ftoa", fmt.Sprintf("%v/%d g-1", f, bits), string(appendFloatFmt(nil, f, 'g', -1, bits)), strconv.FormatFloat(f, 'g', -1, bits))
			if i%4 != 0 {
				continue
			}
			for _, fmtc := range []byte{'e', 'E', 'f', 'g', 'G'} {
				for _, prec := range []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20} {
					if fmtc == 'f' && prec > 10 && math.Abs(f) < 1e-200 {
						continue
					}
					same("ftoa", fmt.Sprintf("%v/%d %c%d", f, bits, fmtc, prec),
						string(appendFloatFmt(nil, f, fmtc, prec, bits)), strconv.FormatFloat(f, fmtc, prec, bits))
				}
			}
		}
	}
}

// Some values of named and composite types for printing.
// (globals, whose addresses are the same in both runs).
var (
	printTarget int
	printArr    [3]int
	printPtr    = &printTarget
	printSlice  = printArr[:]
)

// PrintValues prints many values, with gc's println (gc) or the runtime's functions.
func PrintValues(useRuntime bool) {
	r := rand.New(rand.NewSource(4))
	fs := testFloats(r, 3000)
	for _, f := range fs {
		if useRuntime {
			printfloat(f)
			printsp()
			printfloat32(float32(f))
			printnl()
		} else {
			println(f, float32(f))
		}
	}
	ints := []int64{0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64, 1 << 32, -1 << 40}
	for i := 0; i < 2000; i++ {
		ints = append(ints, int64(r.Uint64())>>uint(r.Intn(64)))
	}
	for _, v := range ints {
		if useRuntime {
			printint(v)
			printsp()
			printuint(uint64(v))
			printsp()
			printint(int64(int8(v)))
			printsp()
			printuint(uint64(uint16(v)))
			printnl()
		} else {
			println(v, uint64(v), int8(v), uint16(v))
		}
	}
	for _, b := range []bool{true, false} {
		if useRuntime {
			printbool(b)
			printsp()
			printstring("str")
			printsp()
			printstring("")
			printsp()
			printstring("a\nb")
			printnl()
		} else {
			println(b, "str", "", "a\nb")
		}
	}
	var np *int
	var ne any
	for _, p := range []*int{np, printPtr} {
		if useRuntime {
			printpointer(unsafe.Pointer(p))
			printsp()
			printslice(unsafe.Pointer(unsafe.SliceData(printSlice)), len(printSlice), cap(printSlice))
			printsp()
			printeface(ne)
			printnl()
		} else {
			println(p, printSlice, ne)
		}
	}
	// A non-nil interface: both print the type and data words of the same gc value.
	var e any = printPtr
	if useRuntime {
		printeface(e)
		printnl()
	} else {
		println(e)
	}
	if useRuntime {
		printnl()
	} else {
		println()
	}
}
