//! Calls (Go's `escape/call.go`): how arguments flow at `call`, `call_closure`,
//! `call_indirect`, `make_closure` (the closure's own context parameter) and `defer_push`
//! sites, and the table of declared-only (runtime and libc) functions whose behaviour is
//! known.
//!
//! - A callee with a summary (analysed in an earlier SCC): each parameter tag becomes edges
//!   from the argument to the heap, to the call's results, or into the memory the
//!   out-parameter argument points to.
//! - A `call_closure` whose closure object is a `make_closure` of this function calls that
//!   closure: its parameter tags apply (the context parameter's were applied at the
//!   `make_closure`, except leaks to results, applied here).
//! - Anything else (`call_indirect`, other closure calls, calls inside the current SCC,
//!   imports not in the table): every pointer argument escapes to the heap. Results get no
//!   flows: an unknown callee can only return addresses it was given (already escaped) or
//!   its own memory.

use super::build::Builder;
use super::tags::{FuncSummary, ParamTag};
use loopc_ir::{FuncRef, Inst, InstData, Opcode, Value};

/// Where a known function's parameter leaks.
#[derive(Clone, Copy)]
enum Sink {
    Heap,
    /// To result `r`.
    Result(usize),
    /// Into the memory behind parameter `q` (an out-parameter).
    Contents(usize),
}

/// A declared-only function: `(name, leaks (param, sink, derefs), params written)`.
/// Runtime functions take `g` as parameter 0 (`loopc-lower`'s runtime table).
type KnownFn = (&'static str, &'static [(usize, Sink, i32)], &'static [usize]);

const KNOWN: &[KnownFn] = &[
    ("runtime.mallocgc", &[], &[]),
    ("runtime.concatstrings", &[], &[1]),
    ("runtime.cmpstring", &[], &[]),
    ("runtime.memequal", &[], &[]),
    ("runtime.intstring", &[], &[1]),
    ("runtime.slicebytetostring", &[], &[1]),
    // (g, out, buf, s): the result may be the stack buffer.
    ("runtime.stringtoslicebyte", &[(2, Sink::Contents(1), 0)], &[1, 2]),
    ("runtime.stringtoslicerune", &[(2, Sink::Contents(1), 0)], &[1, 2]),
    ("runtime.slicerunetostring", &[], &[1]),
    ("runtime.decoderune", &[], &[]),
    // append: the old elements are copied into a fresh heap array (SEMANTICS §2.6 #12).
    ("runtime.growslice", &[(1, Sink::Heap, 1)], &[]),
    // The same, or the append's stack store (parameter 6) becomes the result's array.
    ("runtime.growslicebuf", &[(1, Sink::Heap, 1), (6, Sink::Result(0), 0)], &[6]),
    ("runtime.makeslice", &[], &[]),
    ("runtime.slicecopy", &[(3, Sink::Heap, 1)], &[1]),
    ("runtime.makemap", &[], &[]),
    ("runtime.mapaccess1", &[], &[]),
    ("runtime.mapaccess2", &[], &[]),
    // The key is copied into the map.
    ("runtime.mapassign", &[(3, Sink::Heap, 1)], &[]),
    ("runtime.mapdelete", &[], &[]),
    ("runtime.mapclear", &[], &[]),
    ("runtime.maplen", &[], &[]),
    ("runtime.mapiterinit", &[], &[]),
    ("runtime.mapiterkey", &[], &[]),
    ("runtime.mapiterelem", &[], &[]),
    ("runtime.mapiternext", &[], &[]),
    ("runtime.getitab", &[], &[]),
    ("runtime.panicdottype", &[], &[]),
    ("runtime.efaceeq", &[], &[]),
    ("runtime.typedmemequal", &[], &[]),
    // The panic value is stored in the goroutine.
    ("runtime.gopanic", &[(1, Sink::Heap, 1)], &[0]),
    ("runtime.gorecover", &[], &[0, 1]),
    ("runtime.panicIndex", &[], &[0]),
    ("runtime.panicSlice", &[], &[0]),
    ("runtime.panicdivide", &[], &[0]),
    ("runtime.panicshift", &[], &[0]),
    ("runtime.panicmem", &[], &[0]),
    ("runtime.panicrangestate", &[], &[0]),
    ("runtime.fatal", &[], &[]),
    ("runtime.printbool", &[], &[]),
    ("runtime.printint", &[], &[]),
    ("runtime.printuint", &[], &[]),
    ("runtime.printfloat", &[], &[]),
    ("runtime.printstring", &[], &[]),
    ("runtime.printpointer", &[], &[]),
    ("runtime.printeface", &[], &[]),
    ("runtime.printslice", &[], &[]),
    ("runtime.printsp", &[], &[]),
    ("runtime.printnl", &[], &[]),
    // libc
    ("write", &[], &[]),
    // They return their first argument; memmove copies what src points to into dst.
    ("memset", &[(0, Sink::Result(0), 0)], &[0]),
    ("memmove", &[(0, Sink::Result(0), 0), (1, Sink::Contents(0), 1)], &[0]),
    ("memcmp", &[], &[]),
    ("strlen", &[], &[]),
    ("exit", &[], &[]),
    ("abort", &[], &[]),
];

/// The summary and write facts of a declared-only function from the table, if listed.
pub(crate) fn known_function(name: &str, num_params: usize, num_results: usize) -> Option<(FuncSummary, Vec<bool>)> {
    let &(_, leaks, writes) = KNOWN.iter().find(|k| k.0 == name)?;
    let mut params = vec![ParamTag::new(num_results, num_params); num_params];
    for &(p, sink, d) in leaks {
        let Some(tag) = params.get_mut(p) else { continue };
        let slot = match sink {
            Sink::Heap => &mut tag.heap,
            Sink::Result(r) => match tag.results.get_mut(r) {
                Some(s) => s,
                None => continue,
            },
            Sink::Contents(q) => match tag.contents.get_mut(q) {
                Some(s) => s,
                None => continue,
            },
        };
        *slot = Some(d);
    }
    let mut w = vec![false; num_params];
    for &p in writes {
        if let Some(x) = w.get_mut(p) {
            *x = true;
        }
    }
    Some((FuncSummary { params }, w))
}

/// How a call's callee is known.
enum Callee<'a> {
    /// Parameter tags, with the index of the first argument's parameter (1 for closure
    /// calls, whose parameter 0 is the closure object).
    Tags(&'a FuncSummary, usize),
    Unknown,
}

impl<'a> Builder<'a> {
    fn callee_tags(&self, f: FuncRef) -> Option<&'a FuncSummary> {
        let summaries: &'a super::tags::Summaries = self.summaries;
        if self.scc.contains(&f) {
            None
        } else {
            summaries.tags.get(&f)
        }
    }

    /// The closure function a `call_closure` callee value certainly is.
    fn static_closure(&self, clo: Value) -> Option<(FuncRef, Inst)> {
        let inst = self.func.dfg.value_inst(clo)?;
        match self.func.dfg.insts[inst] {
            InstData::MakeClosure { func, .. } => Some((func, inst)),
            _ => None,
        }
    }

    /// Flows for a call instruction.
    pub(super) fn call(&mut self, inst: Inst) {
        let data = self.func.dfg.insts[inst].clone();
        let results: Vec<Value> = self.func.dfg.inst_results(inst).to_vec();
        let (callee, args): (Callee<'a>, Vec<Value>) = match &data {
            InstData::Call { func, args } => {
                (self.callee_tags(*func).map_or(Callee::Unknown, |t| Callee::Tags(t, 0)), args.to_vec())
            }
            InstData::CallIndirect { op: Opcode::CallClosure, callee, args, .. } => {
                let known = self.static_closure(*callee).and_then(|(c, _)| Some((c, self.callee_tags(c)?)));
                match known {
                    Some((_, tags)) => {
                        // Leaks of the closure object (its context) to results.
                        if let Some(ctx) = tags.params.first() {
                            self.apply_result_leaks(ctx, *callee, &results);
                        }
                        (Callee::Tags(tags, 1), args.to_vec())
                    }
                    None => (Callee::Unknown, args.to_vec()),
                }
            }
            InstData::CallIndirect { args, .. } => (Callee::Unknown, args.to_vec()),
            _ => return,
        };
        match callee {
            Callee::Tags(summary, first) => {
                for (i, &arg) in args.iter().enumerate() {
                    if let Some(tag) = summary.params.get(first + i) {
                        self.apply_tag(tag, arg, &args, first, &results);
                    }
                }
            }
            Callee::Unknown => {
                for &arg in &args {
                    self.escape_value(arg, 0);
                }
            }
        }
    }

    /// `heap = *^derefs arg`.
    pub(super) fn escape_value(&mut self, v: Value, derefs: i32) {
        if let Some(l) = self.g.value(v) {
            let heap = self.g.heap;
            self.g.flow(heap, l, derefs);
        }
    }

    fn apply_result_leaks(&mut self, tag: &ParamTag, arg: Value, results: &[Value]) {
        let Some(src) = self.g.value(arg) else { return };
        for (r, leak) in tag.results.iter().enumerate() {
            if let (Some(d), Some(dst)) = (leak, results.get(r).and_then(|&v| self.g.value(v))) {
                self.g.flow(dst, src, *d);
            }
        }
    }

    fn apply_tag(&mut self, tag: &ParamTag, arg: Value, args: &[Value], first: usize, results: &[Value]) {
        let Some(src) = self.g.value(arg) else { return };
        if let Some(d) = tag.heap {
            let heap = self.g.heap;
            self.g.flow(heap, src, d);
        }
        self.apply_result_leaks(tag, arg, results);
        for (q, leak) in tag.contents.iter().enumerate() {
            let Some(d) = leak else { continue };
            let dst = match q.checked_sub(first).and_then(|i| args.get(i)) {
                Some(&out) => self.target(out),
                None => self.g.heap,
            };
            self.g.flow(dst, src, *d);
        }
    }

    /// Flows for `make_closure`: the object holds the captured addresses (by reference) or
    /// copies of the variables (by value), and the closure body's use of its context
    /// applies to the object wherever the closure is called.
    pub(super) fn make_closure(&mut self, inst: Inst) {
        let InstData::MakeClosure { func: c, args, .. } = self.func.dfg.insts[inst].clone() else { return };
        let depth = self.inst_depth(inst);
        let obj = self.g.add_site(inst, super::graph::LocKind::Closure(inst), depth);
        let v = self.func.dfg.first_result(inst);
        if let Some(vl) = self.g.value(v) {
            self.g.flow(vl, obj, -1);
        }
        let captures = self.decls.funcs[c].closure.as_ref().map(|ci| ci.captures.clone()).unwrap_or_default();
        for (i, &arg) in args.iter().enumerate() {
            let by_value = captures.get(i).is_some_and(|cap| cap.mode == loopc_ir::CaptureMode::ByVal);
            if let Some(a) = self.g.value(arg) {
                self.g.flow(obj, a, if by_value { 1 } else { 0 });
            }
        }
        let Some(ctx) = self.callee_tags(c).and_then(|t| t.params.first()).cloned() else {
            self.escape_value(v, 0);
            return;
        };
        if let Some(d) = ctx.heap {
            self.escape_value(v, d);
        }
        // Leaks into the closure's other parameters' memory: unknown at creation.
        for d in ctx.contents.iter().flatten() {
            self.escape_value(v, *d);
        }
        if self.closure_results_lost(v) {
            for d in ctx.results.iter().flatten() {
                self.escape_value(v, *d);
            }
        }
    }

    /// The closure object reaches code other than direct `call_closure`s of it here, so
    /// its results' leaks cannot be tied to call sites.
    fn closure_results_lost(&self, v: Value) -> bool {
        self.uses(v).iter().any(|&u| {
            !matches!(&self.func.dfg.insts[u],
                InstData::CallIndirect { op: Opcode::CallClosure, callee, args, .. } if *callee == v && !args.contains(&v))
        })
    }

    /// Flows for `defer_push d, clo`: the closure lives until the function returns if `d`
    /// is this function's own defer stack, else (a range-over-func body pushing onto its
    /// parent's stack) until some other function returns: the heap.
    pub(super) fn defer_push(&mut self, frame: Value, clo: Value) {
        let own = self
            .func
            .dfg
            .value_inst(frame)
            .is_some_and(|i| matches!(self.func.dfg.insts[i], InstData::Unary { op: Opcode::DeferFrame, .. }));
        let Some(c) = self.g.value(clo) else { return };
        let dst = if own { self.g.defers } else { self.g.heap };
        self.g.flow(dst, c, 0);
    }
}
