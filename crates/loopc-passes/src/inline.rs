//! `inline`: gc-style inlining of small functions and directly called func literals.
//!
//! Pipeline position: first (before `rangefunc`, `loopvar` and `escape`), as gc inlines
//! before its loopvar and escape phases. Its purpose is fidelity of the `-d=loopvar` reports
//! (SEMANTICS §2.2): a directly called func literal disappears (no capture remains, so its
//! loop variables get no line), and a loop of an inlined function is transformed and
//! reported again in its caller, with the ` (loop inlined into FILE:LINE)` suffix.
//!
//! Candidates (gc's `CanInline`, approximated on IR):
//! - callees: functions of the main package (`main.`), not closures, defined, not
//!   recursive (no call to a function of their own call-graph SCC);
//! - "hairy" bodies are never inlined: defers (`defer_frame`), `recover` (a call to
//!   `runtime.gorecover`) and range-over-func loops (also in closures of the body);
//! - closures created in the body cost 15 (gc's `OCLOSURE` charge); inlining clones them
//!   (and the closures nested in them) with the caller as parent, as gc does;
//! - cost: gc counts AST nodes with a budget of 80; loopc counts the distinct source
//!   spans of the body's instructions (about one per evaluated node), plus 57 per call of a
//!   non-inlinable Go function or closure (gc's `inlineExtraCallCost`); calls of runtime
//!   helpers that lowering introduced cost 1, and calls of inlinable callees cost the
//!   callee's own cost (bottom-up, as gc).
//! - directly called literals: `call_closure` of a `make_closure` result in the same
//!   function whose source span contains the literal's span (`func(){..}()`, not `f()`),
//!   under the same rules.
//!
//! Transformation of a call site: the block is split after the call (the continuation
//! block receives the results as parameters); the callee's blocks, values, slots, loops
//! and local signatures are copied with fresh entities; the entry block's parameters become
//! the call's arguments; `return` becomes a jump to the continuation. For a literal,
//! `env_addr ctx, N` becomes the literal's N-th `make_closure` operand; the closure's nil
//! check is folded and the `make_closure` removed when nothing else uses it. Copied sites
//! lose `in_return` (an inlined `return` is no longer a return statement) and top-level
//! copied loops get the site's syntactic loop as parent.
//!
//! Output: [`PassCx::inlined`] maps every copied loop to its outermost call site (for the
//! report suffix) and lists literals whose every use was inlined (gc does not compile
//! those, so their own loops are not reported). The IR stays verified.

use crate::manager::{Changed, Pass, PassCx};
use loopc_ir::entity::SecondaryMap;
use loopc_ir::{
    Block, BlockCall, Decls, Func, FuncRef, Inst, InstData, IntCC, Loop, LoopKind, Module, Opcode, Site, Slot, Type,
    Value,
};
use loopc_span::Span;
use std::collections::{BTreeMap, BTreeSet};

/// gc's `inlineMaxBudget`.
pub const BUDGET: i64 = 80;
/// gc's `inlineExtraCallCost`: the cost of a call that is not inlined.
pub const CALL_COST: i64 = 57;

/// What inlining did, for the loopvar reports.
#[derive(Clone, Debug, Default)]
pub struct InlineLog {
    /// Copied loops and the outermost call site they were inlined at.
    pub loops: BTreeMap<(FuncRef, Loop), Span>,
    /// Func literals whose every call was inlined and that are no longer created.
    pub dead: BTreeSet<FuncRef>,
    /// Copied slots and where gc reports them (`-m`): the call's `(`.
    pub slots: BTreeMap<(FuncRef, Slot), Span>,
    /// Functions found inlinable (within the budget).
    pub inlinable: BTreeSet<FuncRef>,
}

/// The inlining pass.
pub struct Inline;

impl Pass for Inline {
    fn name(&self) -> &'static str {
        "inline"
    }

    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed {
        if cx.int_option("l").is_some_and(|l| l > 0) {
            return Changed::No;
        }
        let sccs = cx.call_graph(m).sccs_bottom_up();
        let mut costs: BTreeMap<FuncRef, i64> = BTreeMap::new();
        let mut changed = Changed::No;
        for scc in &sccs {
            for &f in scc {
                if !m.bodies[f].is_defined() || !is_user(&m.decls.funcs[f].name) {
                    continue;
                }
                // Callees are final (bottom-up): expand this function's calls first, then
                // measure it as a callee.
                if inline_calls(m, f, &costs, &mut cx.inlined) {
                    cx.invalidate(f);
                    changed = Changed::Yes;
                }
                if scc.len() == 1 {
                    if let Some(c) = cost(m, f, scc, &costs) {
                        costs.insert(f, c);
                        cx.inlined.inlinable.insert(f);
                    }
                }
            }
        }
        changed
    }
}

fn is_user(name: &str) -> bool {
    name.starts_with("main.")
}

/// The inlining cost of `f`, or `None` if it cannot be inlined.
fn cost(m: &Module, f: FuncRef, scc: &[FuncRef], costs: &BTreeMap<FuncRef, i64>) -> Option<i64> {
    let (decls, func) = (&m.decls, &m.bodies[f]);
    let decl = &decls.funcs[f];
    if decl.closure.as_ref().is_some_and(|c| c.range_body.is_some()) || decl.name == "main.main" || func.noinline {
        return None;
    }
    let entry = func.layout.entry_block()?;
    if func.loops.values().any(|l| l.kind == LoopKind::RangeFunc) {
        return None;
    }
    let mut spans: BTreeSet<(u32, u32, u32)> = BTreeSet::new();
    let mut extra = 0i64;
    for inst in func.insts() {
        let data = &func.dfg.insts[inst];
        for d in data.branch_dests() {
            if d.block == entry {
                return None;
            }
        }
        match data {
            InstData::Unary { op: Opcode::DeferFrame, .. } => return None,
            InstData::MakeClosure { func: lit, .. } => {
                if !cloneable(m, *lit, 0) {
                    return None;
                }
                extra += CLOSURE_COST;
            }
            InstData::LoopMarker { op: Opcode::LoopExit, .. } => return None,
            InstData::Call { func: callee, .. } => {
                let name = &decls.funcs[*callee].name;
                if scc.contains(callee) || name == "runtime.gorecover" {
                    return None;
                }
                extra += if let Some(&c) = costs.get(callee) {
                    c
                } else if name.starts_with("runtime.") {
                    1
                } else {
                    CALL_COST
                };
            }
            InstData::CallIndirect { .. } => extra += CALL_COST,
            _ => {}
        }
        let s = func.srclocs[inst];
        spans.insert((s.file.0, s.lo, s.hi));
    }
    let total = spans.len() as i64 + extra;
    (total <= BUDGET).then_some(total)
}

/// gc's extra cost of a func literal in an inlined body.
const CLOSURE_COST: i64 = 15;

/// Whether closure `c` and the closures nested in it can be cloned for a new parent: no
/// range-over-func loops (their bodies are tied to the loop records).
fn cloneable(m: &Module, c: FuncRef, depth: u32) -> bool {
    let body = &m.bodies[c];
    depth < 16
        && body.is_defined()
        && m.decls.funcs[c].closure.as_ref().is_some_and(|ci| ci.range_body.is_none())
        && !body.loops.values().any(|l| l.kind == LoopKind::RangeFunc)
        && body.insts().all(|i| match body.dfg.insts[i] {
            InstData::MakeClosure { func, .. } => cloneable(m, func, depth + 1),
            _ => true,
        })
}

/// Declares and defines a copy of closure `c` whose parent is `parent`, its captures'
/// `from` slots mapped through `slots`; nested closures are cloned for the copy.
fn clone_closure(m: &mut Module, c: FuncRef, parent: FuncRef, slots: &dyn Fn(Slot) -> Slot) -> FuncRef {
    let mut decl = m.decls.funcs[c].clone();
    if let Some(ci) = decl.closure.as_mut() {
        ci.parent = parent;
        for cap in &mut ci.captures {
            cap.slot = cap.slot.map(slots);
        }
    }
    let base = decl.name.clone();
    let mut n = 0u32;
    let nf = loop {
        n += 1;
        decl.name = format!("{base}.inl{n}");
        if let Ok(nf) = m.decls.declare_func(decl.clone()) {
            break nf;
        }
    };
    let mut body = m.bodies[c].clone();
    let insts: Vec<Inst> = body.insts().collect();
    for inst in insts {
        if let InstData::MakeClosure { func: inner, .. } = body.dfg.insts[inst] {
            let copy = clone_closure(m, inner, nf, &|s| s);
            if let InstData::MakeClosure { func, .. } = &mut body.dfg.insts[inst] {
                *func = copy;
            }
        }
    }
    m.define(nf, body);
    nf
}

/// One call site to expand.
struct SiteToInline {
    call: Inst,
    callee: FuncRef,
    /// Entry-block arguments of the callee.
    args: Vec<Value>,
    /// For a literal: the `make_closure` and its operands.
    closure: Option<(Inst, Vec<Value>)>,
    /// A literal called where it is written (`func(){..}()`).
    direct: bool,
    /// Offset of the call's `(` from the start of its span, when known (a plain call of a
    /// function by its name); 0 otherwise.
    lparen: u32,
    /// The syntactic loop of the site (known for literals).
    site_lp: Option<Loop>,
}

fn inline_calls(m: &mut Module, f: FuncRef, costs: &BTreeMap<FuncRef, i64>, log: &mut InlineLog) -> bool {
    let mut changed = false;
    // Each expansion removes one site; the cap only guards against a compiler bug.
    for _ in 0..10_000 {
        let Some(site) = next_site(&m.decls, f, &m.bodies[f], costs) else { break };
        let callee_body = m.bodies[site.callee].clone();
        let bodies = &mut m.bodies;
        let Some(copied) = expand(f, &mut bodies[f], &callee_body, &site, log) else { break };
        for inst in copied.closures {
            let InstData::MakeClosure { func: lit, .. } = m.bodies[f].dfg.insts[inst] else { continue };
            let copy = clone_closure(m, lit, f, &|s| copied.slots.get(&s).copied().unwrap_or(s));
            if let InstData::MakeClosure { func, .. } = &mut m.bodies[f].dfg.insts[inst] {
                *func = copy;
            }
        }
        let bodies = &mut m.bodies;
        if let (Some((mk, _)), true) = (&site.closure, site.direct) {
            let mk = *mk;
            fold_closure(&mut bodies[f], mk);
            let still_made = bodies.values().any(|b| {
                b.insts().any(|i| matches!(b.dfg.insts[i], InstData::MakeClosure { func, .. } if func == site.callee))
            });
            if !still_made {
                log.dead.insert(site.callee);
            }
        }
        changed = true;
    }
    changed
}

/// The first inlinable call site of `f`.
fn next_site(decls: &Decls, f: FuncRef, func: &Func, costs: &BTreeMap<FuncRef, i64>) -> Option<SiteToInline> {
    for inst in func.insts() {
        match &func.dfg.insts[inst] {
            InstData::Call { func: callee, args } if *callee != f && costs.contains_key(callee) => {
                if decls.funcs[*callee].closure.is_some() {
                    continue;
                }
                return Some(SiteToInline {
                    call: inst,
                    callee: *callee,
                    args: args.to_vec(),
                    closure: None,
                    direct: false,
                    lparen: plain_name_len(&decls.funcs[*callee].name, func.srclocs[inst]),
                    site_lp: None,
                });
            }
            InstData::CallIndirect { op: Opcode::CallClosure, callee: clo, args, .. } => {
                let Some(mk) = func.dfg.value_inst(*clo) else { continue };
                let InstData::MakeClosure { func: lit, args: env, site, .. } = &func.dfg.insts[mk] else { continue };
                if !costs.contains_key(lit) {
                    continue;
                }
                // `func(){..}()`: the call's span holds the literal's. Otherwise the closure is
                // called through a variable that is never reassigned (gc's static value): it
                // is inlined too, but the closure stays.
                let (cs, ms) = (func.srclocs[inst], func.srclocs[mk]);
                let direct = cs.file == ms.file && cs.lo <= ms.lo && ms.hi <= cs.hi && cs != ms;
                let mut all = vec![*clo];
                all.extend(args.iter().copied());
                return Some(SiteToInline {
                    call: inst,
                    callee: *lit,
                    args: all,
                    closure: Some((mk, env.to_vec())),
                    direct,
                    lparen: 0,
                    site_lp: site.lp,
                });
            }
            _ => {}
        }
    }
    None
}

/// The length of `main.NAME`'s `NAME` if the call span is long enough to start with it
/// followed by `(` (a plain call); 0 for methods and instantiations.
fn plain_name_len(name: &str, call: Span) -> u32 {
    let short = name.strip_prefix("main.").unwrap_or(name);
    if short.contains(['.', '[', '(']) {
        return 0;
    }
    let n = short.len() as u32;
    if call.hi > call.lo + n {
        n
    } else {
        0
    }
}

/// Copies `callee` into `func` in place of `site.call`.
fn expand(f: FuncRef, func: &mut Func, callee: &Func, site: &SiteToInline, log: &mut InlineLog) -> Option<Copied> {
    let call = site.call;
    let call_span = func.srclocs[call];
    let call_block = func.layout.inst_block(call)?;
    let callee_entry = callee.layout.entry_block()?;

    // Split: everything after the call moves to `cont`, whose parameters replace the results.
    let cont = func.dfg.make_block();
    func.layout.insert_block_after(cont, call_block);
    let mut after = Vec::new();
    let mut i = func.layout.next_inst(call);
    while let Some(inst) = i {
        i = func.layout.next_inst(inst);
        after.push(inst);
    }
    for inst in after {
        func.layout.remove_inst(inst);
        func.layout.append_inst(inst, cont);
    }
    let results: Vec<Value> = func.dfg.inst_results(call).to_vec();
    let all_insts: Vec<Inst> = func.insts().collect();
    for r in results {
        let ty = func.dfg.value_type(r);
        let p = func.dfg.append_block_param(cont, ty);
        func.dfg.replace_uses(all_insts.iter().copied(), r, p);
    }
    func.layout.remove_inst(call);

    // Slots and loops.
    let mut slots: SecondaryMap<Slot, Option<Slot>> = SecondaryMap::new();
    for (s, d) in callee.slots.iter() {
        let ns = func.slots.push(d.clone());
        slots[s] = Some(ns);
        log.slots.insert(
            (f, ns),
            Span { file: call_span.file, lo: call_span.lo + site.lparen, hi: call_span.lo + site.lparen },
        );
    }
    let mut loops: SecondaryMap<Loop, Option<Loop>> = SecondaryMap::new();
    for (l, d) in callee.loops.iter() {
        loops[l] = Some(func.loops.push(d.clone()));
    }
    let map_slot = |s: Slot, slots: &SecondaryMap<Slot, Option<Slot>>| slots[s].unwrap_or(s);
    let map_loop = |l: Option<Loop>| match l {
        Some(l) => loops[l].or(site.site_lp),
        None => site.site_lp,
    };
    for (l, _) in callee.loops.iter() {
        let Some(nl) = loops[l] else { continue };
        let d = &mut func.loops[nl];
        d.parent = map_loop(d.parent);
        d.vars = d.vars.iter().map(|&s| map_slot(s, &slots)).collect();
        d.body = None;
        log.loops.insert((f, nl), call_span);
    }
    for (s, _) in callee.slots.iter() {
        let Some(ns) = slots[s] else { continue };
        let lp = func.slots[ns].lp;
        func.slots[ns].lp = lp.and_then(|l| loops[l]);
    }

    // Signatures.
    let mut sigs = BTreeMap::new();
    for (s, d) in callee.dfg.sigs.iter() {
        sigs.insert(s, func.dfg.import_sig(d.clone()));
    }

    // Blocks and values (phase 1: entities; phase 2: instruction data).
    let mut blocks: BTreeMap<Block, Block> = BTreeMap::new();
    let mut vals: BTreeMap<Value, Value> = BTreeMap::new();
    let mut at = call_block;
    for b in callee.layout.blocks() {
        let nb = func.dfg.make_block();
        func.layout.insert_block_after(nb, at);
        at = nb;
        blocks.insert(b, nb);
        for (n, &p) in callee.dfg.block_params(b).iter().enumerate() {
            let np = if b == callee_entry {
                site.args.get(n).copied().unwrap_or(p)
            } else {
                func.dfg.append_block_param(nb, callee.dfg.value_type(p))
            };
            vals.insert(p, np);
        }
    }
    let mut copies: Vec<(Inst, Inst)> = Vec::new();
    for b in callee.layout.blocks() {
        for inst in callee.layout.block_insts(b) {
            if let (InstData::EnvAddr { index, .. }, Some((_, env))) = (&callee.dfg.insts[inst], &site.closure) {
                if let Some(&v) = env.get(*index as usize) {
                    vals.insert(callee.dfg.first_result(inst), v);
                    continue;
                }
            }
            let ni = func.dfg.make_inst(InstData::Unreachable);
            for &r in callee.dfg.inst_results(inst) {
                let nv = func.dfg.make_unassigned_value();
                func.dfg.attach_result(ni, nv, callee.dfg.value_type(r));
                vals.insert(r, nv);
            }
            func.layout.append_inst(ni, blocks[&b]);
            func.srclocs[ni] = callee.srclocs[inst];
            copies.push((inst, ni));
        }
    }
    let mut closures = Vec::new();
    for (old, new) in copies {
        if matches!(callee.dfg.insts[old], InstData::MakeClosure { .. }) {
            closures.push(new);
        }
        let mut data = callee.dfg.insts[old].clone();
        data.for_each_arg_mut(|v| *v = vals.get(v).copied().unwrap_or(*v));
        for d in data.branch_dests_mut() {
            d.block = blocks[&d.block];
        }
        let fix_site = |s: &mut Site| {
            s.lp = map_loop(s.lp);
            s.in_return = false;
        };
        match &mut data {
            InstData::SlotOp { slot, .. } => *slot = map_slot(*slot, &slots),
            InstData::SlotAddr { slot, site, .. } => {
                *slot = map_slot(*slot, &slots);
                fix_site(site);
            }
            InstData::MakeClosure { site, .. } => fix_site(site),
            InstData::LoopMarker { lp, .. } => *lp = loops[*lp].unwrap_or(*lp),
            InstData::CallIndirect { sig, .. } => *sig = sigs[sig],
            InstData::Return { args } => {
                data = InstData::Jump { dest: BlockCall::new(cont, args) };
            }
            _ => {}
        }
        func.dfg.insts[new] = data;
    }
    let j = func.dfg.make_inst(InstData::Jump { dest: BlockCall::new(blocks[&callee_entry], &[]) });
    func.layout.append_inst(j, call_block);
    func.srclocs[j] = call_span;
    Some(Copied { slots: slots.iter().filter_map(|(s, n)| n.map(|n| (s, n))).collect(), closures })
}

/// What [`expand`] copied that needs module-level fixing: the callee's slots and the copied
/// `make_closure`s (which still name the callee's closures).
struct Copied {
    slots: BTreeMap<Slot, Slot>,
    closures: Vec<Inst>,
}

/// After a literal was inlined: folds nil checks of its closure object and removes the
/// `make_closure` if nothing else uses it.
fn fold_closure(func: &mut Func, mk: Inst) {
    let clo = func.dfg.first_result(mk);
    let insts: Vec<Inst> = func.insts().collect();
    let is_zero = |func: &Func, v: Value| {
        func.dfg.value_inst(v).is_some_and(|i| matches!(func.dfg.insts[i], InstData::IntConst { imm: 0, .. }))
    };
    for &inst in &insts {
        let InstData::IntCompare { cond, args } = func.dfg.insts[inst] else { continue };
        let other = if args[0] == clo {
            args[1]
        } else if args[1] == clo {
            args[0]
        } else {
            continue;
        };
        if !is_zero(func, other) || !matches!(cond, IntCC::Ne | IntCC::Eq) {
            continue;
        }
        // The result keeps its number and type: only the definition changes.
        func.dfg.insts[inst] = InstData::IntConst { ty: Type::Bool, imm: i64::from(cond == IntCC::Ne) };
    }
    let used = func.insts().any(|i| i != mk && func.dfg.insts[i].args().contains(&clo));
    if !used {
        func.layout.remove_inst(mk);
    }
}
