//! Block and instruction order, kept apart from what the instructions compute.
//!
//! Blocks form one doubly linked list (the function's layout order; the first block is the
//! entry block), and the instructions of each block form another. Moving code is a layout edit
//! that leaves the [`DataFlowGraph`](crate::DataFlowGraph) untouched. Invariants: an
//! instruction is in at most one block; a block is in the layout at most once; `inst_block`
//! is `Some` exactly for inserted instructions.

use crate::entities::{Block, Inst};
use cranelift_entity::SecondaryMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct BlockNode {
    prev: Option<Block>,
    next: Option<Block>,
    first_inst: Option<Inst>,
    last_inst: Option<Inst>,
    inserted: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct InstNode {
    block: Option<Block>,
    prev: Option<Inst>,
    next: Option<Inst>,
}

/// The order of blocks and of the instructions in each block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    blocks: SecondaryMap<Block, BlockNode>,
    insts: SecondaryMap<Inst, InstNode>,
    first_block: Option<Block>,
    last_block: Option<Block>,
}

impl Layout {
    /// An empty layout.
    pub fn new() -> Layout {
        Layout::default()
    }

    /// The entry block (first in layout order).
    pub fn entry_block(&self) -> Option<Block> {
        self.first_block
    }

    /// The last block in layout order.
    pub fn last_block(&self) -> Option<Block> {
        self.last_block
    }

    /// Whether `block` has been inserted.
    pub fn is_block_inserted(&self, block: Block) -> bool {
        self.blocks[block].inserted
    }

    /// Appends `block` at the end of the layout.
    pub fn append_block(&mut self, block: Block) {
        assert!(!self.is_block_inserted(block), "invariant: {block} inserted twice");
        let node = &mut self.blocks[block];
        node.inserted = true;
        node.prev = self.last_block;
        node.next = None;
        match self.last_block {
            Some(last) => self.blocks[last].next = Some(block),
            None => self.first_block = Some(block),
        }
        self.last_block = Some(block);
    }

    /// Inserts `block` right after `after`.
    pub fn insert_block_after(&mut self, block: Block, after: Block) {
        assert!(!self.is_block_inserted(block), "invariant: {block} inserted twice");
        assert!(self.is_block_inserted(after), "invariant: {after} not in layout");
        let next = self.blocks[after].next;
        let node = &mut self.blocks[block];
        node.inserted = true;
        node.prev = Some(after);
        node.next = next;
        self.blocks[after].next = Some(block);
        match next {
            Some(n) => self.blocks[n].prev = Some(block),
            None => self.last_block = Some(block),
        }
    }

    /// Inserts `block` right before `before`.
    pub fn insert_block_before(&mut self, block: Block, before: Block) {
        assert!(!self.is_block_inserted(block), "invariant: {block} inserted twice");
        assert!(self.is_block_inserted(before), "invariant: {before} not in layout");
        let prev = self.blocks[before].prev;
        let node = &mut self.blocks[block];
        node.inserted = true;
        node.next = Some(before);
        node.prev = prev;
        self.blocks[before].prev = Some(block);
        match prev {
            Some(p) => self.blocks[p].next = Some(block),
            None => self.first_block = Some(block),
        }
    }

    /// Removes `block` (and the layout of its instructions) from the layout.
    pub fn remove_block(&mut self, block: Block) {
        assert!(self.is_block_inserted(block), "invariant: {block} not in layout");
        while let Some(inst) = self.blocks[block].first_inst {
            self.remove_inst(inst);
        }
        let BlockNode { prev, next, .. } = self.blocks[block];
        match prev {
            Some(p) => self.blocks[p].next = next,
            None => self.first_block = next,
        }
        match next {
            Some(n) => self.blocks[n].prev = prev,
            None => self.last_block = prev,
        }
        self.blocks[block] = BlockNode::default();
    }

    /// The block after `block` in layout order.
    pub fn next_block(&self, block: Block) -> Option<Block> {
        self.blocks[block].next
    }

    /// The block before `block` in layout order.
    pub fn prev_block(&self, block: Block) -> Option<Block> {
        self.blocks[block].prev
    }

    /// Blocks in layout order.
    pub fn blocks(&self) -> Blocks<'_> {
        Blocks { layout: self, next: self.first_block }
    }

    /// The block containing `inst`, if it is inserted.
    pub fn inst_block(&self, inst: Inst) -> Option<Block> {
        self.insts[inst].block
    }

    /// Appends `inst` to the end of `block`.
    pub fn append_inst(&mut self, inst: Inst, block: Block) {
        assert!(self.is_block_inserted(block), "invariant: {block} not in layout");
        assert!(self.insts[inst].block.is_none(), "invariant: {inst} inserted twice");
        let last = self.blocks[block].last_inst;
        self.insts[inst] = InstNode { block: Some(block), prev: last, next: None };
        match last {
            Some(l) => self.insts[l].next = Some(inst),
            None => self.blocks[block].first_inst = Some(inst),
        }
        self.blocks[block].last_inst = Some(inst);
    }

    /// Inserts `inst` right before `before`.
    pub fn insert_inst_before(&mut self, inst: Inst, before: Inst) {
        assert!(self.insts[inst].block.is_none(), "invariant: {inst} inserted twice");
        let block = self.insts[before].block.expect("invariant: insertion point is in the layout");
        let prev = self.insts[before].prev;
        self.insts[inst] = InstNode { block: Some(block), prev, next: Some(before) };
        self.insts[before].prev = Some(inst);
        match prev {
            Some(p) => self.insts[p].next = Some(inst),
            None => self.blocks[block].first_inst = Some(inst),
        }
    }

    /// Removes `inst` from the layout (its data stays in the DFG).
    pub fn remove_inst(&mut self, inst: Inst) {
        let InstNode { block, prev, next } = self.insts[inst];
        let block = block.expect("invariant: removed instruction is in the layout");
        match prev {
            Some(p) => self.insts[p].next = next,
            None => self.blocks[block].first_inst = next,
        }
        match next {
            Some(n) => self.insts[n].prev = prev,
            None => self.blocks[block].last_inst = prev,
        }
        self.insts[inst] = InstNode::default();
    }

    /// First instruction of `block`.
    pub fn first_inst(&self, block: Block) -> Option<Inst> {
        self.blocks[block].first_inst
    }

    /// Last instruction of `block` (its terminator in valid IR).
    pub fn last_inst(&self, block: Block) -> Option<Inst> {
        self.blocks[block].last_inst
    }

    /// The instruction after `inst` in its block.
    pub fn next_inst(&self, inst: Inst) -> Option<Inst> {
        self.insts[inst].next
    }

    /// The instruction before `inst` in its block.
    pub fn prev_inst(&self, inst: Inst) -> Option<Inst> {
        self.insts[inst].prev
    }

    /// Instructions of `block` in order.
    pub fn block_insts(&self, block: Block) -> Insts<'_> {
        Insts { layout: self, next: self.blocks[block].first_inst }
    }
}

/// Iterator over blocks in layout order.
pub struct Blocks<'a> {
    layout: &'a Layout,
    next: Option<Block>,
}

impl Iterator for Blocks<'_> {
    type Item = Block;
    fn next(&mut self) -> Option<Block> {
        let b = self.next?;
        self.next = self.layout.next_block(b);
        Some(b)
    }
}

/// Iterator over the instructions of one block.
pub struct Insts<'a> {
    layout: &'a Layout,
    next: Option<Inst>,
}

impl Iterator for Insts<'_> {
    type Item = Inst;
    fn next(&mut self) -> Option<Inst> {
        let i = self.next?;
        self.next = self.layout.next_inst(i);
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_entity::EntityRef;

    #[test]
    fn insert_and_remove_keep_lists_linked() {
        let mut l = Layout::new();
        let (b0, b1, b2) = (Block::new(0), Block::new(1), Block::new(2));
        l.append_block(b0);
        l.append_block(b2);
        l.insert_block_after(b1, b0);
        assert_eq!(l.blocks().collect::<Vec<_>>(), [b0, b1, b2]);
        let (i0, i1, i2) = (Inst::new(0), Inst::new(1), Inst::new(2));
        l.append_inst(i0, b1);
        l.append_inst(i2, b1);
        l.insert_inst_before(i1, i2);
        assert_eq!(l.block_insts(b1).collect::<Vec<_>>(), [i0, i1, i2]);
        l.remove_inst(i1);
        assert_eq!(l.block_insts(b1).collect::<Vec<_>>(), [i0, i2]);
        assert_eq!(l.inst_block(i1), None);
        l.remove_block(b1);
        assert_eq!(l.blocks().collect::<Vec<_>>(), [b0, b2]);
        assert_eq!(l.inst_block(i0), None);
        l.insert_block_before(b1, b0);
        assert_eq!(l.entry_block(), Some(b1));
    }
}
