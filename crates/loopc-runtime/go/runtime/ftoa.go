// Package runtime is loopc's implementation of Go's run-time system.
//
// This file converts floating-point numbers to decimal text exactly, for print and for
// strconv.FormatFloat's 'e', 'f' and 'g' formats. The binary value is converted to an
// exact multi-precision decimal (a float64 has at most 767 significant decimal digits),
// which is then rounded: to a requested number of digits, or to the shortest digit
// string that still reads back as the same float (the decimal closest to the value among
// those strictly inside, or for even mantissas on the edge of, the interval of reals
// that round to it).

package runtime

import "unsafe"

// decimalDigits bounds the digits a decimal keeps; digits beyond are dropped and
// recorded in trunc (only the rounding of an exact half looks at them).
const decimalDigits = 800

// decimal is the number 0.d[0]d[1]...d[nd-1] × 10^dp, with no trailing zero digits.
type decimal struct {
	d     [decimalDigits]byte // ASCII digits
	nd    int
	dp    int
	trunc bool // non-zero digits were dropped
}

// floatInfo describes a binary floating-point format.
type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

// Scratch decimals for appendFloatFmt (the runtime runs one goroutine and formatting
// does not nest), so formatting allocates nothing.
var (
	fdValue, fdUpper, fdLower decimal
	fdShlBuf                  [decimalDigits + 24]byte
)

// Formats of float32 and float64.
var (
	float32info = floatInfo{23, 8, -127}
	float64info = floatInfo{52, 11, -1023}
)

// assign sets d to the integer v.
func (d *decimal) assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	d.nd = 0
	d.trunc = false
	for n--; n >= 0; n-- {
		d.d[d.nd] = buf[n]
		d.nd++
	}
	d.dp = d.nd
	d.trim()
}

// trim drops trailing zero digits.
func (d *decimal) trim() {
	for d.nd > 0 && d.d[d.nd-1] == '0' {
		d.nd--
	}
	if d.nd == 0 {
		d.dp = 0
	}
}

// maxShift is the largest shift done in one step: digit<<maxShift plus a carry fits in
// a uint64.
const maxShift = 60

// shift multiplies d by 2^k (divides for negative k).
func (d *decimal) shift(k int) {
	if d.nd == 0 {
		return
	}
	for k > 0 {
		s := k
		if s > maxShift {
			s = maxShift
		}
		d.shl(uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > maxShift {
			s = maxShift
		}
		d.shr(uint(s))
		k += s
	}
}

// shl multiplies d by 2^k, k <= maxShift, working from the last digit to the first.
func (d *decimal) shl(k uint) {
	tmp := &fdShlBuf
	w := len(tmp)
	var n uint64
	for r := d.nd - 1; r >= 0; r-- {
		n += uint64(d.d[r]-'0') << k
		w--
		tmp[w] = byte('0' + n%10)
		n /= 10
	}
	for n > 0 {
		w--
		tmp[w] = byte('0' + n%10)
		n /= 10
	}
	nd := len(tmp) - w
	d.dp += nd - d.nd
	if nd > decimalDigits {
		for i := w + decimalDigits; i < len(tmp); i++ {
			if tmp[i] != '0' {
				d.trunc = true
			}
		}
		nd = decimalDigits
	}
	copy(d.d[:nd], tmp[w:w+nd])
	d.nd = nd
	d.trim()
}

// shr divides d by 2^k, k <= maxShift: long division from the first digit.
func (d *decimal) shr(k uint) {
	r, w := 0, 0
	var n uint64
	for ; n>>k == 0; r++ {
		if r >= d.nd {
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(d.d[r]-'0')
	}
	d.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < d.nd; r++ {
		c := uint64(d.d[r] - '0')
		d.d[w] = byte('0' + n>>k)
		w++
		n = (n&mask)*10 + c
	}
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < decimalDigits {
			d.d[w] = byte('0' + dig)
			w++
		} else if dig > 0 {
			d.trunc = true
		}
		n *= 10
	}
	d.nd = w
	d.trim()
}

// shouldRoundUp reports whether keeping nd digits rounds up (half to even, unless digits
// were dropped, which makes an apparent half more than half).
func (d *decimal) shouldRoundUp(nd int) bool {
	if d.d[nd] == '5' && nd+1 == d.nd {
		if d.trunc {
			return true
		}
		return nd > 0 && (d.d[nd-1]-'0')%2 == 1
	}
	return d.d[nd] >= '5'
}

// round rounds d to nd digits, to nearest.
func (d *decimal) round(nd int) {
	if nd < 0 || nd >= d.nd {
		return
	}
	if d.shouldRoundUp(nd) {
		d.roundUp(nd)
	} else {
		d.roundDown(nd)
	}
}

// roundDown truncates d to nd digits.
func (d *decimal) roundDown(nd int) {
	if nd < 0 || nd >= d.nd {
		return
	}
	d.nd = nd
	d.trim()
}

// roundUp rounds d up to nd digits.
func (d *decimal) roundUp(nd int) {
	if nd < 0 || nd >= d.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if d.d[i] < '9' {
			d.d[i]++
			d.nd = i + 1
			return
		}
	}
	d.d[0] = '1'
	d.nd = 1
	d.dp++
}

// digitAt returns digit i of d, '0' outside the stored digits.
func (d *decimal) digitAt(i int) byte {
	if i < 0 || i >= d.nd {
		return '0'
	}
	return d.d[i]
}

// roundShortest rounds d (the exact value mant×2^(exp-mantbits)) to the fewest digits
// that identify the float uniquely: the shortest decimal within the halfway bounds to
// the neighbouring floats, rounded to nearest among those candidates.
func (d *decimal) roundShortest(mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd = 0
		return
	}
	upper := &fdUpper
	upper.assign(mant*2 + 1)
	upper.shift(exp - int(flt.mantbits) - 1)
	// The gap below is half as wide when mant is the smallest normal mantissa of its
	// binade (and not of the smallest exponent).
	minexp := flt.bias + 1
	mantlo, explo := mant*2-1, exp-1
	if mant > 1<<flt.mantbits || exp == minexp {
		mantlo, explo = mant-1, exp
	}
	lower := &fdLower
	lower.assign(mantlo*2 + 1)
	lower.shift(explo - int(flt.mantbits) - 1)
	// Bounds are valid results only if the float's mantissa is even (round half to even).
	inclusive := mant%2 == 0

	// upperdelta says how far upper is above d at the digits seen so far: 0 equal,
	// 1 by one unit in the current digit (which may still be absorbed by 9s vs 0s),
	// 2 by more.
	upperdelta := 0
	for ui := 0; ; ui++ {
		mi := ui - upper.dp + d.dp
		if mi >= d.nd {
			break
		}
		li := ui - upper.dp + lower.dp
		l := lower.digitAt(li)
		m := d.digitAt(mi)
		u := upper.digitAt(ui)
		okdown := l != m || inclusive && li+1 == lower.nd
		if upperdelta == 0 && m+1 < u {
			upperdelta = 2
		} else if upperdelta == 0 && m != u {
			upperdelta = 1
		} else if upperdelta == 1 && (m != '9' || u != '0') {
			upperdelta = 2
		}
		okup := upperdelta > 0 && (inclusive || upperdelta > 1 || ui+1 < upper.nd)
		if okdown && okup {
			d.round(mi + 1)
			return
		}
		if okdown {
			d.roundDown(mi + 1)
			return
		}
		if okup {
			d.roundUp(mi + 1)
			return
		}
	}
}

// appendFloat appends v as print prints it: strconv.FormatFloat(v, 'g', -1, bitSize).
func appendFloat(dst []byte, v float64, bitSize int) []byte {
	return appendFloatFmt(dst, v, 'g', -1, bitSize)
}

// appendFloatFmt appends v formatted as strconv.FormatFloat(v, fmt, prec, bitSize) does
// for fmt 'e', 'E', 'f', 'g' and 'G' (prec -1: the shortest exact form). bitSize 32 formats
// float32(v).
func appendFloatFmt(dst []byte, v float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	flt := &float64info
	if bitSize == 32 {
		f := float32(v)
		bits = uint64(*(*uint32)(unsafe.Pointer(&f)))
		flt = &float32info
	} else {
		bits = *(*uint64)(unsafe.Pointer(&v))
	}
	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)
	switch exp {
	case 1<<flt.expbits - 1:
		if mant != 0 {
			return append(dst, "NaN"...)
		}
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // denormal
	default:
		mant |= uint64(1) << flt.mantbits
	}
	exp += flt.bias

	d := &fdValue
	d.assign(mant)
	d.shift(exp - int(flt.mantbits))
	shortest := prec < 0
	if shortest {
		d.roundShortest(mant, exp, flt)
		switch fmt {
		case 'e', 'E':
			prec = d.nd - 1
			if prec < 0 {
				prec = 0
			}
		case 'f':
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		default:
			prec = d.nd
		}
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		default:
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, d, prec, fmt)
}

// formatDigits lays out the rounded digits of d in format fmt with prec digits.
func formatDigits(dst []byte, shortest, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	}
	eprec := prec
	if eprec > d.nd && d.nd >= d.dp {
		eprec = d.nd
	}
	if shortest {
		eprec = 6
	}
	exp := d.dp - 1
	if exp < -4 || exp >= eprec {
		if prec > d.nd {
			prec = d.nd
		}
		return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
	}
	if prec > d.dp {
		prec = d.nd
	}
	prec -= d.dp
	if prec < 0 {
		prec = 0
	}
	return fmtF(dst, neg, d, prec)
}

// fmtE formats d as -d.ddddde±dd with prec digits after the point.
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, d.digitAt(0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, d.digitAt(i))
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return appendInt(dst, int64(exp))
}

// fmtF formats d as -ddd.ddd with prec digits after the point.
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			dst = append(dst, d.digitAt(i))
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, d.digitAt(d.dp+i-1))
		}
	}
	return dst
}
