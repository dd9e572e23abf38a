//! Exact values of Go constants and the arithmetic on them, as Go's `go/constant` package
//! does it and as `types2` uses it.
//!
//! Data flow: the checker turns a literal token into a [`ConstValue`] with
//! [`ConstValue::from_literal`], folds constant expressions with [`ConstValue::unary_op`],
//! [`ConstValue::binary_op`], [`ConstValue::shift`] and [`ConstValue::compare`], and, whenever
//! a constant gets (or has) a type, checks and rounds it with [`ConstValue::representation`]
//! (implicit conversion, assignment) or [`ConstValue::convert`] (explicit `T(x)`). Error
//! messages print values with `Display`, which is `constant.Value.String()`. Lowering reads
//! the final typed value's machine representation with [`ConstValue::runtime_bits`].
//!
//! Representation (mirrors `go/constant`, so that results and printed values agree bit for
//! bit with gc):
//! - integers are exact `BigInt`s of any size; the checker bounds untyped ones at
//!   [`MAX_UNTYPED_INT_BITS`] bits after every operation ([`ConstValue::is_untyped_overflow`]);
//! - floats are exact rationals while numerator and denominator stay below 4096 bits
//!   (`maxExp`); beyond that, and for literals whose binary exponent is outside ±4096, they
//!   become binary floating-point numbers with a 512-bit mantissa and an `i32` exponent
//!   (like `big.Float` at `prec = 512`, rounding to nearest even). Once inexact, a value stays
//!   inexact. A result that overflows that exponent range is [`ConstValue::Unknown`];
//! - strings are byte strings (Go strings need not be valid UTF-8);
//! - complex constants are outside loopc's subset: imaginary literals give `Unknown`.
//!
//! `Unknown` stands for a value that could not be computed because of an earlier error; all
//! operations propagate it and comparisons involving it are false, so one error is reported
//! once. The operations never panic: operands of the wrong kind, division by zero and shift
//! counts beyond [`MAX_SHIFT`] are reported as [`ConstOpError`]s (types2 checks these before
//! folding, so for the checker they are internal errors).
//!
//! Sizes: `int`, `uint` and `uintptr` are 64 bits, as on every target loopc supports.

use std::cmp::Ordering;
use std::fmt;

use loopc_syntax::ast::{BinaryOp, LitKind, UnaryOp};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Mantissa precision, in bits, of inexact float constants (go/constant's `prec`).
pub const FLOAT_PREC: u64 = 512;

/// Untyped integer constants may use at most this many bits (types2's `overflow`); larger
/// values are reported as `constant <op> overflow`.
pub const MAX_UNTYPED_INT_BITS: u64 = 512;

/// Largest constant shift count types2 accepts (`shiftBound`, enough to express the smallest
/// float64): larger counts are `invalid shift count`.
pub const MAX_SHIFT: u64 = 1023 - 1 + 52;

/// Numeric literals longer than this many bytes are `excessively long constant`s (types2).
pub const MAX_LITERAL_LEN: usize = 10000;

/// Constant strings longer than this are `constant string too long` (types2).
pub const MAX_STRING_LEN: usize = 2_000_000_000;

/// Exact rationals whose parts have at least this many bits become inexact (`maxExp`).
const MAX_EXP: i64 = 4 << 10;

/// The basic types a constant can have: the typed ones and the untyped constant kinds.
///
/// `byte` is [`BasicKind::Uint8`] and `rune` is [`BasicKind::Int32`]. Complex types are not
/// part of loopc's subset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    /// `bool`
    Bool,
    /// `int` (64 bits)
    Int,
    /// `int8`
    Int8,
    /// `int16`
    Int16,
    /// `int32`, `rune`
    Int32,
    /// `int64`
    Int64,
    /// `uint` (64 bits)
    Uint,
    /// `uint8`, `byte`
    Uint8,
    /// `uint16`
    Uint16,
    /// `uint32`
    Uint32,
    /// `uint64`
    Uint64,
    /// `uintptr` (64 bits)
    Uintptr,
    /// `float32`
    Float32,
    /// `float64`
    Float64,
    /// `string`
    String,
    /// untyped bool
    UntypedBool,
    /// untyped int
    UntypedInt,
    /// untyped rune
    UntypedRune,
    /// untyped float
    UntypedFloat,
    /// untyped string
    UntypedString,
}

impl BasicKind {
    /// Integer kinds, typed or untyped (types2's `isInteger`, so untyped rune included).
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    /// Unsigned integer kinds.
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    /// Floating-point kinds, typed or untyped.
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    /// Integer or floating-point kinds.
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    /// String kinds, typed or untyped.
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    /// Boolean kinds, typed or untyped.
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Untyped constant kinds.
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString)
    }

    /// The type an untyped constant gets when nothing else decides (`Default`).
    pub fn default_type(self) -> BasicKind {
        use BasicKind::*;
        match self {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedString => String,
            typed => typed,
        }
    }

    /// Size in bits of a typed integer kind: the width of `^` on unsigned operands.
    pub fn int_bits(self) -> Option<u32> {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => Some(8),
            Int16 | Uint16 => Some(16),
            Int32 | Uint32 => Some(32),
            Int | Int64 | Uint | Uint64 | Uintptr => Some(64),
            _ => None,
        }
    }

    /// The kind's name as Go spells it in messages (`untyped int`, `float64`, …).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
        }
    }
}

/// The value of a constant.
///
/// Equality (`==`) is structural: two values are equal when they have the same variant and
/// the same exact value in the same representation (an `Int` 1 differs from a `Float` 1.0).
/// Use [`ConstValue::compare`] for Go's `==`; for keys that must unify equal numbers of
/// different representations (duplicate `switch` cases, map literal keys), normalize first
/// with [`ConstValue::to_int`] as types2's `keyVal` does.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstValue {
    /// The value is unknown because of an earlier error.
    Unknown,
    /// A boolean constant.
    Bool(bool),
    /// A string constant: its bytes, which need not be valid UTF-8.
    String(Vec<u8>),
    /// An integer constant (untyped int and rune, and every typed integer).
    Int(BigInt),
    /// A floating-point constant.
    Float(FloatValue),
}

/// The variant of a [`ConstValue`], as `constant.Kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConstKind {
    /// [`ConstValue::Unknown`]
    Unknown,
    /// [`ConstValue::Bool`]
    Bool,
    /// [`ConstValue::String`]
    String,
    /// [`ConstValue::Int`]
    Int,
    /// [`ConstValue::Float`]
    Float,
}

/// A floating-point constant: exact rational or 512-bit binary float (see the module doc).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FloatValue(FloatRepr);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum FloatRepr {
    /// go/constant's `ratVal`: exact; parts below 4096 bits unless made from a literal.
    Exact(BigRational),
    /// go/constant's `floatVal`.
    Inexact(BigFloat),
}

impl FloatValue {
    /// Whether the value is held as an exact fraction (false once precision was lost).
    pub fn is_exact(&self) -> bool {
        matches!(self.0, FloatRepr::Exact(_))
    }
}

/// Why an operation could not be folded. The checker rejects all of these before folding
/// (`division by zero`, `invalid shift count`, mismatched operands), so for it they signal
/// an internal error; they exist so that no input can make this module panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOpError {
    /// The operator is not defined for the operands' kinds (or they differ).
    InvalidOperands,
    /// `/` or `%` by zero.
    DivisionByZero,
    /// A shift count larger than [`MAX_SHIFT`].
    ShiftCountTooLarge,
}

/// Why a constant cannot be represented in a basic type (types2's `representation` codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRepresentable {
    /// A non-integer numeric constant given an integer type: `cannot use 1.5 (untyped float
    /// constant) as int value in … (truncated)`, or `… truncated to int`.
    Truncated,
    /// A numeric value out of the type's range: `(overflows)`, `… overflows int8`.
    Overflows,
    /// Not numeric on both sides (e.g. a string constant as `int`): no parenthesised reason;
    /// `cannot convert x to type T` where a conversion is reported.
    Invalid,
}

/// Why an explicit constant conversion `T(x)` fails (types2's `conversion`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversionError {
    /// Integer constant to integer type out of range: `constant 200 overflows int8`.
    Overflows,
    /// Anything else: `cannot convert -1.5 (untyped float constant) to type uint`.
    Invalid,
}

/// The machine representation of a typed constant, for lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeBits<'a> {
    /// A `bool`.
    Bool(bool),
    /// An integer, sign-extended (signed kinds) or zero-extended (unsigned kinds) to 64 bits.
    Int(u64),
    /// A `float32`'s IEEE-754 bits.
    F32(u32),
    /// A `float64`'s IEEE-754 bits.
    F64(u64),
    /// A string's bytes.
    Str(&'a [u8]),
}

// ---------------------------------------------------------------------------------------
// Binary floating point with a 512-bit mantissa (big.Float semantics, nearest-even).

/// Rounding directions: nearest-even for arithmetic, the others for `ToInt`'s tolerance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rounding {
    NearestEven,
    ToZero,
    AwayFromZero,
}

/// A non-negative magnitude `(mag + ε)·2^exp`, with `0 < ε < 1` exactly when `sticky`.
///
/// Invariant: a sticky approximation has at least `prec + 2` bits for every precision it is
/// rounded to, so the unknown `ε` only ever decides ties.
struct Dyadic {
    mag: BigUint,
    exp: i64,
    sticky: bool,
}

impl Dyadic {
    fn exact(mag: BigUint, exp: i64) -> Dyadic {
        Dyadic { mag, exp, sticky: false }
    }

    /// `num / den` with at least `bits + 2` significant bits; `den` must not be zero.
    fn quotient(num: &BigUint, den: &BigUint, bits: u64) -> Dyadic {
        let k = bits as i64 + 2 - (num.bits() as i64 - den.bits() as i64);
        let (q, r) = if k >= 0 { (num << (k as u64)).div_rem(den) } else { num.div_rem(&(den << ((-k) as u64))) };
        Dyadic { mag: q, exp: -k, sticky: !r.is_zero() }
    }

    /// Whether the bits of `mag` below `2^q` (and `ε`) are all zero.
    fn is_exact_at(&self, q: i64) -> bool {
        if self.sticky {
            return false;
        }
        if q <= self.exp {
            return true;
        }
        let shift = (q - self.exp) as u64;
        self.mag.trailing_zeros().is_none_or(|tz| tz >= shift)
    }

    /// The multiple of `2^q` nearest to the value, in direction `mode`; returns the multiplier.
    fn round_at(&self, q: i64, mode: Rounding) -> BigUint {
        if q <= self.exp {
            return &self.mag << ((self.exp - q) as u64);
        }
        let shift = (q - self.exp) as u64;
        let kept = &self.mag >> shift;
        let half = self.mag.bit(shift - 1);
        let below = self.sticky || self.mag.trailing_zeros().is_some_and(|tz| tz < shift - 1);
        let up = match mode {
            Rounding::NearestEven => half && (below || kept.bit(0)),
            Rounding::ToZero => false,
            Rounding::AwayFromZero => half || below,
        };
        if up {
            kept + 1u32
        } else {
            kept
        }
    }

    /// Rounds to `prec` significant bits: `(mant, exp)` with `mant < 2^prec` and no trailing
    /// zero bits (or `(0, 0)`).
    fn round(&self, prec: u64, mode: Rounding) -> (BigUint, i64) {
        let n = self.mag.bits() as i64;
        if n == 0 {
            return (BigUint::zero(), 0);
        }
        let q = n + self.exp - prec as i64;
        let (mut m, mut e) = if q <= self.exp { (self.mag.clone(), self.exp) } else { (self.round_at(q, mode), q) };
        if m.bits() > prec {
            m >>= 1u32;
            e += 1;
        }
        normalize(m, e)
    }
}

/// Strips trailing zero bits: the canonical form of a dyadic `m·2^e`.
fn normalize(m: BigUint, e: i64) -> (BigUint, i64) {
    match m.trailing_zeros() {
        None => (m, 0),
        Some(0) => (m, e),
        Some(tz) => (m >> tz, e + tz as i64),
    }
}

/// go/constant's `floatVal`: `±mant·2^exp`, rounded to [`FLOAT_PREC`] bits.
///
/// Invariants: `mant` is odd, or zero with `exp == 0` and `!neg`; `mant < 2^FLOAT_PREC`;
/// the big.Float exponent `top()` lies in `i32`'s range.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

impl BigFloat {
    fn zero() -> BigFloat {
        BigFloat { neg: false, mant: BigUint::zero(), exp: 0 }
    }

    /// Rounds `±d` to `prec` bits; `None` when the exponent overflows (big.Float's ±Inf).
    /// Values below big.Float's exponent range underflow to zero, as in big.Float.
    fn round(neg: bool, d: &Dyadic, prec: u64) -> Option<BigFloat> {
        let (mant, exp) = d.round(prec, Rounding::NearestEven);
        if mant.is_zero() {
            return Some(BigFloat::zero());
        }
        let f = BigFloat { neg, mant, exp };
        let top = f.top();
        if top > i64::from(i32::MAX) {
            None
        } else if top < i64::from(i32::MIN) {
            Some(BigFloat::zero())
        } else {
            Some(f)
        }
    }

    fn from_int(x: &BigInt) -> Option<BigFloat> {
        BigFloat::round(x.is_negative(), &Dyadic::exact(x.magnitude().clone(), 0), FLOAT_PREC)
    }

    fn from_rat(r: &BigRational) -> Option<BigFloat> {
        if r.is_zero() {
            return Some(BigFloat::zero());
        }
        let d = Dyadic::quotient(r.numer().magnitude(), r.denom().magnitude(), FLOAT_PREC);
        BigFloat::round(r.is_negative(), &d, FLOAT_PREC)
    }

    fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    /// big.Float's `MantExp` exponent: `|x| = m·2^top` with `0.5 <= m < 1`.
    fn top(&self) -> i64 {
        if self.is_zero() {
            0
        } else {
            self.mant.bits() as i64 + self.exp
        }
    }

    fn is_int(&self) -> bool {
        self.exp >= 0
    }

    fn dyadic(&self) -> Dyadic {
        Dyadic::exact(self.mant.clone(), self.exp)
    }

    fn signed_mant(&self) -> BigInt {
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        BigInt::from_biguint(sign, self.mant.clone())
    }

    fn neg(&self) -> BigFloat {
        let mut f = self.clone();
        f.neg = !f.is_zero() && !f.neg;
        f
    }

    fn add(&self, other: &BigFloat) -> Option<BigFloat> {
        if self.is_zero() {
            return Some(other.clone());
        }
        if other.is_zero() {
            return Some(self.clone());
        }
        // A summand entirely below the other's rounding position (by two bits or more) cannot
        // move the nearest-even result; this also keeps the alignment shift below ~1030 bits.
        let gap = FLOAT_PREC as i64 + 2;
        if self.top() > other.top() + gap {
            return Some(self.clone());
        }
        if other.top() > self.top() + gap {
            return Some(other.clone());
        }
        let e = self.exp.min(other.exp);
        let a = self.signed_mant() << ((self.exp - e) as u64);
        let b = other.signed_mant() << ((other.exp - e) as u64);
        let sum = a + b;
        BigFloat::round(sum.is_negative(), &Dyadic::exact(sum.magnitude().clone(), e), FLOAT_PREC)
    }

    fn sub(&self, other: &BigFloat) -> Option<BigFloat> {
        self.add(&other.neg())
    }

    fn mul(&self, other: &BigFloat) -> Option<BigFloat> {
        let d = Dyadic::exact(&self.mant * &other.mant, self.exp + other.exp);
        BigFloat::round(self.neg != other.neg, &d, FLOAT_PREC)
    }

    /// `self / other`; `other` must not be zero.
    fn quo(&self, other: &BigFloat) -> Option<BigFloat> {
        let mut d = Dyadic::quotient(&self.mant, &other.mant, FLOAT_PREC);
        d.exp += self.exp - other.exp;
        BigFloat::round(self.neg != other.neg, &d, FLOAT_PREC)
    }

    fn cmp(&self, other: &BigFloat) -> Ordering {
        let sign = |f: &BigFloat| match (f.is_zero(), f.neg) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        let (sa, sb) = (sign(self), sign(other));
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        let mag = match self.top().cmp(&other.top()) {
            Ordering::Equal => {
                let e = self.exp.min(other.exp);
                let a = &self.mant << ((self.exp - e) as u64);
                let b = &other.mant << ((other.exp - e) as u64);
                a.cmp(&b)
            }
            o => o,
        };
        if self.neg {
            mag.reverse()
        } else {
            mag
        }
    }

    /// go/constant's `ToInt` on a `floatVal`: the integer if the value is one, or is one
    /// after rounding away the last 4 bits (assumed to be accumulated rounding error).
    fn to_int(&self) -> Option<BigInt> {
        let top = self.top();
        if !(-MAX_EXP < top && top < MAX_EXP) {
            return None; // avoid huge integers
        }
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        if self.is_int() {
            return Some(BigInt::from_biguint(sign, &self.mant << (self.exp as u64)));
        }
        const DELTA: u64 = 4;
        for mode in [Rounding::ToZero, Rounding::AwayFromZero] {
            let (m, e) = self.dyadic().round(FLOAT_PREC - DELTA, mode);
            if e >= 0 {
                return Some(BigInt::from_biguint(sign, m << (e as u64)));
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// IEEE-754 rounding.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ieee {
    F32,
    F64,
}

impl Ieee {
    fn mant_bits(self) -> i64 {
        match self {
            Ieee::F32 => 24,
            Ieee::F64 => 53,
        }
    }
    fn min_exp(self) -> i64 {
        match self {
            Ieee::F32 => -126,
            Ieee::F64 => -1022,
        }
    }
    fn max_exp(self) -> i64 {
        match self {
            Ieee::F32 => 127,
            Ieee::F64 => 1023,
        }
    }
}

/// `2^e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&e));
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// Sign, integer significand and exponent of a finite `f64`: `x = ±mag·2^exp`.
fn f64_parts(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), biased - 1075)
    }
}

/// Rounds `±d` to the nearest value of format `fmt` (ties to even, with subnormals), as
/// big.Rat's and big.Float's `Float64`/`Float32` do. The `f32` case returns the `f32` value
/// as an (exactly equal) `f64`. The flag tells whether no rounding happened; overflow gives
/// an infinity.
fn dyadic_to_ieee(neg: bool, d: &Dyadic, fmt: Ieee) -> (f64, bool) {
    let signed = |x: f64| if neg { -x } else { x };
    let n = d.mag.bits() as i64;
    if n == 0 {
        return (signed(0.0), !d.sticky);
    }
    let e = n - 1 + d.exp;
    let mut q = (e - fmt.mant_bits() + 1).max(fmt.min_exp() - fmt.mant_bits() + 1);
    let exact = d.is_exact_at(q);
    let mut m = d.round_at(q, Rounding::NearestEven);
    if m.bits() as i64 > fmt.mant_bits() {
        m >>= 1u32;
        q += 1;
    }
    if m.is_zero() {
        return (signed(0.0), false);
    }
    if m.bits() as i64 - 1 + q > fmt.max_exp() {
        return (signed(f64::INFINITY), false);
    }
    let m = m.to_u64().expect("invariant: rounded to at most 53 bits");
    // Both factors and the product are representable, so the product is exact.
    (signed(m as f64 * pow2(q)), exact)
}

// ---------------------------------------------------------------------------------------
// Construction.

fn make_rat(r: BigRational) -> ConstValue {
    if (r.numer().bits() as i64) < MAX_EXP && (r.denom().bits() as i64) < MAX_EXP {
        ConstValue::Float(FloatValue(FloatRepr::Exact(r)))
    } else {
        make_float(BigFloat::from_rat(&r))
    }
}

fn make_float(f: Option<BigFloat>) -> ConstValue {
    match f {
        Some(f) => ConstValue::Float(FloatValue(FloatRepr::Inexact(f))),
        None => ConstValue::Unknown,
    }
}

fn rat_from_int(x: &BigInt) -> BigRational {
    BigRational::from_integer(x.clone())
}

/// The exact rational `mant·10^e10·2^e2`.
fn scaled_rat(mant: BigUint, e10: i64, e2: i64) -> BigRational {
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    let pow10 = BigInt::from(10u32).pow(e10.unsigned_abs() as u32);
    if e10 >= 0 {
        num *= pow10;
    } else {
        den *= pow10;
    }
    if e2 >= 0 {
        num <<= e2 as u64;
    } else {
        den <<= (-e2) as u64;
    }
    BigRational::new(num, den)
}

/// `10^n` to `prec` bits (each step rounded), for literals with huge exponents.
fn pow10_approx(mut n: u64, prec: u64) -> (BigUint, i64) {
    let mut result = (BigUint::one(), 0i64);
    let mut base = (BigUint::from(10u32), 0i64);
    while n > 0 {
        if n & 1 == 1 {
            result = Dyadic::exact(&result.0 * &base.0, result.1 + base.1).round(prec, Rounding::NearestEven);
        }
        n >>= 1;
        if n > 0 {
            base = Dyadic::exact(&base.0 * &base.0, 2 * base.1).round(prec, Rounding::NearestEven);
        }
    }
    result
}

/// The value of a float literal's digits `mant·10^e10·2^e2`, as go/constant's
/// `makeFloatFromLiteral`: exact when its binary exponent is within ±4096, else a 512-bit
/// float; `Unknown` when even that overflows (gc: `malformed constant`).
fn float_from_parts(mant: BigUint, e10: i64, e2: i64) -> ConstValue {
    if mant.is_zero() {
        return ConstValue::Float(FloatValue(FloatRepr::Exact(BigRational::zero())));
    }
    let estimate = mant.bits() as f64 + e10 as f64 * std::f64::consts::LOG2_10 + e2 as f64;
    if estimate > f64::from(i32::MAX) + 64.0 {
        return ConstValue::Unknown;
    }
    if estimate < f64::from(i32::MIN) - 64.0 {
        // Underflows to zero; go/constant then parses the literal as "0".
        return ConstValue::Float(FloatValue(FloatRepr::Exact(BigRational::zero())));
    }
    if estimate.abs() < (MAX_EXP + 64) as f64 {
        // Small enough to compute exactly (the literal's length bounds the digits).
        let r = scaled_rat(mant, e10, e2);
        let rounded = BigFloat::from_rat(&r).expect("invariant: exponent is within ±4160");
        let top = rounded.top();
        if -MAX_EXP < top && top < MAX_EXP {
            return ConstValue::Float(FloatValue(FloatRepr::Exact(r)));
        }
        return make_float(Some(rounded));
    }
    // Huge exponent: scale with 64 guard bits, then round once more to 512 bits.
    let prec = FLOAT_PREC + 64;
    let (m, me) = Dyadic::exact(mant, e2).round(prec, Rounding::NearestEven);
    let (p, pe) = pow10_approx(e10.unsigned_abs(), prec);
    let d = if e10 >= 0 {
        Dyadic::exact(m * p, me + pe)
    } else {
        let mut d = Dyadic::quotient(&m, &p, prec);
        d.exp += me - pe;
        d
    };
    match BigFloat::round(false, &d, FLOAT_PREC) {
        None => ConstValue::Unknown,
        Some(f) if f.is_zero() => ConstValue::Float(FloatValue(FloatRepr::Exact(BigRational::zero()))),
        Some(f) => make_float(Some(f)),
    }
}

impl ConstValue {
    /// An integer constant.
    pub fn int(x: impl Into<BigInt>) -> ConstValue {
        ConstValue::Int(x.into())
    }

    /// A string constant from its bytes.
    pub fn string(bytes: impl Into<Vec<u8>>) -> ConstValue {
        ConstValue::String(bytes.into())
    }

    /// go/constant's `MakeFloat64`: the exact value of `x`; `-0` becomes `0`, and
    /// infinities and NaN give `Unknown`.
    pub fn from_f64(x: f64) -> ConstValue {
        if !x.is_finite() {
            return ConstValue::Unknown;
        }
        let (neg, mag, exp) = f64_parts(x + 0.0);
        let (mag, exp) = normalize(BigUint::from(mag), exp);
        let mut r = if exp >= 0 {
            BigRational::from_integer(BigInt::from(mag << (exp as u64)))
        } else {
            BigRational::new(BigInt::from(mag), BigInt::one() << ((-exp) as u64))
        };
        if neg {
            r = -r;
        }
        ConstValue::Float(FloatValue(FloatRepr::Exact(r)))
    }

    /// The value of a literal token (`raw` exactly as written), as go/constant's
    /// `MakeFromLiteral`. Malformed literals and floats whose exponent overflows give
    /// `Unknown` (gc: `malformed constant: …`); so do imaginary literals, which are outside
    /// loopc's subset. The caller rejects numeric literals longer than [`MAX_LITERAL_LEN`]
    /// first, as types2 does.
    pub fn from_literal(kind: LitKind, raw: &str) -> ConstValue {
        let value = match kind {
            LitKind::Int => parse_int_lit(raw).map(ConstValue::Int),
            LitKind::Float => parse_float_lit(raw),
            LitKind::Imag => None,
            LitKind::Rune => parse_rune_lit(raw).map(|c| ConstValue::Int(BigInt::from(c))),
            LitKind::String => parse_string_lit(raw).map(ConstValue::String),
        };
        value.unwrap_or(ConstValue::Unknown)
    }

    /// The value's variant.
    pub fn kind(&self) -> ConstKind {
        match self {
            ConstValue::Unknown => ConstKind::Unknown,
            ConstValue::Bool(_) => ConstKind::Bool,
            ConstValue::String(_) => ConstKind::String,
            ConstValue::Int(_) => ConstKind::Int,
            ConstValue::Float(_) => ConstKind::Float,
        }
    }

    /// Whether this is [`ConstValue::Unknown`].
    pub fn is_unknown(&self) -> bool {
        matches!(self, ConstValue::Unknown)
    }

    /// The boolean value (false for non-booleans and `Unknown`, like `BoolVal`).
    pub fn as_bool(&self) -> bool {
        matches!(self, ConstValue::Bool(true))
    }

    /// A string constant's bytes (`None` for other kinds).
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// An integer constant's value if it fits in `i64` (`Int64Val` when exact).
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            ConstValue::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    /// An integer constant's value if it fits in `u64` (`Uint64Val` when exact).
    pub fn to_u64(&self) -> Option<u64> {
        match self {
            ConstValue::Int(i) => i.to_u64(),
            _ => None,
        }
    }

    /// The nearest `f64` to a numeric constant and whether it is exact (`Float64Val`);
    /// tiny values underflow to zero, huge ones give an infinity. `None` if not numeric.
    pub fn to_f64(&self) -> Option<(f64, bool)> {
        self.to_ieee(Ieee::F64)
    }

    /// The nearest `f32` to a numeric constant and whether it is exact (`Float32Val`).
    pub fn to_f32(&self) -> Option<(f32, bool)> {
        self.to_ieee(Ieee::F32).map(|(x, exact)| (x as f32, exact))
    }

    fn to_ieee(&self, fmt: Ieee) -> Option<(f64, bool)> {
        match self {
            ConstValue::Int(i) => Some(dyadic_to_ieee(i.is_negative(), &Dyadic::exact(i.magnitude().clone(), 0), fmt)),
            ConstValue::Float(FloatValue(FloatRepr::Exact(r))) => {
                let d = Dyadic::quotient(r.numer().magnitude(), r.denom().magnitude(), 64);
                Some(dyadic_to_ieee(r.is_negative(), &d, fmt))
            }
            ConstValue::Float(FloatValue(FloatRepr::Inexact(f))) => Some(dyadic_to_ieee(f.neg, &f.dyadic(), fmt)),
            _ => None,
        }
    }

    /// -1, 0 or 1 for a numeric constant; 1 for `Unknown` (so that unknown divisors never
    /// look like zero, as in go/constant); 0 for other kinds.
    pub fn sign(&self) -> i32 {
        match self {
            ConstValue::Unknown => 1,
            ConstValue::Int(i) => sign_of(i),
            ConstValue::Float(FloatValue(FloatRepr::Exact(r))) => sign_of(r.numer()),
            ConstValue::Float(FloatValue(FloatRepr::Inexact(f))) => {
                if f.is_zero() {
                    0
                } else if f.neg {
                    -1
                } else {
                    1
                }
            }
            ConstValue::Bool(_) | ConstValue::String(_) => 0,
        }
    }

    /// Bits needed for an integer constant's magnitude (`BitLen`); 0 for other kinds.
    pub fn bit_len(&self) -> u64 {
        match self {
            ConstValue::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// Whether an *untyped* integer result has grown past [`MAX_UNTYPED_INT_BITS`]; types2
    /// then reports `constant <op> overflow` (e.g. `constant shift overflow`) and continues
    /// with `Unknown`.
    pub fn is_untyped_overflow(&self) -> bool {
        self.bit_len() > MAX_UNTYPED_INT_BITS
    }

    /// go/constant's `ToInt`: the integer value of an integer, or of a float whose value is
    /// integral (allowing a few bits of rounding error in inexact floats); else `Unknown`.
    pub fn to_int(&self) -> ConstValue {
        match self {
            ConstValue::Int(_) => self.clone(),
            ConstValue::Float(FloatValue(FloatRepr::Exact(r))) if r.is_integer() => ConstValue::Int(r.numer().clone()),
            ConstValue::Float(FloatValue(FloatRepr::Inexact(f))) => {
                f.to_int().map_or(ConstValue::Unknown, ConstValue::Int)
            }
            _ => ConstValue::Unknown,
        }
    }

    /// Whether the value is an integer or an integral float (`ToInt` succeeds).
    pub fn is_integral(&self) -> bool {
        self.to_int().kind() == ConstKind::Int
    }

    /// go/constant's `ToFloat`: the value as a float constant, or `Unknown`.
    pub fn to_float(&self) -> ConstValue {
        match self {
            ConstValue::Int(i) if (i.bits() as i64) < MAX_EXP => {
                ConstValue::Float(FloatValue(FloatRepr::Exact(rat_from_int(i))))
            }
            ConstValue::Int(i) => make_float(BigFloat::from_int(i)),
            ConstValue::Float(_) => self.clone(),
            _ => ConstValue::Unknown,
        }
    }
}

fn sign_of(i: &BigInt) -> i32 {
    match i.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

// ---------------------------------------------------------------------------------------
// Literals.

/// An integer literal's value: `0x`, `0o`, `0b` and legacy `0` octal prefixes, `_`
/// separators. The lexer has validated the syntax; anything else gives `None`.
pub fn parse_int_lit(raw: &str) -> Option<BigInt> {
    let bytes = raw.as_bytes();
    let (radix, digits) = match bytes {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        [b'0', rest @ ..] if !rest.is_empty() => (8, rest),
        _ => (10, bytes),
    };
    let digits: Vec<u8> = digits.iter().copied().filter(|&b| b != b'_').collect();
    if digits.is_empty() {
        return None;
    }
    BigUint::parse_bytes(&digits, radix).map(BigInt::from)
}

/// A float literal's value (decimal `1.5e3`, `.5`, `1.`, or hexadecimal `0x1.8p-3`, with
/// `_` separators) as go/constant represents it; `None` if malformed, `Some(Unknown)` if its
/// exponent overflows.
fn parse_float_lit(raw: &str) -> Option<ConstValue> {
    let text: Vec<u8> = raw.bytes().filter(|&b| b != b'_').collect();
    let (hex, body) = match text.as_slice() {
        [b'0', b'x' | b'X', rest @ ..] => (true, rest),
        rest => (false, rest),
    };
    let exp_pos = body.iter().position(|&b| if hex { b == b'p' || b == b'P' } else { b == b'e' || b == b'E' });
    let (mant_text, exp_text) = match exp_pos {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None if hex => return None, // hex floats need a 'p' exponent
        None => (body, None),
    };
    let (int_part, frac_part) = match mant_text.iter().position(|&b| b == b'.') {
        Some(p) => (&mant_text[..p], &mant_text[p + 1..]),
        None => (mant_text, &mant_text[..0]),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let digits: Vec<u8> = int_part.iter().chain(frac_part).copied().collect();
    let mant = BigUint::parse_bytes(&digits, if hex { 16 } else { 10 })?;
    let exp = match exp_text {
        Some(t) => parse_exponent(t)?,
        None => 0,
    };
    let frac_len = frac_part.len() as i64;
    let (e10, e2) = if hex { (0, exp - 4 * frac_len) } else { (exp - frac_len, 0) };
    Some(float_from_parts(mant, e10, e2))
}

/// A signed decimal exponent, saturated far beyond any representable value.
fn parse_exponent(t: &[u8]) -> Option<i64> {
    let (neg, digits) = match t {
        [b'+', rest @ ..] => (false, rest),
        [b'-', rest @ ..] => (true, rest),
        rest => (false, rest),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    const LIMIT: i64 = 1 << 40;
    let mut v: i64 = 0;
    for &d in digits {
        v = (v * 10 + i64::from(d - b'0')).min(LIMIT);
    }
    Some(if neg { -v } else { v })
}

/// One decoded character of a quoted literal.
enum Unquoted {
    /// `\x..` and octal escapes: a single byte.
    Byte(u8),
    /// Anything else: a Unicode code point.
    Char(char),
}

/// Decodes the first character of `s`, the body of a literal quoted with `quote`, like
/// `strconv.UnquoteChar`; returns it and the rest.
fn unquote_char(s: &str, quote: char) -> Option<(Unquoted, &str)> {
    let mut chars = s.chars();
    let c = chars.next()?;
    if c != '\\' {
        if c == quote {
            return None;
        }
        return Some((Unquoted::Char(c), chars.as_str()));
    }
    let e = chars.next()?;
    let rest = chars.as_str();
    let simple = match e {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        '\'' | '"' if e == quote => Some(e),
        _ => None,
    };
    if let Some(c) = simple {
        return Some((Unquoted::Char(c), rest));
    }
    let hex = |n: usize| -> Option<u32> {
        let digits = rest.get(..n)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    };
    match e {
        'x' => Some((Unquoted::Byte(hex(2)? as u8), &rest[2..])),
        'u' => Some((Unquoted::Char(char::from_u32(hex(4)?)?), &rest[4..])),
        'U' => Some((Unquoted::Char(char::from_u32(hex(8)?)?), &rest[8..])),
        '0'..='7' => {
            let digits = s.get(1..4)?;
            if !digits.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
                return None;
            }
            let v = u32::from_str_radix(digits, 8).ok()?;
            let byte = u8::try_from(v).ok()?;
            Some((Unquoted::Byte(byte), &s[4..]))
        }
        _ => None,
    }
}

/// A rune literal's value (`'a'`, `'\n'`, `'\x41'`, `'\u00e9'`, `'é'`).
pub fn parse_rune_lit(raw: &str) -> Option<u32> {
    let body = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let (c, rest) = unquote_char(body, '\'')?;
    if !rest.is_empty() {
        return None;
    }
    Some(match c {
        Unquoted::Byte(b) => u32::from(b),
        Unquoted::Char(c) => u32::from(c),
    })
}

/// A string literal's bytes: interpreted (`"a\n"`, escapes decoded; `\x`/octal escapes are
/// single bytes) or raw (`` `a` ``, carriage returns dropped).
pub fn parse_string_lit(raw: &str) -> Option<Vec<u8>> {
    if let Some(body) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        if body.contains('`') {
            return None;
        }
        return Some(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let mut body = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::with_capacity(body.len());
    while !body.is_empty() {
        let (c, rest) = unquote_char(body, '"')?;
        match c {
            Unquoted::Byte(b) => out.push(b),
            Unquoted::Char('\n') if !body.starts_with('\\') => return None,
            Unquoted::Char(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        body = rest;
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------
// Operations.

/// Numeric operands brought to a common representation (go/constant's `match`).
enum Matched {
    Int(BigInt, BigInt),
    Exact(BigRational, BigRational),
    Inexact(BigFloat, BigFloat),
}

/// Representation rank: Int < exact float < inexact float.
fn numeric_rank(v: &ConstValue) -> Option<u8> {
    match v {
        ConstValue::Int(_) => Some(0),
        ConstValue::Float(FloatValue(FloatRepr::Exact(_))) => Some(1),
        ConstValue::Float(FloatValue(FloatRepr::Inexact(_))) => Some(2),
        _ => None,
    }
}

fn as_rat(v: &ConstValue) -> Option<BigRational> {
    match v {
        ConstValue::Int(i) => Some(rat_from_int(i)),
        ConstValue::Float(FloatValue(FloatRepr::Exact(r))) => Some(r.clone()),
        _ => None,
    }
}

fn as_big_float(v: &ConstValue) -> Option<BigFloat> {
    match v {
        ConstValue::Int(i) => BigFloat::from_int(i),
        ConstValue::Float(FloatValue(FloatRepr::Exact(r))) => BigFloat::from_rat(r),
        ConstValue::Float(FloatValue(FloatRepr::Inexact(f))) => Some(f.clone()),
        _ => None,
    }
}

fn match_numeric(x: &ConstValue, y: &ConstValue) -> Option<Matched> {
    let rank = numeric_rank(x)?.max(numeric_rank(y)?);
    Some(match (rank, x, y) {
        (0, ConstValue::Int(a), ConstValue::Int(b)) => Matched::Int(a.clone(), b.clone()),
        (1, _, _) => Matched::Exact(as_rat(x)?, as_rat(y)?),
        _ => Matched::Inexact(as_big_float(x)?, as_big_float(y)?),
    })
}

impl ConstValue {
    /// Folds `op x` (go/constant's `UnaryOp`). `unsigned_bits` is the size of `x`'s type
    /// when it is a typed unsigned integer: `^x` is then taken within that many bits
    /// (`^uint8(1)` is 254, while untyped or signed `^1` is -2).
    pub fn unary_op(&self, op: UnaryOp, unsigned_bits: Option<u32>) -> Result<ConstValue, ConstOpError> {
        use ConstValue as V;
        if self.is_unknown() {
            return Ok(V::Unknown);
        }
        match (op, self) {
            (UnaryOp::Plus, V::Int(_) | V::Float(_)) => Ok(self.clone()),
            (UnaryOp::Neg, V::Int(i)) => Ok(V::Int(-i)),
            (UnaryOp::Neg, V::Float(FloatValue(FloatRepr::Exact(r)))) => Ok(make_rat(-r)),
            (UnaryOp::Neg, V::Float(FloatValue(FloatRepr::Inexact(f)))) => Ok(make_float(Some(f.neg()))),
            (UnaryOp::BitNot, V::Int(i)) => {
                let z = !i;
                Ok(V::Int(match unsigned_bits {
                    Some(bits) if bits > 0 => z & ((BigInt::one() << bits) - 1),
                    _ => z,
                }))
            }
            (UnaryOp::Not, V::Bool(b)) => Ok(V::Bool(!b)),
            _ => Err(ConstOpError::InvalidOperands),
        }
    }

    /// Folds `x op y` for the arithmetic, bitwise and logical operators (go/constant's
    /// `BinaryOp`); comparisons use [`ConstValue::compare`], shifts [`ConstValue::shift`].
    ///
    /// `integer_type` says that the operands' type is an integer type; types2 then folds `/`
    /// as integer division (`QUO_ASSIGN`). Otherwise `/` on two integer values gives their
    /// exact quotient as a float. Mixed numeric operands are first brought to the more
    /// general representation (int → exact float → inexact float).
    pub fn binary_op(&self, op: BinaryOp, y: &ConstValue, integer_type: bool) -> Result<ConstValue, ConstOpError> {
        use ConstValue as V;
        if self.is_unknown() || y.is_unknown() {
            return Ok(V::Unknown);
        }
        match (self, y) {
            (V::Bool(a), V::Bool(b)) => {
                return match op {
                    BinaryOp::AndAnd => Ok(V::Bool(*a && *b)),
                    BinaryOp::OrOr => Ok(V::Bool(*a || *b)),
                    _ => Err(ConstOpError::InvalidOperands),
                };
            }
            (V::String(a), V::String(b)) if op == BinaryOp::Add => {
                let mut s = Vec::with_capacity(a.len() + b.len());
                s.extend_from_slice(a);
                s.extend_from_slice(b);
                return Ok(V::String(s));
            }
            _ => {}
        }
        let divides = matches!(op, BinaryOp::Div | BinaryOp::Rem);
        if divides && y.sign() == 0 {
            return Err(ConstOpError::DivisionByZero);
        }
        match match_numeric(self, y).ok_or(ConstOpError::InvalidOperands)? {
            Matched::Int(a, b) => Ok(match op {
                BinaryOp::Add => V::Int(a + b),
                BinaryOp::Sub => V::Int(a - b),
                BinaryOp::Mul => V::Int(a * b),
                BinaryOp::Div if integer_type => V::Int(a / b),
                BinaryOp::Div => make_rat(BigRational::new(a, b)),
                BinaryOp::Rem => V::Int(a % b),
                BinaryOp::And => V::Int(a & b),
                BinaryOp::Or => V::Int(a | b),
                BinaryOp::Xor => V::Int(a ^ b),
                BinaryOp::AndNot => V::Int(a & !b),
                _ => return Err(ConstOpError::InvalidOperands),
            }),
            Matched::Exact(a, b) => Ok(make_rat(match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                BinaryOp::Mul => a * b,
                BinaryOp::Div => a / b,
                _ => return Err(ConstOpError::InvalidOperands),
            })),
            Matched::Inexact(a, b) => Ok(make_float(match op {
                BinaryOp::Add => a.add(&b),
                BinaryOp::Sub => a.sub(&b),
                BinaryOp::Mul => a.mul(&b),
                BinaryOp::Div => a.quo(&b),
                _ => return Err(ConstOpError::InvalidOperands),
            })),
        }
    }

    /// Folds `x << s` or `x >> s` for an integer `x` (go/constant's `Shift`; `>>` rounds
    /// towards negative infinity). The checker first turns a float `x` with an integral
    /// value into an integer with [`ConstValue::to_int`] and bounds `s` by [`MAX_SHIFT`].
    pub fn shift(&self, op: BinaryOp, s: u64) -> Result<ConstValue, ConstOpError> {
        let ConstValue::Int(x) = self else {
            return match self {
                ConstValue::Unknown => Ok(ConstValue::Unknown),
                _ => Err(ConstOpError::InvalidOperands),
            };
        };
        if s > MAX_SHIFT {
            return Err(ConstOpError::ShiftCountTooLarge);
        }
        match op {
            BinaryOp::Shl => Ok(ConstValue::Int(x << s)),
            BinaryOp::Shr => Ok(ConstValue::Int(x >> s)),
            _ => Err(ConstOpError::InvalidOperands),
        }
    }

    /// Evaluates the comparison `x op y` (go/constant's `Compare`); false if either operand
    /// is `Unknown`. Strings compare bytewise.
    pub fn compare(&self, op: BinaryOp, y: &ConstValue) -> Result<bool, ConstOpError> {
        use ConstValue as V;
        let ordering = match (self, y) {
            (V::Unknown, _) | (_, V::Unknown) => return Ok(false),
            (V::Bool(a), V::Bool(b)) => {
                return match op {
                    BinaryOp::Eq => Ok(a == b),
                    BinaryOp::Ne => Ok(a != b),
                    _ => Err(ConstOpError::InvalidOperands),
                };
            }
            (V::String(a), V::String(b)) => a.cmp(b),
            _ => match match_numeric(self, y).ok_or(ConstOpError::InvalidOperands)? {
                Matched::Int(a, b) => a.cmp(&b),
                Matched::Exact(a, b) => a.cmp(&b),
                Matched::Inexact(a, b) => a.cmp(&b),
            },
        };
        match op {
            BinaryOp::Eq => Ok(ordering == Ordering::Equal),
            BinaryOp::Ne => Ok(ordering != Ordering::Equal),
            BinaryOp::Lt => Ok(ordering == Ordering::Less),
            BinaryOp::Le => Ok(ordering != Ordering::Greater),
            BinaryOp::Gt => Ok(ordering == Ordering::Greater),
            BinaryOp::Ge => Ok(ordering != Ordering::Less),
            _ => Err(ConstOpError::InvalidOperands),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Representability and conversions.

impl ConstValue {
    /// types2's `representableConst`: the value as a constant of type `to`, if it can be
    /// one. Integers come back as `Int` (a float with an integral value is converted);
    /// `float32`/`float64` values come back rounded to that precision (exactly the
    /// rounded `f32`/`f64` value); strings and booleans unchanged. `Unknown` is
    /// representable in every type (it avoids follow-up errors).
    pub fn representable(&self, to: BasicKind) -> Option<ConstValue> {
        if self.is_unknown() {
            return Some(ConstValue::Unknown);
        }
        if to.is_integer() {
            let x = self.to_int();
            let ConstValue::Int(i) = &x else { return None };
            return int_fits(i, to).then_some(x);
        }
        if to.is_float() {
            let x = self.to_float();
            if x.kind() != ConstKind::Float {
                return None;
            }
            let rounded = match to {
                BasicKind::Float32 => x.to_ieee(Ieee::F32),
                BasicKind::Float64 => x.to_ieee(Ieee::F64),
                _ => return Some(self.clone()), // untyped float: any float value
            };
            let (f, _) = rounded.expect("invariant: x is a float");
            return f.is_finite().then(|| ConstValue::from_f64(f));
        }
        let ok = match self {
            ConstValue::String(_) => to.is_string(),
            ConstValue::Bool(_) => to.is_boolean(),
            _ => false,
        };
        ok.then(|| self.clone())
    }

    /// types2's `representation`: [`ConstValue::representable`] for a constant of kind
    /// `from` given the type `to` (assignment, implicit conversion, typed arithmetic), with
    /// the reason when it fails.
    pub fn representation(&self, from: BasicKind, to: BasicKind) -> Result<ConstValue, NotRepresentable> {
        if let Some(v) = self.representable(to) {
            return Ok(v);
        }
        Err(if from.is_numeric() && to.is_numeric() {
            if !from.is_integer() && to.is_integer() {
                NotRepresentable::Truncated
            } else {
                NotRepresentable::Overflows
            }
        } else {
            NotRepresentable::Invalid
        })
    }

    /// The explicit constant conversion `to(x)` of a constant of kind `from` (types2's
    /// `conversion` with a constant type): representability, plus integer → string, which
    /// gives the UTF-8 encoding of the code point (U+FFFD if it is not a valid one).
    pub fn convert(&self, from: BasicKind, to: BasicKind) -> Result<ConstValue, ConversionError> {
        if let Some(v) = self.representable(to) {
            return Ok(v);
        }
        if from.is_integer() && to.is_string() {
            let c = self
                .to_u64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            return Ok(ConstValue::String(c.to_string().into_bytes()));
        }
        if from.is_integer() && to.is_integer() {
            return Err(ConversionError::Overflows);
        }
        Err(ConversionError::Invalid)
    }

    /// The run-time representation of a constant of (typed) kind `kind`, for lowering. An
    /// untyped kind stands for its default type. `None` if the value is not representable
    /// in the type (the checker has ensured it is, so `None` is an internal error).
    pub fn runtime_bits(&self, kind: BasicKind) -> Option<RuntimeBits<'_>> {
        let kind = kind.default_type();
        match (self, kind) {
            (ConstValue::Bool(b), BasicKind::Bool) => Some(RuntimeBits::Bool(*b)),
            (ConstValue::String(s), BasicKind::String) => Some(RuntimeBits::Str(s)),
            (_, BasicKind::Float32) => {
                let ConstValue::Float(_) = self.representable(kind)? else { return None };
                let (f, _) = self.to_f32()?;
                Some(RuntimeBits::F32(f.to_bits()))
            }
            (_, BasicKind::Float64) => {
                let ConstValue::Float(_) = self.representable(kind)? else { return None };
                let (f, _) = self.to_f64()?;
                Some(RuntimeBits::F64(f.to_bits()))
            }
            _ if kind.is_integer() => {
                let ConstValue::Int(i) = self.representable(kind)? else { return None };
                let bits = if kind.is_unsigned() { i.to_u64()? } else { i.to_i64()? as u64 };
                Some(RuntimeBits::Int(bits))
            }
            _ => None,
        }
    }
}

/// Whether integer `i` lies in the range of integer kind `to` (untyped: always).
fn int_fits(i: &BigInt, to: BasicKind) -> bool {
    let Some(bits) = to.int_bits() else { return true };
    let Some(v) = i.to_i128() else { return false };
    if to.is_unsigned() {
        0 <= v && v < (1i128 << bits)
    } else {
        -(1i128 << (bits - 1)) <= v && v < (1i128 << (bits - 1))
    }
}

// ---------------------------------------------------------------------------------------
// Printing: constant.Value.String(), the form types2 uses in messages.

impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Unknown => f.write_str("unknown"),
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::String(s) => f.write_str(&short_quote(s)),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(FloatValue(FloatRepr::Exact(r))) => {
                let rounded = BigFloat::from_rat(r).expect("invariant: exact floats are small");
                f.write_str(&float_string(&rounded))
            }
            ConstValue::Float(FloatValue(FloatRepr::Inexact(x))) => f.write_str(&float_string(x)),
        }
    }
}

/// `strconv.Quote(s)`, shortened to 72 runes with a trailing `...` (go/constant).
fn short_quote(s: &[u8]) -> String {
    const MAX_LEN: usize = 72;
    let q = quote(s);
    if q.chars().count() <= MAX_LEN {
        return q;
    }
    let mut out: String = q.chars().take(MAX_LEN - 3).collect();
    out.push_str("...");
    out
}

/// Go's `strconv.Quote`: a double-quoted literal with Go escapes; invalid UTF-8 bytes are
/// written as `\x..`, non-printable runes as `\u....`/`\U........`.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut rest = s;
    while !rest.is_empty() {
        let (c, width) = decode_utf8(rest);
        match c {
            None => out.push_str(&format!("\\x{:02x}", rest[0])),
            Some(c) => escape_rune(&mut out, c),
        }
        rest = &rest[width..];
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 sequence; `(None, 1)` for an invalid byte, as `utf8.DecodeRune`.
fn decode_utf8(s: &[u8]) -> (Option<char>, usize) {
    let len = match s[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (None, 1),
    };
    match s.get(..len).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(t) => (t.chars().next(), len),
        None => (None, 1),
    }
}

fn escape_rune(out: &mut String, c: char) {
    match c {
        '"' | '\\' => {
            out.push('\\');
            out.push(c);
        }
        _ if is_print(c) => out.push(c),
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        _ if c < ' ' || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
        _ if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        _ => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// Go's `strconv.IsPrint` (letters, marks, numbers, punctuation, symbols, ASCII space).
///
/// Approximation: non-ASCII runes are printable except the C0/C1 controls, the Unicode
/// space separators, the common format characters (`Cf`), private-use areas and
/// noncharacters; unassigned code points count as printable (Go would escape them).
fn is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    const NOT_PRINT: &[(u32, u32)] = &[
        (0x80, 0xa0),
        (0xad, 0xad),
        (0x600, 0x605),
        (0x61c, 0x61c),
        (0x6dd, 0x6dd),
        (0x70f, 0x70f),
        (0x890, 0x891),
        (0x8e2, 0x8e2),
        (0x1680, 0x1680),
        (0x180e, 0x180e),
        (0x2000, 0x200f),
        (0x2028, 0x202f),
        (0x205f, 0x2064),
        (0x2066, 0x206f),
        (0x3000, 0x3000),
        (0xd800, 0xf8ff),
        (0xfdd0, 0xfdef),
        (0xfeff, 0xfeff),
        (0xfff9, 0xfffb),
        (0x110bd, 0x110bd),
        (0x110cd, 0x110cd),
        (0x13430, 0x1343f),
        (0x1bca0, 0x1bca3),
        (0x1d173, 0x1d17a),
        (0xe0001, 0xe0001),
        (0xe0020, 0xe007f),
        (0xf0000, 0x10ffff),
    ];
    if u & 0xfffe == 0xfffe {
        return false; // U+xFFFE and U+xFFFF in every plane
    }
    !NOT_PRINT.iter().any(|&(lo, hi)| lo <= u && u <= hi)
}

/// go/constant's `floatVal.String`: `%.6g` of the nearest float64 (with all digits if that
/// would hide a fraction), or an approximate `%.6ge%+d` outside float64's range.
fn float_string(f: &BigFloat) -> String {
    let (x, _) = dyadic_to_ieee(f.neg, &f.dyadic(), Ieee::F64);
    if f.is_zero() == (x == 0.0) && x.is_finite() {
        let s = format_g(x, Some(6));
        if !f.is_int() && !s.contains('.') {
            return format_g(x, None);
        }
        return s;
    }
    // f = mant·2^exp with 0.5 <= |mant| < 1; approximate it as m·10^e.
    let exp = f.top();
    let mant = BigFloat { neg: f.neg, mant: f.mant.clone(), exp: -(f.mant.bits() as i64) };
    let (mut m, _) = dyadic_to_ieee(mant.neg, &mant.dyadic(), Ieee::F64);
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        // %.6g rounds m to 5 digits after the point: keep m·10 below 10 even then.
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// Go's `%g` (`prec == None`, shortest representation) or `%.<prec>g` of a finite `f64`
/// (strconv's `'g'` format).
fn format_g(x: f64, prec: Option<usize>) -> String {
    let a = x.abs();
    // Decimal digits d1 d2 … dn (no trailing zeros) and decimal point position dp:
    // a = 0.d1…dn·10^dp. Rust's `{:e}` gives the shortest round-tripping digits and
    // `{:.Ne}` correctly rounded ones (ties to even), as strconv does.
    let sci = match prec {
        Some(p) => format!("{:.*e}", p.max(1) - 1, a),
        None => format!("{a:e}"),
    };
    let (mant, exp) = sci.split_once('e').expect("invariant: {:e} has an exponent");
    let exp: i64 = exp.parse().expect("invariant: {:e} exponent is an integer");
    let mut digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    let nd = digits.len() as i64;
    let dp = if nd == 0 { 0 } else { exp + 1 };
    let shortest = prec.is_none();
    let mut prec = prec.map_or(nd, |p| p.max(1) as i64);
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    // %e is used if the exponent from the conversion is less than -4 or greater than or
    // equal to the precision; shortest formatting decides with precision 6.
    if shortest {
        eprec = 6;
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let exp10 = dp - 1;
    if exp10 < -4 || exp10 >= eprec {
        if prec > nd {
            prec = nd;
        }
        fmt_e(&mut out, &digits, dp, prec - 1);
    } else {
        if prec > dp {
            prec = nd;
        }
        fmt_f(&mut out, &digits, dp, (prec - dp).max(0));
    }
    out
}

/// strconv's `%e` layout: `d.ddde±dd` with `prec` digits after the point.
fn fmt_e(out: &mut String, digits: &[u8], dp: i64, prec: i64) {
    let digit = |i: i64| -> char { usize::try_from(i).ok().and_then(|i| digits.get(i)).map_or('0', |&d| d as char) };
    out.push(digit(0));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digit(i));
        }
    }
    let exp = if digits.is_empty() { 0 } else { dp - 1 };
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// strconv's `%f` layout with `prec` digits after the point.
fn fmt_f(out: &mut String, digits: &[u8], dp: i64, prec: i64) {
    let digit = |i: i64| -> char { usize::try_from(i).ok().and_then(|i| digits.get(i)).map_or('0', |&d| d as char) };
    if dp > 0 {
        for i in 0..dp {
            out.push(digit(i));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(digit(dp + i));
        }
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from real Go 1.27.3 unless a comment says otherwise:
    //! "[oracle]" marks output of a program calling go/constant (`MakeFromLiteral`,
    //! `BinaryOp`, `ToInt`, `Float64Val`, `Value.String`) and go/types (`types.Eval` of a
    //! constant expression, which shares types2's constant rules), run with
    //! `go-oracle go run`; "[gc]" marks messages of `go build` recorded with `go-expect`.
    use super::*;
    use BasicKind as K;

    fn float(s: &str) -> ConstValue {
        ConstValue::from_literal(LitKind::Float, s)
    }
    fn int(s: &str) -> ConstValue {
        ConstValue::from_literal(LitKind::Int, s)
    }
    fn neg(v: ConstValue) -> ConstValue {
        v.unary_op(UnaryOp::Neg, None).expect("numeric")
    }
    fn show(v: &ConstValue) -> String {
        v.to_string()
    }
    fn bin(x: &ConstValue, op: BinaryOp, y: &ConstValue) -> ConstValue {
        x.binary_op(op, y, false).expect("valid operation")
    }
    fn int_bin(x: &ConstValue, op: BinaryOp, y: &ConstValue) -> ConstValue {
        x.binary_op(op, y, true).expect("valid operation")
    }
    fn conv(x: &ConstValue, from: BasicKind, to: BasicKind) -> ConstValue {
        x.convert(from, to).expect("convertible")
    }

    #[test]
    fn float_literals_print_like_go() {
        // [oracle] constant.MakeFromLiteral(s, token.FLOAT, 0).String()
        let cases = [
            ("1e100", "1e+100"),
            ("0.1", "0.1"),
            ("1.5", "1.5"),
            ("3.00000000000000000001", "3"),
            ("1e-5", "1e-05"),
            ("0x1p-2", "0.25"),
            ("1e400", "1e+400"),
            ("1e-400", "1e-400"),
            ("1e1000000", "1e+1000000"),
            ("123456789.0", "1.23457e+08"),
            ("1e5000", "1e+5000"),
            ("0x1p-5000", "0.707981e-1505"),
            ("6.02214076e23", "6.02214e+23"),
            ("1e-1000000", "1e-1000000"),
            ("1e-1000000000", "0"),
            ("0x1.8p1", "3"),
            ("1_000.000_1", "1000.0001"),
            (".5", "0.5"),
            ("1.", "1"),
            ("0.000001", "1e-06"),
            ("100000.5", "100000.5"),
            ("1234567.0", "1.23457e+06"),
            ("2.5e-7", "2.5e-07"),
            ("0X_1FFFp-16", "0.124985"),
            ("1e646456992", "1e+646456992"),
            ("1e-646457008", "0"),
        ];
        for (lit, want) in cases {
            let v = float(lit);
            assert_eq!(v.kind(), ConstKind::Float, "{lit}");
            assert_eq!(show(&v), want, "{lit}");
        }
        // [oracle] Kind() == Unknown: big.Float overflows to ±Inf (gc: malformed constant).
        assert!(float("1e1000000000").is_unknown());
        assert!(float("1e646456993").is_unknown());
    }

    #[test]
    fn float_literal_representation() {
        // Exact while the binary exponent is within ±4096, inexact beyond (go/constant).
        assert!(matches!(float("1e1000"), ConstValue::Float(f) if f.is_exact()));
        assert!(matches!(float("1e-1200"), ConstValue::Float(f) if f.is_exact()));
        assert!(matches!(float("1e5000"), ConstValue::Float(f) if !f.is_exact()));
        assert!(matches!(float("0x1p-5000"), ConstValue::Float(f) if !f.is_exact()));
        assert_eq!(float("0.0"), ConstValue::from_f64(0.0));
        assert_eq!(float("0x1p-2"), ConstValue::from_f64(0.25));
        assert_eq!(float("0x.8p0"), ConstValue::from_f64(0.5));
        assert_eq!(float("1e3"), ConstValue::from_f64(1000.0));
        assert!(ConstValue::from_literal(LitKind::Float, "0x1.8").is_unknown());
        assert!(ConstValue::from_literal(LitKind::Float, "1e").is_unknown());
        assert!(ConstValue::from_literal(LitKind::Imag, "1i").is_unknown());
    }

    #[test]
    fn int_literals() {
        // [oracle] constant.MakeFromLiteral(s, token.INT, 0).String()
        let cases = [
            ("0", "0"),
            ("42", "42"),
            ("0x_FF", "255"),
            ("0o17", "15"),
            ("017", "15"),
            ("0b1010", "10"),
            ("1_000_000", "1000000"),
            ("123456789012345678901234567890", "123456789012345678901234567890"),
            ("0XABCDEFabcdef0123456789", "207698821434737221603518345"),
        ];
        for (lit, want) in cases {
            assert_eq!(show(&int(lit)), want, "{lit}");
        }
        assert!(int("0x").is_unknown());
        assert!(int("09").is_unknown());
    }

    #[test]
    fn rune_literals() {
        // [oracle] constant.MakeFromLiteral(s, token.CHAR, 0).String()
        let cases = [
            (r"'a'", 97),
            (r"'\n'", 10),
            (r"'\x41'", 65),
            (r"'\377'", 255),
            (r"'\u00e9'", 233),
            (r"'\U0001F600'", 128512),
            ("'é'", 233),
            (r"'\''", 39),
            (r"'\\'", 92),
        ];
        for (lit, want) in cases {
            assert_eq!(ConstValue::from_literal(LitKind::Rune, lit), ConstValue::int(want), "{lit}");
        }
        for bad in [r"'ab'", r"'\400'", r"'\uD800'", r"'\U00110000'", r#"'\"'"#, "''", r"'\q'"] {
            assert!(ConstValue::from_literal(LitKind::Rune, bad).is_unknown(), "{bad}");
        }
    }

    #[test]
    fn string_literals_and_quoting() {
        // [oracle] constant.MakeFromLiteral(s, token.STRING, 0).String()
        let cases = [
            (r#""abc""#, r#""abc""#),
            (r#""a\tb\n""#, r#""a\tb\n""#),
            (r#""\xff\x00""#, r#""\xff\x00""#),
            (r#""é\u00e9\U0001F600""#, "\"éé😀\""),
            ("`raw\\n`", r#""raw\\n""#),
            ("`a\r\nb`", r#""a\nb""#),
            (r#""\a\b\f\v\\\"""#, r#""\a\b\f\v\\\"""#),
            (r#""\u00a0\u00ad\u200b\ufeff""#, r#""\u00a0\u00ad\u200b\ufeff""#),
            (r#""\x7f\x01""#, r#""\x7f\x01""#),
        ];
        for (lit, want) in cases {
            let v = ConstValue::from_literal(LitKind::String, lit);
            assert_eq!(show(&v), want, "{lit}");
        }
        assert_eq!(
            ConstValue::from_literal(LitKind::String, r#""\xff\101\u00e9""#).as_bytes(),
            Some(&b"\xffA\xc3\xa9"[..])
        );
        assert!(ConstValue::from_literal(LitKind::String, r#""\'""#).is_unknown());
        assert!(ConstValue::from_literal(LitKind::String, "\"a").is_unknown());
        // [oracle] long strings are cut to 72 runes including the "...".
        let long = ConstValue::string("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
        assert_eq!(show(&long), r#""abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop..."#);
        let long2 = ConstValue::string("é".repeat(76));
        assert_eq!(show(&long2), format!("\"{}...", "é".repeat(68)));
    }

    #[test]
    fn integer_arithmetic() {
        // [oracle] types.Eval of each expression.
        let i = |x: i64| ConstValue::int(x);
        assert_eq!(
            show(&int_bin(
                &bin(&i(1), BinaryOp::Add, &i(0)).shift(BinaryOp::Shl, 62).expect("valid operation"),
                BinaryOp::Div,
                &i(3)
            )),
            "1537228672809129301"
        );
        assert_eq!(int_bin(&i(-5), BinaryOp::Rem, &i(3)), i(-2));
        assert_eq!(int_bin(&i(-5), BinaryOp::Div, &i(3)), i(-1));
        assert_eq!(int_bin(&i(5), BinaryOp::AndNot, &i(3)), i(4));
        assert_eq!(i(-5).shift(BinaryOp::Shr, 1), Ok(i(-3)));
        assert_eq!(i(-1).shift(BinaryOp::Shl, 3), Ok(i(-8)));
        assert_eq!(int_bin(&i(7), BinaryOp::And, &i(-2)), i(6));
        assert_eq!(int_bin(&i(-7), BinaryOp::Or, &i(2)), i(-5));
        assert_eq!(int_bin(&i(-7), BinaryOp::Xor, &i(2)), i(-5));
        let big = i(1).shift(BinaryOp::Shl, 100).expect("valid operation");
        assert_eq!(show(&big), "1267650600228229401496703205376");
        assert_eq!(big.shift(BinaryOp::Shr, 98), Ok(i(4)));
        assert_eq!(i(1).shift(BinaryOp::Shl, MAX_SHIFT + 1), Err(ConstOpError::ShiftCountTooLarge));
        assert!(!i(1).shift(BinaryOp::Shl, 511).expect("valid operation").is_untyped_overflow());
        assert!(i(1).shift(BinaryOp::Shl, 512).expect("valid operation").is_untyped_overflow());
        assert!(i(1).shift(BinaryOp::Shl, 600).expect("valid operation").is_untyped_overflow());
        // Untyped int / untyped int that is not an integer division yields the exact quotient.
        assert_eq!(show(&bin(&i(1), BinaryOp::Div, &i(3))), "0.333333");
        assert_eq!(i(1).binary_op(BinaryOp::Div, &i(0), true), Err(ConstOpError::DivisionByZero));
        assert_eq!(i(1).binary_op(BinaryOp::Rem, &i(0), true), Err(ConstOpError::DivisionByZero));
        assert_eq!(
            ConstValue::from_f64(1.0).binary_op(BinaryOp::Div, &ConstValue::from_f64(0.0), false),
            Err(ConstOpError::DivisionByZero)
        );
        // 'a' * 10 (untyped rune 970), 'a' + 1.5 (untyped float 98.5).
        let a = ConstValue::from_literal(LitKind::Rune, "'a'");
        assert_eq!(int_bin(&a, BinaryOp::Mul, &i(10)), i(970));
        assert_eq!(show(&bin(&a, BinaryOp::Add, &float("1.5"))), "98.5");
    }

    #[test]
    fn complement_respects_unsigned_size() {
        // [oracle] ^uint8(1) = 254, ^1 = -2, ^int8(1) = -2, ^uint64(0) = 18446744073709551615,
        // ^uint(0)>>1 = 9223372036854775807.
        let i = |x: i64| ConstValue::int(x);
        assert_eq!(i(1).unary_op(UnaryOp::BitNot, Some(8)), Ok(i(254)));
        assert_eq!(i(1).unary_op(UnaryOp::BitNot, None), Ok(i(-2)));
        let max64 = i(0).unary_op(UnaryOp::BitNot, K::Uint64.int_bits()).expect("valid operation");
        assert_eq!(show(&max64), "18446744073709551615");
        assert_eq!(max64.shift(BinaryOp::Shr, 1), Ok(ConstValue::int(i64::MAX)));
        assert_eq!(i(3).unary_op(UnaryOp::Neg, None), Ok(i(-3)));
        assert_eq!(ConstValue::Bool(true).unary_op(UnaryOp::Not, None), Ok(ConstValue::Bool(false)));
        assert_eq!(show(&float("0.5").unary_op(UnaryOp::Neg, None).expect("valid operation")), "-0.5");
        assert_eq!(ConstValue::string("x").unary_op(UnaryOp::Neg, None), Err(ConstOpError::InvalidOperands));
        // [gc] ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8
        let x = i(0).unary_op(UnaryOp::BitNot, Some(8)).expect("valid operation");
        let sum = int_bin(&x, BinaryOp::Add, &i(1));
        assert_eq!(show(&sum), "256");
        assert_eq!(sum.representation(K::Uint8, K::Uint8), Err(NotRepresentable::Overflows));
    }

    #[test]
    fn float_arithmetic() {
        // [oracle] types.Eval of each expression.
        let cases: [(ConstValue, &str); 12] = [
            (bin(&bin(&float("1e300"), BinaryOp::Mul, &float("1e10")), BinaryOp::Div, &float("1e10")), "1e+300"),
            (bin(&float("1.0"), BinaryOp::Div, &ConstValue::int(3)), "0.333333"),
            (bin(&bin(&float("2.0"), BinaryOp::Div, &ConstValue::int(3)), BinaryOp::Mul, &ConstValue::int(3)), "2"),
            (bin(&float("1e5000"), BinaryOp::Div, &float("1e4990")), "1e+10"),
            (bin(&float("1e-2000"), BinaryOp::Mul, &float("1e-2000")), "1e-4000"),
            (bin(&bin(&float("1e-2000"), BinaryOp::Mul, &float("1e-2000")), BinaryOp::Mul, &float("1e4000")), "1"),
            (bin(&float("0.1"), BinaryOp::Add, &float("0.2")), "0.3"),
            (bin(&float("1e308"), BinaryOp::Mul, &ConstValue::int(10)), "1e+309"),
            (bin(&float("1e100"), BinaryOp::Div, &ConstValue::int(3)), "3.33333e+99"),
            (bin(&float("1e400"), BinaryOp::Mul, &ConstValue::int(0)), "0"),
            (
                bin(
                    &ConstValue::int(1).shift(BinaryOp::Shl, 500).expect("valid operation"),
                    BinaryOp::Mul,
                    &float("1.0"),
                ),
                "3.27339e+150",
            ),
            (bin(&bin(&float("1e200"), BinaryOp::Mul, &float("1e200")), BinaryOp::Mul, &float("1e200")), "1e+600"),
        ];
        for (i, (v, want)) in cases.iter().enumerate() {
            assert_eq!(show(v), *want, "case {i}");
        }
        assert_eq!(show(&bin(&float("0.1e-300"), BinaryOp::Mul, &float("1e-300"))), "1e-601");
        // Components beyond 4096 bits turn the exact fraction into a 512-bit float.
        let tiny = bin(&float("1e-2000"), BinaryOp::Mul, &float("1e-2000"));
        assert!(matches!(&tiny, ConstValue::Float(f) if !f.is_exact()));
        // Display of values whose %.6g form hides the fraction uses all digits.
        // [oracle] 1000000.5 => 1.0000005e+06, 1234567.5 => 1.23457e+06, 1e-7 => 1e-07.
        assert_eq!(show(&float("1000000.5")), "1.0000005e+06");
        assert_eq!(show(&float("1234567.5")), "1.23457e+06");
        assert_eq!(show(&float("0.00001234")), "1.234e-05");
        assert_eq!(show(&float("123456.7")), "123456.7");
        assert_eq!(show(&neg(float("1e-10"))), "-1e-10");
        assert_eq!(show(&float("4.9e-324")), "4.94066e-324");
    }

    #[test]
    fn comparisons() {
        // [oracle] 1 == 1.0, "a" < "b", 1.5 > 1 are true; true && false is false.
        let one = ConstValue::int(1);
        assert_eq!(one.compare(BinaryOp::Eq, &float("1.0")), Ok(true));
        assert_eq!(ConstValue::string("a").compare(BinaryOp::Lt, &ConstValue::string("b")), Ok(true));
        assert_eq!(float("1.5").compare(BinaryOp::Gt, &one), Ok(true));
        assert_eq!(
            ConstValue::Bool(true).binary_op(BinaryOp::AndAnd, &ConstValue::Bool(false), false),
            Ok(ConstValue::Bool(false))
        );
        assert_eq!(float("1e5000").compare(BinaryOp::Gt, &float("1e4999")), Ok(true));
        assert_eq!(neg(float("1e5000")).compare(BinaryOp::Lt, &float("1e-5000")), Ok(true));
        assert_eq!(float("1e5000").compare(BinaryOp::Eq, &float("1e5000")), Ok(true));
        assert_eq!(ConstValue::Unknown.compare(BinaryOp::Eq, &ConstValue::Unknown), Ok(false));
        assert_eq!(one.compare(BinaryOp::Eq, &ConstValue::string("1")), Err(ConstOpError::InvalidOperands));
        assert_eq!(
            ConstValue::Bool(true).compare(BinaryOp::Lt, &ConstValue::Bool(false)),
            Err(ConstOpError::InvalidOperands)
        );
    }

    #[test]
    fn to_int_tolerates_rounding_error() {
        // [oracle] ToInt(1e5000/3e4999) is unknown; ToInt(1e5000/7e4990*7) is 10000000000,
        // whose Float64Val is exact 1e10.
        let third = bin(&float("1e5000"), BinaryOp::Div, &float("3e4999"));
        assert_eq!(show(&third), "3.33333");
        assert!(third.to_int().is_unknown());
        let y = bin(&bin(&float("1e5000"), BinaryOp::Div, &float("7e4990")), BinaryOp::Mul, &float("7"));
        assert_eq!(y.to_int(), ConstValue::int(10_000_000_000i64));
        assert_eq!(y.to_f64(), Some((1e10, true)));
        assert!(float("2.0").is_integral());
        assert!(!float("2.5").is_integral());
        assert_eq!(float("1e20").to_int().to_string(), "100000000000000000000");
        assert!(float("1e5000").to_int().is_unknown()); // too large to become an integer
    }

    #[test]
    fn float_conversions_round() {
        // [oracle] types.Eval of each conversion.
        let f32v = |s: &str| conv(&float(s), K::UntypedFloat, K::Float32);
        let f64v = |s: &str| conv(&float(s), K::UntypedFloat, K::Float64);
        assert_eq!(f32v("0.1"), ConstValue::from_f64(f64::from(0.1f32)));
        assert_eq!(show(&f32v("0.1")), "0.1");
        assert_eq!(show(&f64v("0.1")), "0.1");
        assert_eq!(show(&f32v("1e-50")), "0");
        assert_eq!(show(&f64v("1e-400")), "0");
        assert_eq!(show(&conv(&ConstValue::int(16777217), K::UntypedInt, K::Float32)), "1.67772e+07");
        assert_eq!(conv(&ConstValue::int(16777217), K::UntypedInt, K::Float32), ConstValue::from_f64(16777216.0));
        assert_eq!(show(&f32v("3.4028235e38")), "3.40282e+38");
        assert_eq!(float("3.4028236e38").convert(K::UntypedFloat, K::Float32), Err(ConversionError::Invalid));
        let big = ConstValue::int(1).shift(BinaryOp::Shl, 128).expect("valid operation");
        assert_eq!(big.convert(K::UntypedInt, K::Float32), Err(ConversionError::Invalid));
        let sum = bin(&float("0.1"), BinaryOp::Add, &float("0.2"));
        assert_eq!(show(&sum), "0.3");
        let typed = bin(&f64v("0.1"), BinaryOp::Add, &f64v("0.2"));
        let typed = typed.representation(K::Float64, K::Float64).expect("valid operation");
        assert_eq!(show(&typed), "0.3");
        assert_eq!(typed.to_f64(), Some((0.30000000000000004, true)));
        let over = bin(&float("1e308"), BinaryOp::Mul, &ConstValue::int(10));
        assert_eq!(over.convert(K::UntypedFloat, K::Float64), Err(ConversionError::Invalid));
        assert_eq!(show(&f64v("2.4703282292062327e-324")), "0");
        assert_eq!(show(&f64v("2.4703282292062328e-324")), "4.94066e-324");
        assert_eq!(show(&f32v("1.401298464324817e-45")), "1.4013e-45");
        assert_eq!(show(&f32v("0.7e-45")), "0");
        assert_eq!(show(&f32v("0.71e-45")), "1.4013e-45");
        assert_eq!(
            show(&f64v("1e100").binary_op(BinaryOp::Div, &ConstValue::int(3), false).expect("valid operation")),
            "3.33333e+99"
        );
        let huge = bin(&float("1e5000"), BinaryOp::Div, &float("1e4990"));
        assert_eq!(huge.to_f64(), Some((1e10, true)));
    }

    #[test]
    fn integer_conversions_and_strings() {
        // [oracle] string(65) = "A"; string(-1), string(0x10FFFF+1), string(0xD800) = "\uFFFD";
        // int8(200): constant 200 overflows int8; uint(-1.5): cannot convert; uint8(255) ok;
        // int64(1e18) ok; int(1e19): cannot convert; uint64(1<<64 - 1) ok.
        let i = |x: i64| ConstValue::int(x);
        assert_eq!(conv(&i(65), K::UntypedInt, K::String), ConstValue::string("A"));
        for bad in [-1, 0x110000, 0xD800] {
            assert_eq!(conv(&i(bad), K::UntypedInt, K::String), ConstValue::string("\u{FFFD}"));
        }
        assert_eq!(i(200).convert(K::UntypedInt, K::Int8), Err(ConversionError::Overflows));
        assert_eq!(neg(float("1.5")).convert(K::UntypedFloat, K::Uint), Err(ConversionError::Invalid));
        assert_eq!(conv(&i(255), K::UntypedInt, K::Uint8), i(255));
        assert_eq!(conv(&float("1e18"), K::UntypedFloat, K::Int64), i(1_000_000_000_000_000_000));
        assert_eq!(float("1e19").convert(K::UntypedFloat, K::Int), Err(ConversionError::Invalid));
        let max = bin(&i(1).shift(BinaryOp::Shl, 64).expect("valid operation"), BinaryOp::Sub, &i(1));
        assert_eq!(show(&conv(&max, K::UntypedInt, K::Uint64)), "18446744073709551615");
        assert_eq!(ConstValue::string("x").convert(K::UntypedString, K::Int), Err(ConversionError::Invalid));
        assert_eq!(conv(&ConstValue::string("x"), K::UntypedString, K::String), ConstValue::string("x"));
    }

    #[test]
    fn representation_reasons_match_gc() {
        // [gc] messages of assignments (go-expect on bad programs):
        //   var a int = 1e100      -> (untyped float constant 1e+100) ... (truncated)
        //   var b int8 = 300       -> (untyped int constant) ... (overflows)
        //   var c int = 1.5        -> (truncated)
        //   var d uint8 = -1       -> (overflows)
        //   var e float32 = 1e100  -> (untyped float constant 1e+100) ... (overflows)
        //   var h float64 = 1e400  -> (untyped float constant 1e+400) ... (overflows)
        //   var g int = 1e-5       -> (untyped float constant 1e-05) ... (truncated)
        //   var h int = 0x1p-2     -> (untyped float constant 0.25) ... (truncated)
        //   var b int = 1.0e20     -> (untyped float constant 1e+20) ... (truncated)
        //   var i uint = 1e20      -> (truncated)
        //   var c int32 = 1 << 40  -> (untyped int constant 1099511627776) ... (overflows)
        //   var g int = 3.00000000000000000001 -> (untyped float constant 3) (truncated)
        //   var c string = 1 / var d int = "x" -> no reason
        //   var j = -(-9223372036854775808) -> (untyped int constant 9223372036854775808) as int (overflows)
        use NotRepresentable::*;
        let cases = [
            (float("1e100"), K::UntypedFloat, K::Int, Truncated, "1e+100"),
            (int("300"), K::UntypedInt, K::Int8, Overflows, "300"),
            (float("1.5"), K::UntypedFloat, K::Int, Truncated, "1.5"),
            (ConstValue::int(-1), K::UntypedInt, K::Uint8, Overflows, "-1"),
            (float("1e100"), K::UntypedFloat, K::Float32, Overflows, "1e+100"),
            (float("1e400"), K::UntypedFloat, K::Float64, Overflows, "1e+400"),
            (float("1e-5"), K::UntypedFloat, K::Int, Truncated, "1e-05"),
            (float("0x1p-2"), K::UntypedFloat, K::Int, Truncated, "0.25"),
            (float("1.0e20"), K::UntypedFloat, K::Int, Truncated, "1e+20"),
            (float("1e20"), K::UntypedFloat, K::Uint, Truncated, "1e+20"),
            (
                ConstValue::int(1).shift(BinaryOp::Shl, 40).expect("valid operation"),
                K::UntypedInt,
                K::Int32,
                Overflows,
                "1099511627776",
            ),
            (float("3.00000000000000000001"), K::UntypedFloat, K::Int, Truncated, "3"),
            (int("1"), K::UntypedInt, K::String, Invalid, "1"),
            (ConstValue::string("x"), K::UntypedString, K::Int, Invalid, "\"x\""),
            (
                ConstValue::int(1).shift(BinaryOp::Shl, 63).expect("valid operation"),
                K::UntypedInt,
                K::Int,
                Overflows,
                "9223372036854775808",
            ),
        ];
        for (v, from, to, reason, shown) in cases {
            assert_eq!(v.representation(from, to), Err(reason), "{v} as {}", to.name());
            assert_eq!(show(&v), shown);
        }
        // A float whose value is integral converts to an integer type (var x int8 = 100.0).
        assert_eq!(float("100.0").representation(K::UntypedFloat, K::Int8), Ok(ConstValue::int(100)));
        // Boundaries of every sized integer kind.
        for (kind, lo, hi) in [
            (K::Int8, -128i128, 127i128),
            (K::Int16, -32768, 32767),
            (K::Int32, -(1 << 31), (1 << 31) - 1),
            (K::Int64, -(1 << 63), (1 << 63) - 1),
            (K::Int, -(1 << 63), (1 << 63) - 1),
            (K::Uint8, 0, 255),
            (K::Uint16, 0, 65535),
            (K::Uint32, 0, (1 << 32) - 1),
            (K::Uint64, 0, (1 << 64) - 1),
            (K::Uint, 0, (1 << 64) - 1),
            (K::Uintptr, 0, (1 << 64) - 1),
        ] {
            let at = |x: i128| ConstValue::Int(BigInt::from(x));
            assert!(at(lo).representable(kind).is_some(), "{kind:?} {lo}");
            assert!(at(hi).representable(kind).is_some(), "{kind:?} {hi}");
            assert!(at(lo - 1).representable(kind).is_none(), "{kind:?} {lo}-1");
            assert!(at(hi + 1).representable(kind).is_none(), "{kind:?} {hi}+1");
        }
        assert!(ConstValue::Unknown.representable(K::Int8).is_some());
        assert_eq!(ConstValue::Bool(true).representation(K::UntypedBool, K::Bool), Ok(ConstValue::Bool(true)));
        assert_eq!(ConstValue::Bool(true).representation(K::UntypedBool, K::String), Err(Invalid));
    }

    #[test]
    fn runtime_bits_for_lowering() {
        let i = |x: i64| ConstValue::int(x);
        assert_eq!(i(-1).runtime_bits(K::Int8), Some(RuntimeBits::Int(u64::MAX)));
        assert_eq!(i(255).runtime_bits(K::Uint8), Some(RuntimeBits::Int(255)));
        assert_eq!(i(256).runtime_bits(K::Uint8), None);
        let max = i(0).unary_op(UnaryOp::BitNot, Some(64)).expect("valid operation");
        assert_eq!(max.runtime_bits(K::Uint64), Some(RuntimeBits::Int(u64::MAX)));
        assert_eq!(float("0.1").runtime_bits(K::Float64), Some(RuntimeBits::F64(0.1f64.to_bits())));
        assert_eq!(float("0.1").runtime_bits(K::Float32), Some(RuntimeBits::F32(0.1f32.to_bits())));
        assert_eq!(float("0.1").runtime_bits(K::UntypedFloat), Some(RuntimeBits::F64(0.1f64.to_bits())));
        assert_eq!(i(3).runtime_bits(K::Float64), Some(RuntimeBits::F64(3.0f64.to_bits())));
        assert_eq!(float("1.5").runtime_bits(K::Int), None);
        assert_eq!(ConstValue::string("hi").runtime_bits(K::String), Some(RuntimeBits::Str(b"hi")));
        assert_eq!(ConstValue::Bool(true).runtime_bits(K::UntypedBool), Some(RuntimeBits::Bool(true)));
        assert_eq!(ConstValue::string("A").runtime_bits(K::Int), None);
    }

    #[test]
    fn go_g_formatting() {
        // [oracle] fmt.Printf("%.6g|%g", f, f)
        let cases = [
            (1234565.0, "1.23456e+06", "1.234565e+06"),
            (0.125, "0.125", "0.125"),
            (1e21, "1e+21", "1e+21"),
            (123456789.0, "1.23457e+08", "1.23456789e+08"),
            (0.0001, "0.0001", "0.0001"),
            (0.00001, "1e-05", "1e-05"),
            (100000.0, "100000", "100000"),
            (1000000.0, "1e+06", "1e+06"),
            (3.0000001, "3", "3.0000001"),
            (1.0 / 3.0, "0.333333", "0.3333333333333333"),
            (5e-324, "4.94066e-324", "5e-324"),
            (1.7976931348623157e308, "1.79769e+308", "1.7976931348623157e+308"),
            (12345.65, "12345.6", "12345.65"),
            (0.0, "0", "0"),
            (-2.5, "-2.5", "-2.5"),
        ];
        for (x, g6, g) in cases {
            assert_eq!(format_g(x, Some(6)), g6, "{x}");
            assert_eq!(format_g(x, None), g, "{x}");
        }
    }

    #[test]
    fn unknown_propagates() {
        let u = ConstValue::Unknown;
        assert_eq!(u.binary_op(BinaryOp::Add, &ConstValue::int(1), false), Ok(ConstValue::Unknown));
        assert_eq!(u.unary_op(UnaryOp::Neg, None), Ok(ConstValue::Unknown));
        assert_eq!(u.shift(BinaryOp::Shl, 3), Ok(ConstValue::Unknown));
        assert_eq!(u.sign(), 1);
        assert_eq!(show(&u), "unknown");
        assert_eq!(
            ConstValue::int(1).binary_op(BinaryOp::Add, &ConstValue::string("a"), false),
            Err(ConstOpError::InvalidOperands)
        );
        assert_eq!(
            ConstValue::string("a").binary_op(BinaryOp::Add, &ConstValue::string("b"), false),
            Ok(ConstValue::string("ab"))
        );
    }
}
