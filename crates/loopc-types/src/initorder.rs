//! Package variable initialization order and initialization cycles (types2's `initorder.go`).
//!
//! While a package is checked, every constant or variable initializer and every function
//! body records the package-level constants, variables, functions and methods it refers to
//! (`Checker::deps`, filled by `add_decl_dep`). From that graph:
//! 1. function nodes are eliminated: a const/var node depends on every const/var node it
//!    reaches through functions only (a self-reference through functions is kept);
//! 2. nodes are taken in priority order — constants first, then fewest outstanding
//!    dependencies, then source order — and each taken node releases its dependents;
//! 3. a node taken while it still has outstanding dependencies is on a cycle (or behind one):
//!    the path back to it in the full graph (dependencies tried in source order) is reported
//!    as `initialization cycle for x` with one `x refers to y` note per edge, or
//!    `initialization cycle: x refers to itself`;
//! 4. variables with initializers are appended to `Info::init_order` in the order taken
//!    (the variables of `var a, b = f()` once, as one initializer).
//!
//! This reproduces gc's choice of which cycle to report and where: the order nodes are
//! taken in is fully determined by the priority (source order breaks every tie).

use crate::check::{Checker, DeclInfo};
use crate::info::{Initializer, NodeKey};
use crate::objects::{ObjId, ObjKind};
use std::collections::{BTreeSet, HashMap, HashSet};

impl Checker<'_> {
    /// Computes the current package's initialization order and reports its cycles.
    pub(crate) fn init_order(&mut self) {
        let order = self.pkg_order.clone();
        let index: HashMap<ObjId, usize> = order.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let is_func = |c: &Checker, o: ObjId| matches!(c.obj(o).kind, ObjKind::Func { .. });
        let is_node = |c: &Checker, o: ObjId| {
            matches!(c.obj(o).kind, ObjKind::Const(_) | ObjKind::Var { .. } | ObjKind::Func { .. })
        };
        // Full dependency lists, by order index, restricted to dependency nodes.
        let deps: Vec<Vec<usize>> = order
            .iter()
            .map(|&o| {
                let mut v: Vec<usize> = self
                    .deps_of(o)
                    .into_iter()
                    .filter(|&d| is_node(self, d))
                    .filter_map(|d| index.get(&d).copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();

        // Step 1: edges between const/var nodes, through function nodes.
        let n = order.len();
        let mut succ: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        for p in 0..n {
            if is_func(self, order[p]) || !is_node(self, order[p]) {
                continue;
            }
            let mut seen_funcs = HashSet::new();
            let mut stack: Vec<usize> = deps[p].clone();
            while let Some(d) = stack.pop() {
                if is_func(self, order[d]) {
                    if seen_funcs.insert(d) {
                        stack.extend(deps[d].iter().copied());
                    }
                } else {
                    succ[p].insert(d);
                }
            }
        }
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (p, ss) in succ.iter().enumerate() {
            for &s in ss {
                pred[s].push(p);
            }
        }

        // Step 2: the priority queue, keyed (not a constant, outstanding deps, order).
        let key = |c: &Checker, i: usize, ndeps: usize| (!matches!(c.obj(order[i]).kind, ObjKind::Const(_)), ndeps, i);
        let mut ndeps: Vec<usize> = succ.iter().map(BTreeSet::len).collect();
        let mut queue: BTreeSet<(bool, usize, usize)> = BTreeSet::new();
        for i in 0..n {
            if is_node(self, order[i]) && !is_func(self, order[i]) {
                queue.insert(key(self, i, ndeps[i]));
            }
        }
        let mut emitted: HashSet<ObjId> = HashSet::new();
        while let Some(first) = queue.pop_first() {
            let i = first.2;
            if ndeps[i] > 0 {
                // Step 3: on a cycle if the full graph leads back to the node.
                if let Some(cycle) = find_path(&deps, i, i) {
                    let objs: Vec<ObjId> = cycle.iter().map(|&j| order[j]).collect();
                    self.report_init_cycle(&objs);
                }
            }
            for &p in &pred[i] {
                if queue.remove(&key(self, p, ndeps[p])) {
                    ndeps[p] -= 1;
                    queue.insert(key(self, p, ndeps[p]));
                } else {
                    ndeps[p] = ndeps[p].saturating_sub(1);
                }
            }
            // Step 4: record variables with initializers.
            let v = order[i];
            if let Some(DeclInfo::Var { file, lhs, init: Some(init), .. }) = self.decls.get(&v) {
                let lhs: Vec<ObjId> = lhs.as_ref().map_or_else(|| vec![v], |l| l.as_ref().clone());
                if emitted.insert(lhs[0]) {
                    let init = NodeKey::new(*file, init.id);
                    self.info.init_order.push(Initializer { pkg: self.pkg, lhs, init });
                }
            }
        }
    }

    /// The recorded dependencies of a package-level object (shared by the variables of an
    /// n:1 declaration).
    fn deps_of(&self, o: ObjId) -> Vec<ObjId> {
        let key = match self.decls.get(&o) {
            Some(DeclInfo::Var { lhs: Some(l), .. }) => l[0],
            _ => o,
        };
        self.deps.get(&key).map(|d| d.iter().copied().collect()).unwrap_or_default()
    }

    /// types2's `reportCycle`; `cycle` is `findPath`'s result: the start, then the path back
    /// to it in reverse.
    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let mut obj = cycle[0];
        let span = self.obj(obj).span;
        if cycle.len() == 1 {
            let msg = format!("initialization cycle: {} refers to itself", self.obj(obj).name);
            self.error(span, msg);
            return;
        }
        let head = format!("initialization cycle for {}", self.obj(obj).name);
        let mut notes = Vec::new();
        for &next in cycle.iter().rev() {
            notes.push(format!(
                "{}: {} refers to {}",
                self.pos_string(self.obj(obj).span),
                self.obj(obj).name,
                self.obj(next).name
            ));
            obj = next;
        }
        self.error_with_notes(span, head, notes);
    }
}

/// types2's `findPath(from, to)` over `deps` (each list in source order), iteratively: a
/// depth-first search from `from` that returns `[to, last, ..., first step]` for the first
/// path found to `to`, or `None`.
fn find_path(deps: &[Vec<usize>], from: usize, to: usize) -> Option<Vec<usize>> {
    let mut seen = vec![false; deps.len()];
    seen[from] = true;
    // Frames: (node, index of the next dependency to try).
    let mut stack: Vec<(usize, usize)> = vec![(from, 0)];
    while let Some(top) = stack.last_mut() {
        let (node, next) = *top;
        let Some(&d) = deps[node].get(next) else {
            stack.pop();
            continue;
        };
        top.1 += 1;
        if d == to {
            let mut path = vec![to];
            path.extend(stack[1..].iter().rev().map(|&(n, _)| n));
            return Some(path);
        }
        if !seen[d] {
            seen[d] = true;
            stack.push((d, 0));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_path;

    #[test]
    fn find_path_returns_gc_order() {
        // 0 -> 1 -> 2 -> 0, with a dead end 1 -> 3.
        let deps = vec![vec![1], vec![3, 2], vec![0], vec![]];
        assert_eq!(find_path(&deps, 0, 0), Some(vec![0, 2, 1]));
        assert_eq!(find_path(&deps, 3, 3), None);
        let self_loop = vec![vec![0]];
        assert_eq!(find_path(&self_loop, 0, 0), Some(vec![0]));
    }
}
