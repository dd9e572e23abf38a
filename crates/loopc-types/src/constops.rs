//! Thin adapter between the checker's [`crate::types::BasicKind`] and the constant module's
//! own basic kinds, plus small helpers the checker uses on constant values.

use crate::constant::{self as c, ConstValue};
use crate::types::BasicKind;
use loopc_syntax::ast::{BinaryOp, LitKind, UnaryOp};

/// The constant module's kind for a checker basic kind (`None` for kinds no constant has).
pub(crate) fn ckind(k: BasicKind) -> Option<c::BasicKind> {
    use BasicKind::*;
    Some(match k.canonical() {
        Bool => c::BasicKind::Bool,
        Int => c::BasicKind::Int,
        Int8 => c::BasicKind::Int8,
        Int16 => c::BasicKind::Int16,
        Int32 => c::BasicKind::Int32,
        Int64 => c::BasicKind::Int64,
        Uint => c::BasicKind::Uint,
        Uint8 => c::BasicKind::Uint8,
        Uint16 => c::BasicKind::Uint16,
        Uint32 => c::BasicKind::Uint32,
        Uint64 => c::BasicKind::Uint64,
        Uintptr => c::BasicKind::Uintptr,
        Float32 => c::BasicKind::Float32,
        Float64 => c::BasicKind::Float64,
        String => c::BasicKind::String,
        UntypedBool => c::BasicKind::UntypedBool,
        UntypedInt => c::BasicKind::UntypedInt,
        UntypedRune => c::BasicKind::UntypedRune,
        UntypedFloat => c::BasicKind::UntypedFloat,
        UntypedString => c::BasicKind::UntypedString,
        _ => return None,
    })
}

pub(crate) fn int(i: i64) -> ConstValue {
    ConstValue::int(i)
}

pub(crate) fn unknown() -> ConstValue {
    ConstValue::Unknown
}

pub(crate) fn from_literal(kind: LitKind, raw: &str) -> Option<ConstValue> {
    if matches!(kind, LitKind::Int | LitKind::Float) && raw.len() > c::MAX_LITERAL_LEN {
        return None;
    }
    let v = ConstValue::from_literal(kind, raw);
    (!v.is_unknown()).then_some(v)
}

pub(crate) fn to_string(v: &ConstValue) -> String {
    v.to_string()
}

pub(crate) fn is_unknown(v: &ConstValue) -> bool {
    v.is_unknown()
}

pub(crate) fn is_zero(v: &ConstValue) -> bool {
    matches!(v, ConstValue::Int(_) | ConstValue::Float(_)) && v.sign() == 0
}

pub(crate) fn is_negative(v: &ConstValue) -> bool {
    v.sign() < 0
}

pub(crate) fn int_bit_len(v: &ConstValue) -> u64 {
    v.bit_len()
}

/// `ToInt`, or `None` if the value is not integral.
pub(crate) fn to_int(v: &ConstValue) -> Option<ConstValue> {
    let r = v.to_int();
    (r.kind() == c::ConstKind::Int).then_some(r)
}

pub(crate) fn int64(v: &ConstValue) -> Option<i64> {
    v.to_i64()
}

pub(crate) fn uint64(v: &ConstValue) -> Option<u64> {
    v.to_u64()
}

pub(crate) fn unary(op: UnaryOp, v: &ConstValue, prec_bits: Option<u64>) -> ConstValue {
    v.unary_op(op, prec_bits.map(|b| b as u32)).unwrap_or(ConstValue::Unknown)
}

pub(crate) fn binary(op: BinaryOp, x: &ConstValue, y: &ConstValue, int_div: bool) -> ConstValue {
    x.binary_op(op, y, int_div).unwrap_or(ConstValue::Unknown)
}

pub(crate) fn shift(x: &ConstValue, op: BinaryOp, s: u64) -> ConstValue {
    x.shift(op, s).unwrap_or(ConstValue::Unknown)
}

pub(crate) fn compare(x: &ConstValue, op: BinaryOp, y: &ConstValue) -> bool {
    x.compare(op, y).unwrap_or(false)
}

/// `representableConst` for basic kind `k`, or `None`.
pub(crate) fn representable(v: &ConstValue, k: BasicKind) -> Option<ConstValue> {
    let ck = ckind(k)?;
    v.representable(ck)
}

/// Explicit conversion of a constant of kind `from` to `to`.
pub(crate) fn convert(v: &ConstValue, from: BasicKind, to: BasicKind) -> Result<ConstValue, c::ConversionError> {
    match (ckind(from), ckind(to)) {
        (Some(f), Some(t)) => v.convert(f, t),
        _ => Err(c::ConversionError::Invalid),
    }
}

/// Unquotes a Go string literal (struct tags).
pub(crate) fn unquote(raw: &str) -> Option<String> {
    c::parse_string_lit(raw).map(|b| String::from_utf8_lossy(&b).into_owned())
}
