//! Label and branch checks of one function body, as gc's `syntax/branches.go` makes them
//! while parsing (gc's noder parses with `CheckBranches`):
//! - misplaced `break`, `continue` and `fallthrough`;
//! - labeled `break`/`continue` whose label is undefined or does not label an enclosing
//!   statement of the right kind;
//! - undefined, unused and duplicate labels;
//! - `goto`s jumping over variable declarations or into blocks.
//!
//! Function literals are checked on their own (their bodies are separate functions), so this
//! walk does not enter expressions. Messages that mention another position print it as
//! `name:line:col`, with the file name the parser was given.

use std::collections::BTreeMap;

use crate::ast::{Block, BranchKind, GenKind, NodeId, Spec, Stmt, StmtKind};
use crate::parser::Parser;

/// What a labeled statement is, for `break L` / `continue L`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Loop,
    Switch,
    Select,
    Other,
}

struct Label {
    /// Block containing the label declaration.
    parent: usize,
    /// The labeled statement.
    lstmt: NodeId,
    target: TargetKind,
    pos: u32,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// Labeled statement associated with this block.
    lstmt: Option<NodeId>,
}

/// An unresolved forward `goto`.
#[derive(Clone)]
struct Goto {
    id: usize,
    name: String,
    pos: u32,
}

#[derive(Clone, Copy)]
enum BreakTarget {
    Loop,
    Select,
    Switch { is_type_switch: bool, nclauses: usize },
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Option<BreakTarget>,
    continues: bool,
    /// Case index in the immediately enclosing switch statement.
    case_index: Option<usize>,
}

struct LabelScope<'p, 'a> {
    p: &'p Parser<'a>,
    labels: BTreeMap<String, Label>,
    blocks: Vec<BlockInfo>,
    errors: Vec<(u32, String)>,
    next_goto: usize,
}

/// Checks the branch statements of a function body; returns the errors in gc's order.
pub(crate) fn check_branches(body: &Block, p: &Parser<'_>) -> Vec<(u32, String)> {
    let mut ls = LabelScope { p, labels: BTreeMap::new(), blocks: Vec::new(), errors: Vec::new(), next_goto: 0 };
    let top = Targets { breaks: None, continues: false, case_index: None };
    let fwd = ls.block_branches(None, top, None, body.lbrace.lo, &body.stmts);

    // Forward gotos left over: the label was never defined, or is inside a block that the
    // goto cannot reach.
    for g in fwd {
        if let Some(l) = ls.labels.get_mut(&g.name) {
            l.used = true; // avoid "defined and not used"
            let start = ls.blocks.get(l.parent).map_or(0, |b| b.start);
            let msg = format!("goto {} jumps into block starting at {}", g.name, p.pos_string(start));
            ls.errors.push((g.pos, msg));
        } else {
            ls.errors.push((g.pos, format!("label {} not defined", g.name)));
        }
    }

    // spec: "It is illegal to define a label that is never used."
    let mut unused: Vec<(u32, String)> = ls
        .labels
        .iter()
        .filter(|(_, l)| !l.used)
        .map(|(name, l)| (l.pos, format!("label {name} defined and not used")))
        .collect();
    unused.sort();
    ls.errors.extend(unused);
    ls.errors
}

fn target_kind(s: &Stmt) -> TargetKind {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => TargetKind::Loop,
        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => TargetKind::Switch,
        StmtKind::Select { .. } => TargetKind::Select,
        _ => TargetKind::Other,
    }
}

/// A fallthrough counts as the last statement even if empty statements follow it.
fn trim_trailing_empty(list: &[Stmt]) -> &[Stmt] {
    let mut n = list.len();
    while n > 0 && matches!(list[n - 1].kind, StmtKind::Empty) {
        n -= 1;
    }
    &list[..n]
}

impl LabelScope<'_, '_> {
    fn errf(&mut self, pos: u32, msg: String) {
        self.errors.push((pos, msg));
    }

    /// Declares the label of labeled statement `s` in block `b`; a duplicate is reported
    /// and the existing label returned.
    fn declare(&mut self, b: usize, name: &str, pos: u32, lstmt: NodeId, target: TargetKind) {
        if let Some(alt) = self.labels.get(name) {
            let msg = format!("label {} already defined at {}", name, self.p.pos_string(alt.pos));
            self.errf(pos, msg);
            return;
        }
        self.labels.insert(name.to_string(), Label { parent: b, lstmt, target, pos, used: false });
    }

    /// Whether the label `name` is declared in block `b` or an enclosing block (a valid
    /// target of a backward `goto`). Marks the label used.
    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true; // even if it's not a valid target
        let parent = l.parent;
        while let Some(bi) = b {
            if parent == bi {
                return true;
            }
            b = self.blocks.get(bi).and_then(|x| x.parent);
        }
        false
    }

    /// The innermost enclosing labeled statement named `name`: `None` if the label is not
    /// defined, `Some(None)` if it is but does not label an enclosing statement.
    fn enclosing_target(&mut self, mut b: Option<usize>, name: &str) -> Option<Option<TargetKind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true; // even if it's not a valid target
        let (lstmt, target) = (l.lstmt, l.target);
        while let Some(bi) = b {
            let Some(info) = self.blocks.get(bi) else { break };
            if info.lstmt == Some(lstmt) {
                return Some(Some(target));
            }
            b = info.parent;
        }
        Some(None)
    }

    /// Processes a block's statements; returns the unresolved forward gotos.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<NodeId>,
        start: u32,
        body: &[Stmt],
    ) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, lstmt });

        let mut var: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<usize> = Vec::new();

        let list = trim_trailing_empty(body);
        for (index, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<NodeId> = None;
            let mut s = stmt;
            // Strip labels, declaring them.
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if !label.is_blank() {
                    self.declare(b, &label.name, label.span.lo, s.id, target_kind(inner));
                    // Resolve matching forward gotos.
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.name == label.name {
                            if let Some(l) = self.labels.get_mut(&label.name) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var {
                                if bad.contains(&g.id) {
                                    let msg = format!(
                                        "goto {} jumps over declaration of {} at {}",
                                        g.name,
                                        vname,
                                        self.p.pos_string(*vpos)
                                    );
                                    self.errors.push((g.pos, msg));
                                }
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(s.id);
                }
                s = inner;
            }

            let mut record_var = |pos: u32, name: String, fwd: &Vec<Goto>, bad: &mut Vec<usize>| {
                var = Some((pos, name));
                // Any forward goto so far jumps over this declaration (unless it leaves the
                // block, which is not known yet).
                *bad = fwd.iter().map(|g| g.id).collect();
            };

            match &s.kind {
                StmtKind::Decl(d) if d.kind == GenKind::Var => {
                    // The first variable spec will do.
                    if let Some(Spec::Value(v)) = d.specs.first() {
                        if let Some(n) = v.names.first() {
                            record_var(v.span.lo, n.name.clone(), &fwd, &mut bad);
                        }
                    }
                }
                StmtKind::Assign { define: true, lhs, op_span, .. } => {
                    record_var(op_span.lo, crate::printer::list_string(lhs), &fwd, &mut bad);
                }
                StmtKind::Branch { kind, label: None } => self.unlabeled_branch(*kind, s, ctxt, index, list.len()),
                StmtKind::Branch { kind, label: Some(label) } => match kind {
                    BranchKind::Break => match self.enclosing_target(Some(b), &label.name) {
                        Some(Some(TargetKind::Loop | TargetKind::Switch | TargetKind::Select)) => {}
                        Some(_) => self.errf(label.span.lo, format!("invalid break label {}", label.name)),
                        None => self.errf(label.span.lo, format!("break label not defined: {}", label.name)),
                    },
                    BranchKind::Continue => match self.enclosing_target(Some(b), &label.name) {
                        Some(Some(TargetKind::Loop)) => {}
                        Some(_) => self.errf(label.span.lo, format!("invalid continue label {}", label.name)),
                        None => self.errf(label.span.lo, format!("continue label not defined: {}", label.name)),
                    },
                    BranchKind::Goto => {
                        if !self.goto_target(Some(b), &label.name) {
                            // The label may be declared later.
                            let id = self.next_goto;
                            self.next_goto += 1;
                            fwd.push(Goto { id, name: label.name.clone(), pos: label.span.lo });
                        }
                    }
                    BranchKind::Fallthrough => {}
                },
                StmtKind::Block(blk) => {
                    let inner = Targets { case_index: None, ..ctxt };
                    let got = self.block_branches(Some(b), inner, lstmt, blk.lbrace.lo, &blk.stmts);
                    fwd.extend(got);
                }
                StmtKind::If { then, els, .. } => {
                    let inner = Targets { case_index: None, ..ctxt };
                    let got = self.block_branches(Some(b), inner, lstmt, then.lbrace.lo, &then.stmts);
                    fwd.extend(got);
                    if let Some(e) = els {
                        let got = self.block_branches(Some(b), inner, lstmt, e.span.lo, std::slice::from_ref(&**e));
                        fwd.extend(got);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets { breaks: Some(BreakTarget::Loop), continues: true, case_index: None };
                    let got = self.block_branches(Some(b), inner, lstmt, body.lbrace.lo, &body.stmts);
                    fwd.extend(got);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let is_type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                    let sw = BreakTarget::Switch { is_type_switch, nclauses: clauses.len() };
                    for (i, cc) in clauses.iter().enumerate() {
                        let inner = Targets { breaks: Some(sw), continues: ctxt.continues, case_index: Some(i) };
                        let got = self.block_branches(Some(b), inner, lstmt, cc.span.lo, &cc.body);
                        fwd.extend(got);
                    }
                }
                StmtKind::Select { clauses } => {
                    let inner =
                        Targets { breaks: Some(BreakTarget::Select), continues: ctxt.continues, case_index: None };
                    for cc in clauses {
                        let got = self.block_branches(Some(b), inner, lstmt, cc.span.lo, &cc.body);
                        fwd.extend(got);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    fn unlabeled_branch(&mut self, kind: BranchKind, s: &Stmt, ctxt: Targets, index: usize, n: usize) {
        let pos = s.span.lo;
        match kind {
            BranchKind::Break => {
                if ctxt.breaks.is_none() {
                    self.errf(pos, "break is not in a loop, switch, or select".to_string());
                }
            }
            BranchKind::Continue => {
                if !ctxt.continues {
                    self.errf(pos, "continue is not in a loop".to_string());
                }
            }
            BranchKind::Fallthrough => {
                let mut msg = "fallthrough statement out of place";
                if let Some(BreakTarget::Switch { is_type_switch, nclauses }) = ctxt.breaks {
                    if is_type_switch {
                        msg = "cannot fallthrough in type switch";
                    } else {
                        match ctxt.case_index {
                            // fallthrough nested in a block or not the last statement
                            None => {}
                            Some(_) if index + 1 < n => {}
                            Some(ci) if ci + 1 == nclauses => msg = "cannot fallthrough final case in switch",
                            Some(_) => return, // fallthrough ok
                        }
                    }
                }
                self.errf(pos, msg.to_string());
            }
            // A goto always has a label.
            BranchKind::Goto => {}
        }
    }
}
