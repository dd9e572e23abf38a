//! Function summaries: per-parameter leak tags (Go's `escape/leaks.go` and `paramTag`) and
//! whether a callee may write through a parameter.
//!
//! A tag says where a parameter's value goes with how many dereferences: to the heap, to
//! result `r` (the caller's result value), or into the memory behind parameter `q` (an
//! out-parameter: aggregate results, `g`). At a call site each leak becomes an edge from
//! the argument (`call.rs`). Tags are computed bottom-up over the call graph's SCCs, so a
//! callee's tags exist when its callers are analysed; calls inside an SCC are treated as
//! unknown calls.

use loopc_ir::FuncRef;
use std::collections::BTreeMap;

/// Keeps the smaller dereference count: `*slot = min(*slot, derefs)`.
pub(crate) fn merge_leak(slot: &mut Option<i32>, derefs: i32) {
    *slot = Some(slot.map_or(derefs, |d| d.min(derefs)));
}

/// Where one parameter's value leaks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ParamTag {
    /// To the heap, with this many dereferences.
    pub heap: Option<i32>,
    /// To each result.
    pub results: Vec<Option<i32>>,
    /// Into the memory behind each parameter.
    pub contents: Vec<Option<i32>>,
}

impl ParamTag {
    /// A tag without leaks.
    pub fn new(num_results: usize, num_params: usize) -> ParamTag {
        ParamTag { heap: None, results: vec![None; num_results], contents: vec![None; num_params] }
    }

    /// The tag of an unknown callee's parameter: everything leaks to the heap.
    pub fn unknown(num_results: usize, num_params: usize) -> ParamTag {
        ParamTag { heap: Some(0), ..ParamTag::new(num_results, num_params) }
    }
}

/// What the analysis knows about a function's parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FuncSummary {
    /// One tag per parameter (non-pointer parameters have empty tags).
    pub params: Vec<ParamTag>,
}

/// Summaries of the analysed functions and write facts of every function.
#[derive(Clone, Debug, Default)]
pub(crate) struct Summaries {
    /// Leak tags of functions analysed so far (earlier SCCs).
    pub tags: BTreeMap<FuncRef, FuncSummary>,
    /// For each function, whether it may write through each parameter (the memory a
    /// pointer parameter points to, directly or at an offset).
    pub writes: BTreeMap<FuncRef, Vec<bool>>,
}

impl Summaries {
    /// Whether a call of `f` may write through its parameter `i` (unknown: yes).
    pub fn may_write(&self, f: FuncRef, i: usize) -> bool {
        self.writes.get(&f).and_then(|w| w.get(i)).copied().unwrap_or(true)
    }
}
