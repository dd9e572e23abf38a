// Command strconvcheck compares loopc's FormatFloat, AppendFloat and ParseFloat (x/std/strconv)
// with gc's on random bit patterns, hand-picked edge cases, exact halfway decimals and
// random strings, and prints every mismatch and a summary. -n sets the number of random
// floats (default 1,000,000).
package main

import (
	"flag"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"

	mstrconv "x/std/strconv"
)

var total, bad int

func report(what string, mine, real string) {
	total++
	if mine != real {
		bad++
		if bad <= 50 {
			fmt.Printf("MISMATCH %s:\n  mine %q\n  real %q\n", what, mine, real)
		}
	}
}

func checkFormat(f float64, c byte, prec, bits int) {
	mine := mstrconv.FormatFloat(f, c, prec, bits)
	real := strconv.FormatFloat(f, c, prec, bits)
	if mine != real {
		report(fmt.Sprintf("FormatFloat(%#x, %q, %d, %d)", math.Float64bits(f), c, prec, bits), mine, real)
		return
	}
	total++
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func checkParse(s string, bits int) {
	mf, merr := mstrconv.ParseFloat(s, bits)
	rf, rerr := strconv.ParseFloat(s, bits)
	mine := fmt.Sprintf("%#x %s", math.Float64bits(mf), errText(merr))
	real := fmt.Sprintf("%#x %s", math.Float64bits(rf), errText(rerr))
	if math.IsNaN(mf) && math.IsNaN(rf) && errText(merr) == errText(rerr) {
		total++
		return
	}
	if mine != real {
		report(fmt.Sprintf("ParseFloat(%q, %d)", s, bits), mine, real)
		return
	}
	total++
}

var formats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}

func randPrec(r *rand.Rand) int {
	switch r.Intn(10) {
	case 0, 1, 2:
		return -1
	case 3:
		return r.Intn(800)
	default:
		return r.Intn(25)
	}
}

func specials() []float64 {
	v := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e20, 1e-4, 1e-5, 123456789,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		2.225073858507201e-308, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat32,
		math.SmallestNonzeroFloat32, 1.1754943508222875e-38, 5e-324, 9007199254740993, 1<<53 + 1,
		0.3, 100, 1e23, 8.41e21, 5.9604644775390625e-8, 3.4028234663852886e38, 0.000123456, 999999.5,
		9.5, 0.95, 0.095, 1e6, 1e-6, 123456.7, 1234567.8}
	for e := -330; e <= 310; e++ {
		v = append(v, math.Pow(10, float64(e)))
	}
	for e := -1080; e <= 1024; e++ {
		v = append(v, math.Ldexp(1, e), math.Ldexp(1.5, e), math.Nextafter(math.Ldexp(1, e), 0))
	}
	return v
}

// halfway returns the exact decimal expansion of the midpoint between f and the next
// float up (of the given size), and variants just below and above it.
func halfway(f float64, bits int) []string {
	var lo, hi *big.Float
	if bits == 32 {
		f32 := float32(f)
		next := math.Nextafter32(f32, float32(math.Inf(1)))
		if math.IsInf(float64(next), 0) || math.IsNaN(float64(f32)) || math.IsInf(float64(f32), 0) {
			return nil
		}
		lo, hi = big.NewFloat(float64(f32)), big.NewFloat(float64(next))
	} else {
		next := math.Nextafter(f, math.Inf(1))
		if math.IsInf(next, 0) || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil
		}
		lo, hi = big.NewFloat(f), big.NewFloat(next)
	}
	mid := new(big.Float).SetPrec(2000).Add(lo.SetPrec(2000), hi.SetPrec(2000))
	mid.Quo(mid, big.NewFloat(2))
	s := mid.Text('e', 800)
	// Trim trailing zeros of the mantissa.
	mant, exp, _ := strings.Cut(s, "e")
	mant = strings.TrimRight(mant, "0")
	exact := mant + "e" + exp
	// Perturb the last digit down and up (and append a digit) to land just off the midpoint.
	below := mant[:len(mant)-1] + string(mant[len(mant)-1]-1) + "9999e" + exp
	above := mant + "0000000001e" + exp
	if mant[len(mant)-1] == '0' || mant[len(mant)-1] == '.' {
		below = exact
	}
	return []string{exact, below, above}
}

func randomString(r *rand.Rand) string {
	const alphabet = "0123456789012345678901234567890123456789.eE+-_xXpPaAfFinINtyY"
	n := 1 + r.Intn(12)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

func randomDecimal(r *rand.Rand) string {
	var b strings.Builder
	if r.Intn(3) == 0 {
		b.WriteByte("+-"[r.Intn(2)])
	}
	nd := 1 + r.Intn(30)
	if r.Intn(20) == 0 {
		nd = 1 + r.Intn(900)
	}
	dot := r.Intn(nd + 2)
	for i := 0; i < nd; i++ {
		if i == dot {
			b.WriteByte('.')
		}
		b.WriteByte(byte('0' + r.Intn(10)))
	}
	if r.Intn(2) == 0 {
		b.WriteByte("eE"[r.Intn(2)])
		if r.Intn(2) == 0 {
			b.WriteByte("+-"[r.Intn(2)])
		}
		fmt.Fprint(&b, r.Intn(700))
	}
	return b.String()
}

func randomHex(r *rand.Rand) string {
	var b strings.Builder
	if r.Intn(3) == 0 {
		b.WriteByte("+-"[r.Intn(2)])
	}
	b.WriteString("0x")
	nd := 1 + r.Intn(20)
	dot := r.Intn(nd + 2)
	for i := 0; i < nd; i++ {
		if i == dot {
			b.WriteByte('.')
		}
		b.WriteByte("0123456789abcdefABCDEF"[r.Intn(22)])
	}
	b.WriteByte("pP"[r.Intn(2)])
	if r.Intn(2) == 0 {
		b.WriteByte("+-"[r.Intn(2)])
	}
	fmt.Fprint(&b, r.Intn(1200))
	return b.String()
}

func main() {
	n := flag.Int("n", 1000000, "random floats to check")
	flag.Parse()
	r := rand.New(rand.NewSource(1))

	for _, f := range specials() {
		for _, c := range formats {
			for _, prec := range []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20, 30, 100} {
				checkFormat(f, c, prec, 64)
				checkFormat(f, c, prec, 32)
			}
		}
		for _, bits := range []int{32, 64} {
			for _, c := range []byte{'e', 'f', 'g', 'x'} {
				checkParse(strconv.FormatFloat(f, c, -1, bits), bits)
				checkParse(strconv.FormatFloat(f, c, 40, bits), bits)
			}
			for _, s := range halfway(f, bits) {
				checkParse(s, bits)
			}
		}
	}
	for _, s := range []string{"", "inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "nan", "NaN", "-nan",
		"+nan", "1_000", "1__0", "_1", "1_", "0x_1p0", "0x1_0p0", "0x1p", "0x1", "0x", "0x.p1", "0x.8p1", ".", ".e1",
		"1e", "1e+", "1e_1", "1e1_0", "1_000.5", "0_1.5", "1.5e1_0", "0x1.8p1_0", "1e99999999", "1e-99999999",
		"-0", "+0", "0e999", "00000.0000", "1.7976931348623157e308", "1.7976931348623159e308",
		"1.797693134862315807e308", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7e-46", "7.1e-46",
		"0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.000000000000081p0", "0x1.fffffffffffff8p1023",
		"0x1p1024", "0x.1p-1070", "1.e5", ".5", "5.", "+.5e-2", "0.000000000000000000000000000001e30"} {
		checkParse(s, 64)
		checkParse(s, 32)
	}

	for i := 0; i < *n; i++ {
		b := r.Uint64()
		if i%4 == 0 {
			// Bias towards small exponents and short mantissas too.
			b = b&(1<<63|0x7ff<<52) | (b & 0xfff << 40)
		}
		f := math.Float64frombits(b)
		checkFormat(f, 'g', -1, 64)
		checkFormat(f, formats[r.Intn(len(formats))], randPrec(r), 64)
		f32 := float64(math.Float32frombits(uint32(b)))
		checkFormat(f32, 'g', -1, 32)
		checkFormat(f32, formats[r.Intn(len(formats))], randPrec(r), 32)
		checkParse(strconv.FormatFloat(f, 'g', -1, 64), 64)
		checkParse(strconv.FormatFloat(f32, 'e', -1, 32), 32)
		if i%8 == 0 {
			for _, s := range halfway(f, 64) {
				checkParse(s, 64)
			}
			for _, s := range halfway(f32, 32) {
				checkParse(s, 32)
			}
		}
		switch i % 3 {
		case 0:
			s := randomString(r)
			checkParse(s, 64)
			checkParse(s, 32)
		case 1:
			s := randomDecimal(r)
			checkParse(s, 64)
			checkParse(s, 32)
		case 2:
			s := randomHex(r)
			checkParse(s, 64)
			checkParse(s, 32)
		}
	}
	// AppendFloat appends to its argument.
	got := string(mstrconv.AppendFloat([]byte("x="), 1.5, 'g', -1, 64))
	report("AppendFloat", got, string(strconv.AppendFloat([]byte("x="), 1.5, 'g', -1, 64)))

	fmt.Printf("strconv: %d checks, %d mismatches\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
