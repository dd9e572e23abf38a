//! The escape graph of one function: locations and assignment edges with dereference
//! counts (Go's `escape/graph.go`).
//!
//! An edge `dst ← src` with `derefs` means `dst = *^derefs src`: `-1` is `dst = &src`
//! (`slot_addr`, `alloc`, `make_closure` results), `0` a copy (`ptr_add`, block arguments,
//! captured addresses), `+1` a load. Every location has a loop depth: the CFG loop nesting
//! of the code that creates its instances. Storing an address into a location of smaller
//! depth (or into the heap, a result, or the memory behind a parameter) makes the
//! addressed location escape.

use loopc_ir::entity::SecondaryMap;
use loopc_ir::{Inst, Slot, Value};
use std::collections::BTreeMap;

/// What a location stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LocKind {
    /// Everything that outlives the function: globals, unknown memory, other goroutines.
    Heap,
    /// An SSA value holding a pointer.
    Value(Value),
    /// A slot's instances.
    Slot(Slot),
    /// An `alloc`'s memory.
    Alloc(Inst),
    /// A `make_closure`'s object.
    Closure(Inst),
    /// The function's `N`th result.
    Result(usize),
    /// The caller's memory behind pointer parameter `N` (out-parameters, `g`).
    ParamContent(usize),
    /// The function's own defer stack: entries live until the function returns.
    Defers,
}

/// `dst = *^derefs src`, stored on `dst`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Edge {
    pub src: usize,
    pub derefs: i32,
}

/// One location.
#[derive(Clone, Debug)]
pub(crate) struct Location {
    pub kind: LocKind,
    /// CFG loop depth of the instances.
    pub depth: u32,
    /// Incoming assignments.
    pub edges: Vec<Edge>,
    /// Must be heap allocated (the heap itself, or something whose address reached it).
    pub escapes: bool,
    /// A pseudo-location outliving every local one (results, parameter memory).
    pub outlives_all: bool,
    /// Entry-block parameter index, for parameter values.
    pub param: Option<usize>,
    /// Walk state: generation and minimal dereferences from the current root.
    pub walkgen: u32,
    pub derefs: i32,
    pub queued: u32,
}

/// The locations of a function and where each IR entity's location is.
#[derive(Clone, Debug)]
pub(crate) struct Graph {
    pub locs: Vec<Location>,
    pub heap: usize,
    pub defers: usize,
    pub results: Vec<usize>,
    pub contents: Vec<Option<usize>>,
    values: SecondaryMap<Value, Option<u32>>,
    slots: SecondaryMap<Slot, Option<u32>>,
    sites: BTreeMap<Inst, usize>,
}

impl Graph {
    /// A graph with the heap, defer, result and parameter-memory locations.
    pub fn new(num_results: usize, ptr_params: &[bool]) -> Graph {
        let mut g = Graph {
            locs: Vec::new(),
            heap: 0,
            defers: 0,
            results: Vec::new(),
            contents: Vec::new(),
            values: SecondaryMap::new(),
            slots: SecondaryMap::new(),
            sites: BTreeMap::new(),
        };
        g.heap = g.add(LocKind::Heap, 0);
        g.locs[g.heap].escapes = true;
        g.defers = g.add(LocKind::Defers, 0);
        for r in 0..num_results {
            let l = g.add(LocKind::Result(r), 0);
            g.locs[l].outlives_all = true;
            g.results.push(l);
        }
        for (i, &is_ptr) in ptr_params.iter().enumerate() {
            let c = is_ptr.then(|| {
                let l = g.add(LocKind::ParamContent(i), 0);
                g.locs[l].outlives_all = true;
                l
            });
            g.contents.push(c);
        }
        g
    }

    fn add(&mut self, kind: LocKind, depth: u32) -> usize {
        self.locs.push(Location {
            kind,
            depth,
            edges: Vec::new(),
            escapes: false,
            outlives_all: false,
            param: None,
            walkgen: 0,
            derefs: 0,
            queued: 0,
        });
        self.locs.len() - 1
    }

    /// Creates the location of pointer value `v`.
    pub fn add_value(&mut self, v: Value, depth: u32, param: Option<usize>) -> usize {
        let l = self.add(LocKind::Value(v), depth);
        self.locs[l].param = param;
        self.values[v] = Some(l as u32);
        l
    }

    /// The location of value `v` (`None` for values that hold no pointer).
    pub fn value(&self, v: Value) -> Option<usize> {
        self.values[v].map(|l| l as usize)
    }

    /// Creates the location of a slot.
    pub fn add_slot(&mut self, s: Slot, depth: u32) -> usize {
        let l = self.add(LocKind::Slot(s), depth);
        self.slots[s] = Some(l as u32);
        l
    }

    /// The location of a slot.
    pub fn slot(&self, s: Slot) -> Option<usize> {
        self.slots[s].map(|l| l as usize)
    }

    /// Creates the location of an allocation site (`alloc`, `make_closure`).
    pub fn add_site(&mut self, inst: Inst, kind: LocKind, depth: u32) -> usize {
        let l = self.add(kind, depth);
        self.sites.insert(inst, l);
        l
    }

    /// The location of an allocation site.
    pub fn site(&self, inst: Inst) -> Option<usize> {
        self.sites.get(&inst).copied()
    }

    /// Records `dst = *^derefs src`.
    pub fn flow(&mut self, dst: usize, src: usize, derefs: i32) {
        if dst == src && derefs >= 0 {
            return;
        }
        let e = Edge { src, derefs };
        if !self.locs[dst].edges.contains(&e) {
            self.locs[dst].edges.push(e);
        }
    }
}
