//! Solving the escape graph (Go's `escape/solve.go`): from every root, a Bellman-Ford walk
//! computes the minimal dereference count to each location that flows into it. A location
//! whose address (derefs < 0) reaches a root that outlives it escapes; a parameter whose
//! value reaches the heap, a result or a parameter's memory leaks there (its tag).
//!
//! Roots are the heap, results, parameter memory, and every local location that could
//! outlive another one (depth below the function's deepest location). A location that
//! starts escaping becomes a root itself, so the walks run to a fixpoint; each location
//! starts escaping at most once.

use super::graph::{Graph, LocKind};
use super::tags::{merge_leak, ParamTag};
use std::collections::VecDeque;

/// Whether `root` outlives location `l`.
fn outlives(g: &Graph, root: usize, l: usize) -> bool {
    let (r, l) = (&g.locs[root], &g.locs[l]);
    r.escapes || r.outlives_all || r.depth < l.depth
}

/// Solves `g` and returns the leak tags of the `num_params` parameters.
pub(crate) fn solve(g: &mut Graph, num_params: usize) -> Vec<ParamTag> {
    let mut tags = vec![ParamTag::new(g.results.len(), num_params); num_params];
    let max_depth = g.locs.iter().map(|l| l.depth).max().unwrap_or(0);
    let mut roots: VecDeque<usize> = VecDeque::new();
    let mut queued = vec![false; g.locs.len()];
    for (i, l) in g.locs.iter().enumerate() {
        if l.escapes || l.outlives_all || l.depth < max_depth {
            roots.push_back(i);
            queued[i] = true;
        }
    }
    let mut walkgen = 0u32;
    while let Some(root) = roots.pop_front() {
        queued[root] = false;
        walkgen += 1;
        for newly in walk_one(g, root, walkgen, &mut tags) {
            if !queued[newly] {
                queued[newly] = true;
                roots.push_front(newly);
            }
        }
    }
    tags
}

/// One walk from `root`; returns the locations that started escaping.
fn walk_one(g: &mut Graph, root: usize, walkgen: u32, tags: &mut [ParamTag]) -> Vec<usize> {
    let mut newly = Vec::new();
    g.locs[root].walkgen = walkgen;
    g.locs[root].derefs = 0;
    let mut todo: VecDeque<usize> = VecDeque::from([root]);
    while let Some(l) = todo.pop_front() {
        g.locs[l].queued = 0;
        let mut derefs = g.locs[l].derefs;
        if derefs < 0 {
            // l's address flows to root; what flows into l does not (lower bound 0).
            derefs = 0;
            if !g.locs[l].escapes && outlives(g, root, l) {
                g.locs[l].escapes = true;
                newly.push(l);
                continue;
            }
        }
        if let Some(p) = g.locs[l].param {
            let r = &g.locs[root];
            let tag = &mut tags[p];
            match r.kind {
                LocKind::Result(i) => merge_leak(&mut tag.results[i], derefs),
                LocKind::ParamContent(q) => merge_leak(&mut tag.contents[q], derefs),
                _ if r.escapes => merge_leak(&mut tag.heap, derefs),
                _ => {}
            }
        }
        for i in 0..g.locs[l].edges.len() {
            let e = g.locs[l].edges[i];
            let src = &mut g.locs[e.src];
            if src.escapes {
                continue;
            }
            let d = derefs + e.derefs;
            if src.walkgen != walkgen || src.derefs > d {
                src.walkgen = walkgen;
                src.derefs = d;
                if src.queued != walkgen {
                    src.queued = walkgen;
                    todo.push_back(e.src);
                }
            }
        }
    }
    newly
}
