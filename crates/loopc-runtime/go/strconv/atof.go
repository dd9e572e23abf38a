// Package strconv is loopc's implementation of the subset of Go's strconv package that
// loopc supports. This file parses floating-point numbers (ParseFloat).
//
// Accepted syntax, as gc's: an optional sign, then "inf", "infinity" or "nan" (any case;
// NaN takes no sign), or a decimal mantissa with an optional e exponent, or a hexadecimal
// mantissa (0x prefix) with a mandatory p exponent; underscores may separate digits as in
// Go literals. Decimal input is loaded into an exact decimal (decimal.go) and scaled by
// powers of two until its binary exponent and mantissa can be read off, rounded half to
// even; hexadecimal input is rounded directly with guard and sticky bits. Both are
// correctly rounded, so results equal gc's bit for bit.
package strconv

import "runtime"

const fnParseFloat = "ParseFloat"

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64. When bitSize=32, the result
// still has type float64, but it will be convertible to float32 without changing its
// value.
//
// If s is syntactically well-formed and near a valid floating-point number, ParseFloat
// returns the nearest floating-point number rounded using IEEE754 unbiased rounding. The
// errors that ParseFloat returns have concrete type *NumError and include err.Num = s.
// If s is not syntactically well-formed, err.Err = ErrSyntax. If s is syntactically
// well-formed but is more than 1/2 ULP away from the largest floating point number of
// the given size, ParseFloat returns f = ±Inf, err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	bits, ok, overflow := parseFloatBits(s, flt)
	if !ok {
		return 0, syntaxError(fnParseFloat, s)
	}
	var f float64
	if bitSize == 32 {
		f = float64(runtime.Float32frombits(uint32(bits)))
	} else {
		f = runtime.Float64frombits(bits)
	}
	if overflow {
		return f, rangeError(fnParseFloat, s)
	}
	return f, nil
}

// parseFloatBits returns the IEEE bits (in format flt) of the number s denotes; ok is
// false on a syntax error, overflow is set when the result is ±Inf from a finite input.
func parseFloatBits(s string, flt *floatInfo) (bits uint64, ok, overflow bool) {
	if b, n, special := parseSpecial(s, flt); special {
		return b, n == len(s), false
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	hex := false
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		i += 2
	}

	// Mantissa digits. Decimal digits go into d; hexadecimal ones into hmant (16 fit in a
	// uint64). Leading zeros are not stored: after the point they lower dp.
	var d decimal
	d.neg = neg
	var hmant uint64
	hdigits := 0
	htrunc := false
	underscores := false
	sawdot := false
	sawdigits := false
	nd := 0 // significant digits seen
	dp := 0 // digits before the point, counting from the first significant one
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		var v uint64
		switch {
		case '0' <= c && c <= '9':
			v = uint64(c - '0')
		case hex && 'a' <= lower(c) && lower(c) <= 'f':
			v = uint64(lower(c)-'a') + 10
		}
		if v == 0 && c != '0' {
			break // not a digit: the mantissa ends
		}
		sawdigits = true
		if v == 0 && nd == 0 {
			dp--
			continue
		}
		nd++
		if hex {
			if hdigits < 16 {
				hmant = hmant*16 + v
				hdigits++
			} else if v != 0 {
				htrunc = true
			}
		} else if d.nd < decimalDigits {
			d.d[d.nd] = c
			d.nd++
		} else if v != 0 {
			d.trunc = true
		}
	}
	if !sawdigits {
		return 0, false, false
	}
	if !sawdot {
		dp = nd
	}
	if hex {
		dp *= 4
		hdigits *= 4
	}

	// Exponent: e for decimal, p (mandatory) for hexadecimal mantissas. Beyond 10000 the
	// exponent is clamped: the result is 0 or Inf either way.
	expChar := byte('e')
	if hex {
		expChar = 'p'
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return 0, false, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, false, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		dp += e * esign
	} else if hex {
		return 0, false, false
	}
	if i != len(s) {
		return 0, false, false
	}
	if underscores && !underscoreOK(s) {
		return 0, false, false
	}

	if hex {
		exp := 0
		if hmant != 0 {
			exp = dp - hdigits
		}
		bits, overflow = hexFloatBits(hmant, exp, neg, htrunc, flt)
		return bits, true, overflow
	}
	d.dp = dp
	d.trim()
	bits, overflow = d.floatBits(flt)
	return bits, true, overflow
}

// parseSpecial recognizes a leading "inf", "infinity" (optionally signed) or "nan", any
// case, and returns the value's bits and the length of the match.
func parseSpecial(s string, flt *floatInfo) (bits uint64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	signBit := uint64(0)
	nsign := 0
	t := s
	if t[0] == '+' || t[0] == '-' {
		if t[0] == '-' {
			signBit = uint64(1) << (flt.mantbits + flt.expbits)
		}
		nsign = 1
		t = t[1:]
	}
	inf := signBit | (uint64(1)<<flt.expbits-1)<<flt.mantbits
	switch {
	case prefixFoldLen(t, "infinity") == 8:
		return inf, nsign + 8, true
	case prefixFoldLen(t, "infinity") >= 3:
		return inf, nsign + 3, true
	case nsign == 0 && prefixFoldLen(t, "nan") == 3:
		// gc's NaN: math.NaN(), as float32 when parsing for 32 bits.
		if flt == &float32info {
			return uint64(runtime.Float32bits(float32(runtime.Float64frombits(0x7FF8000000000001)))), 3, true
		}
		return 0x7FF8000000000001, 3, true
	}
	return 0, 0, false
}

// prefixFoldLen returns the length of the longest common prefix of s and the lower-case
// word, ignoring ASCII case in s.
func prefixFoldLen(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) {
		c := s[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[n] {
			break
		}
		n++
	}
	return n
}

// decimalShiftFor returns how many bits to shift a decimal whose point is k ≥ 0 places
// from [0.1, 1): shifting left by it never takes a number below 10^-k to 1 or more
// (2^n ≤ 10^k), and it is large enough to make progress quickly.
func decimalShiftFor(k int) int {
	n := k * 332 / 100
	if n < 1 {
		n = 1
	}
	if n > maxDecimalShift {
		n = maxDecimalShift
	}
	return n
}

// floatBits converts d to the IEEE bits of format flt, rounding half to even, and reports
// overflow (the bits are then ±Inf). d is consumed.
func (d *decimal) floatBits(flt *floatInfo) (bits uint64, overflow bool) {
	maxBiased := 1<<flt.expbits - 1
	var mant uint64
	exp := flt.bias
	switch {
	case d.nd == 0 || d.dp < -330:
		// Zero, or far below the smallest subnormal.
	case d.dp > 310:
		overflow = true
	default:
		// Scale d into [0.5, 1) by powers of two, tracking the exponent: value = d × 2^e.
		e := 0
		for d.dp > 0 {
			n := decimalShiftFor(d.dp)
			d.shift(-n)
			e += n
		}
		for d.dp < 0 || d.dp == 0 && d.d[0] < '5' {
			n := decimalShiftFor(-d.dp)
			d.shift(n)
			e -= n
		}
		// d = m/2 with m in [1, 2): the leading bit's exponent is e-1.
		e--
		if e < flt.bias+1 {
			// Subnormal: fix the exponent at the minimum and let the mantissa shrink.
			n := flt.bias + 1 - e
			d.shift(-n)
			e += n
		}
		if e-flt.bias >= maxBiased {
			overflow = true
			break
		}
		d.shift(int(1 + flt.mantbits))
		mant = d.roundedInteger()
		if mant == 2<<flt.mantbits {
			// Rounding carried into a new bit.
			mant >>= 1
			e++
			if e-flt.bias >= maxBiased {
				overflow = true
				break
			}
		}
		exp = e
		if mant&(uint64(1)<<flt.mantbits) == 0 {
			exp = flt.bias // subnormal
		}
	}
	if overflow {
		mant = 0
		exp = maxBiased + flt.bias
	}
	bits = mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&maxBiased) << flt.mantbits
	if d.neg {
		bits |= uint64(1) << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

// hexFloatBits converts mant × 2^exp (mant exact unless trunc: nonzero bits were
// dropped below it) to the IEEE bits of format flt, rounding half to even.
func hexFloatBits(mant uint64, exp int, neg, trunc bool, flt *floatInfo) (bits uint64, overflow bool) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	// Work with mantbits+3 significant bits: the mantissa, a round bit and a sticky bit.
	// value = mant / 2^mantbits × 2^exp.
	exp += int(flt.mantbits)
	for mant != 0 && mant>>(flt.mantbits+2) == 0 {
		mant <<= 1
		exp--
	}
	if trunc {
		mant |= 1
	}
	for mant>>(flt.mantbits+3) != 0 {
		mant = mant>>1 | mant&1 // keep lost bits sticky
		exp++
	}
	// Subnormals: shift right until the exponent is representable.
	for mant > 1 && exp < minExp-2 {
		mant = mant>>1 | mant&1
		exp++
	}
	// Drop the round and sticky bits: round up above half, or at half if odd.
	guard := mant & 3
	mant >>= 2
	exp += 2
	if guard|mant&1 == 3 {
		mant++
		if mant == uint64(1)<<(flt.mantbits+1) {
			mant >>= 1
			exp++
		}
	}
	if mant>>flt.mantbits == 0 {
		exp = flt.bias // subnormal or zero
	}
	if exp > maxExp {
		mant = uint64(1) << flt.mantbits
		exp = maxExp + 1
		overflow = true
	}
	bits = mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= uint64(1) << flt.mantbits << flt.expbits
	}
	return bits, overflow
}
