// Package strconv is loopc's implementation of the subset of Go's strconv package that
// loopc supports. This file holds the exact multiprecision decimal arithmetic that float
// formatting (ftoa.go) and parsing (atof.go) are built on.
//
// A decimal holds a number 0.d₀d₁…dₙ₋₁ × 10^dp exactly, as long as it has at most
// len(d) significant digits. Binary floating-point values are converted by loading the
// integer mantissa and multiplying or dividing by powers of two (shift); because every
// power of two has a finite decimal expansion, the result is exact. A float64 needs at
// most 767 significant digits, so the 800-digit buffer never truncates when formatting;
// when parsing very long inputs, dropped nonzero digits are remembered in trunc, which is
// all correct rounding needs (a truncated tail only matters in an exact halfway case).
package strconv

// decimalDigits is the capacity of a decimal in significant digits.
const decimalDigits = 800

// decimal is an exact decimal number; see the file comment.
type decimal struct {
	d     [decimalDigits]byte // significant digits as ASCII, most significant first, no trailing zeros
	nd    int       // number of digits used
	dp    int       // position of the decimal point relative to d[0]
	neg   bool      // the number is negative
	trunc bool      // nonzero digits beyond d[:nd] were discarded
}

// maxDecimalShift is the largest shift done in one step: a digit times 2^59 plus a carry
// stays below 2^64.
const maxDecimalShift = 59

// trim removes trailing zeros; zero is normalized to nd = dp = 0.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// assign sets a to the integer v.
func (a *decimal) assign(v uint64) {
	var tmp [20]byte
	n := 0
	for v > 0 {
		tmp[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	a.nd = 0
	for n > 0 {
		n--
		a.d[a.nd] = tmp[n]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

// shift multiplies a by 2^k (k > 0) or divides it by 2^-k (k < 0).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > 0 {
		n := k
		if n > maxDecimalShift {
			n = maxDecimalShift
		}
		a.leftShift(uint(n))
		k -= n
	}
	for k < 0 {
		n := -k
		if n > maxDecimalShift {
			n = maxDecimalShift
		}
		a.rightShift(uint(n))
		k += n
	}
}

// leftShift multiplies a by 2^k, k <= maxDecimalShift. The product is formed digit by
// digit from the least significant end in a scratch buffer with room for the at most
// ⌈k·log₁₀2⌉ new digits; if it no longer fits in a.d, the lowest digits are dropped.
func (a *decimal) leftShift(k uint) {
	var tmp [decimalDigits + 20]byte
	w := len(tmp)
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		v := uint64(a.d[r]-'0')<<k + carry
		carry = v / 10
		w--
		tmp[w] = byte('0' + v%10)
	}
	for carry > 0 {
		w--
		tmp[w] = byte('0' + carry%10)
		carry /= 10
	}
	n := len(tmp) - w
	a.dp += n - a.nd
	if n > len(a.d) {
		for i := w + len(a.d); i < len(tmp); i++ {
			if tmp[i] != '0' {
				a.trunc = true
			}
		}
		n = len(a.d)
	}
	for i := 0; i < n; i++ {
		a.d[i] = tmp[w+i]
	}
	a.nd = n
	a.trim()
}

// rightShift divides a by 2^k, k <= maxDecimalShift, by long division from the most
// significant digit. The quotient's expansion is finite; digits that do not fit in a.d
// are dropped (recorded in trunc).
func (a *decimal) rightShift(k uint) {
	r := 0
	var n uint64
	// Read digits until the running value reaches 2^k: that gives the first digit.
	for n>>k == 0 {
		if r < a.nd {
			n = n*10 + uint64(a.d[r]-'0')
		} else {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			n *= 10
		}
		r++
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	w := 0
	for ; r < a.nd; r++ {
		a.d[w] = byte('0' + n>>k)
		w++
		n = (n&mask)*10 + uint64(a.d[r]-'0')
	}
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte('0' + dig)
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trim()
}

// shouldRoundUp reports whether rounding a to nd digits goes up: above half, or exactly
// half and either the kept part is odd (round half to even) or digits were truncated
// (the true value is above half).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd significant digits, half to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd significant digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp rounds a up to nd significant digits.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines (or nd == 0): the result is 1 followed by zeros, one place higher.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns a rounded to the nearest integer (half to even); values that
// do not fit are returned as 1<<64 - 1.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	// Values below 0.1 (dp < 0) round to zero.
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}
