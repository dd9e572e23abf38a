//! Inline expansion of small `memcpy` / `memzero`.
//!
//! The IR does not record operand alignment, so accesses are plain (possibly unaligned)
//! loads and stores, widest first: 8-byte chunks, then one 4-, 2- and 1-byte tail access as
//! needed. Both supported targets allow unaligned integer accesses. Copy regions are
//! identical or disjoint (IR invariant), so all loads of a chunk may precede its store.

use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::FunctionBuilder;

/// `(offset, type)` of each access covering `size` bytes.
fn chunks(size: u32) -> impl Iterator<Item = (i32, types::Type)> {
    let mut off = 0u32;
    std::iter::from_fn(move || {
        let left = size - off;
        let (ty, n) = match left {
            0 => return None,
            8.. => (types::I64, 8),
            4..=7 => (types::I32, 4),
            2..=3 => (types::I16, 2),
            _ => (types::I8, 1),
        };
        let at = off as i32;
        off += n;
        Some((at, ty))
    })
}

/// Copies `size` bytes from `src` to `dst` with loads and stores.
pub(crate) fn inline_copy(b: &mut FunctionBuilder<'_>, dst: Value, src: Value, size: u32) {
    for (off, ty) in chunks(size) {
        let v = b.ins().load(ty, MemFlagsData::new(), src, off);
        b.ins().store(MemFlagsData::new(), v, dst, off);
    }
}

/// Clears `size` bytes at `p` with stores of zero.
pub(crate) fn inline_zero(b: &mut FunctionBuilder<'_>, p: Value, size: u32) {
    for (off, ty) in chunks(size) {
        let zero = b.ins().iconst(ty, 0);
        b.ins().store(MemFlagsData::new(), zero, p, off);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_exactly() {
        for size in 0..40u32 {
            let mut next = 0i32;
            for (off, ty) in chunks(size) {
                assert_eq!(off, next, "size {size}");
                next += ty.bytes() as i32;
            }
            assert_eq!(next as u32, size);
        }
        let v: Vec<_> = chunks(15).collect();
        assert_eq!(v, vec![(0, types::I64), (8, types::I32), (12, types::I16), (14, types::I8)]);
    }
}
