//! The IR's value types.
//!
//! Only scalars are SSA values. Aggregates (Go strings, slices, interfaces, structs, arrays,
//! func values' objects) live in memory and are handled through `ptr` values with explicit
//! offsets and sizes.

use std::fmt;

/// The type of an SSA value.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Type {
    /// A truth value, `0` or `1`; one byte in memory.
    Bool,
    /// 8-bit integer (signedness is a property of operations, not of the type).
    I8,
    /// 16-bit integer.
    I16,
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// IEEE-754 binary32.
    F32,
    /// IEEE-754 binary64.
    F64,
    /// A 64-bit address. Kept apart from `i64` so that escape analysis can follow pointers.
    Ptr,
}

impl Type {
    /// Every type, in printing order.
    pub const ALL: [Type; 8] = [Type::Bool, Type::I8, Type::I16, Type::I32, Type::I64, Type::F32, Type::F64, Type::Ptr];

    /// Size in memory, in bytes.
    pub const fn bytes(self) -> u32 {
        match self {
            Type::Bool | Type::I8 => 1,
            Type::I16 => 2,
            Type::I32 | Type::F32 => 4,
            Type::I64 | Type::F64 | Type::Ptr => 8,
        }
    }

    /// Width in bits of the value's representation (`bool` counts as 8).
    pub const fn bits(self) -> u32 {
        self.bytes() * 8
    }

    /// `i8`..`i64`.
    pub const fn is_int(self) -> bool {
        matches!(self, Type::I8 | Type::I16 | Type::I32 | Type::I64)
    }

    /// `f32` or `f64`.
    pub const fn is_float(self) -> bool {
        matches!(self, Type::F32 | Type::F64)
    }

    /// The type's name in the text format.
    pub const fn name(self) -> &'static str {
        match self {
            Type::Bool => "bool",
            Type::I8 => "i8",
            Type::I16 => "i16",
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Ptr => "ptr",
        }
    }

    /// Parses a type name.
    pub fn from_name(s: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.name() == s)
    }

    /// Sign-extends or truncates `imm` to this integer type's width, giving the canonical
    /// stored form of an `iconst` immediate (`bool`: 0 or 1, `ptr`/`i64`: unchanged).
    pub fn normalize_imm(self, imm: i64) -> i64 {
        match self {
            Type::Bool => imm & 1,
            Type::I8 => imm as i8 as i64,
            Type::I16 => imm as i16 as i64,
            Type::I32 => imm as i32 as i64,
            _ => imm,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
