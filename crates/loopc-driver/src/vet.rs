//! `loopc vet`: the `loopclosure` analyzer of `go vet`, run on one file's syntax tree and
//! type information (no IR), reporting what `go vet` reports (SEMANTICS.md §8).
//!
//! Data flow:
//! ```text
//! Session::compile ─▶ (ast::File, Program.info) ─loopclosure─▶ Vec<Diagnostic> (Warning)
//!                                                       ─▶ render_text / render_json
//! ```
//! The analysis follows `golang.org/x/tools/go/analysis/passes/loopclosure`:
//! - Files whose Go version is go1.22 or later are skipped (loop variables are per-iteration
//!   there). The version is the driver's: `-lang`, else go.mod's `go` line, lowered by a
//!   `//go:build go1.21` constraint.
//! - Every `for` statement, in preorder over the whole file (functions, methods, function
//!   literals, package variable initializers), defines the loop variables: a range loop's
//!   key and value identifiers, or the identifiers a 3-clause loop's post statement assigns
//!   (`i++`, `p = p.next`, `i, j = i+1, j-1`).
//! - The **last** statements of the loop body — recursively through if/else chains, nested
//!   loops, switch, type switch and select clauses — that are `go` or `defer` statements
//!   calling a function literal directly (or `errgroup.Group.Go(funcLit)`, a package loopc
//!   does not provide, so never matched) have every statement of that literal inspected.
//! - Every top-level `t.Run(name, func(t *testing.T) {...})` statement of the body whose
//!   literal calls `t.Parallel()` on its own parameter has the statements after that call
//!   (and after the last labeled statement) inspected.
//! - Inspecting reports every identifier that *uses* a loop variable (declarations do not
//!   count), in source order, once per matching loop variable, at the identifier:
//!   `loop variable NAME captured by func literal`.
//!
//! Reports come out in the analyzer's order (loops in preorder; for each loop, the
//! last-statement reports, then the `t.Run` ones), neither sorted nor deduplicated, as
//! `go vet` prints them. Method calls are recognized by the callee's receiver type and
//! package path (`(*testing.T).Run` declared in loopc's std package `testing`), as
//! `typesinternal.IsMethodNamed` does.
//!
//! Programs loopc rejects: vet needs complete type information, so a file with errors gets
//! the checker's errors instead of an analysis — except `loopc does not support goroutines`,
//! which the checker reports while still checking the `go` statement's call completely: `go`
//! statements are exactly what this analyzer is about, and `go vet` accepts them, so vet
//! treats that restriction as no error.
//!
//! Output (see [`render_text`], [`render_json`]): text lines `FILE:LINE:COL: message` with
//! the path as the source map names the file (as given on the command line), exit status 1
//! if anything was reported; with `-json`, `go vet -json`'s tree
//! `{"PKG": {"loopclosure": [{"posn", "end", "message"}]}}` on stdout (exit status 0), whose
//! package key is [`package_id`]'s.

use crate::version::GoVersion;
use crate::{DriverError, Session};
use loopc_span::{Diagnostic, FileId, Severity, SourceMap, Span};
use loopc_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use loopc_types::{Mode, NodeKey, ObjId, ObjKind, Program};
use std::path::Path;

/// The analyzer's name, the key of its results in `-json` output.
pub const ANALYZER: &str = "loopclosure";

/// The checker error vet does not count as one (see the module documentation).
pub const GOROUTINES_UNSUPPORTED: &str = "loopc does not support goroutines";

/// The package key of a file outside any module (`go vet`'s name for a package given as
/// files).
pub const COMMAND_LINE_ARGUMENTS: &str = "command-line-arguments";

/// What vetting a file found.
#[derive(Debug)]
pub enum VetOutcome {
    /// The analysis ran: its reports, in the analyzer's order (possibly none).
    Analyzed(Vec<Diagnostic>),
    /// The program has errors, so nothing was analyzed: the rendered errors (gc's format,
    /// sorted, at most ten unless `-e`).
    Rejected(String),
}

/// Parses and type-checks `path` and runs the analysis on it.
pub fn vet_file(session: &mut Session, path: &str) -> Result<VetOutcome, DriverError> {
    let compilation = session.compile(path)?;
    Ok(vet_compilation(&session.sources, &compilation))
}

/// Runs the analysis on a compilation, or returns its errors if it has any that matter.
pub fn vet_compilation(sources: &SourceMap, c: &crate::Compilation) -> VetOutcome {
    let errors: Vec<Diagnostic> = c
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.message != GOROUTINES_UNSUPPORTED)
        .cloned()
        .collect();
    let program = match &c.program {
        Some(p) if errors.is_empty() => p,
        _ => {
            // `finish_diagnostics` already applied gc's order and error limit; printing the
            // retained errors keeps a `too many errors` line in place.
            return VetOutcome::Rejected(crate::render_diagnostics(sources, &errors));
        }
    };
    VetOutcome::Analyzed(loopclosure(c.file, &c.ast, program, c.version.0))
}

/// The `loopclosure` analysis of `file` (whose syntax tree is `ast`, type-checked into
/// `program`) at language version `version`.
pub fn loopclosure(file: FileId, ast: &ast::File, program: &Program, version: GoVersion) -> Vec<Diagnostic> {
    let mut pass = Pass { file, program, reports: Vec::new() };
    if version.has_per_iteration_loopvars() {
        return pass.reports;
    }
    let mut loops = Vec::new();
    for decl in &ast.decls {
        match decl {
            ast::Decl::Func(f) => {
                visit_fields(f.recv.iter(), &mut |n| collect_loop(n, &mut loops));
                visit_fields(f.type_params.iter(), &mut |n| collect_loop(n, &mut loops));
                visit_func_type(&f.sig, &mut |n| collect_loop(n, &mut loops));
                if let Some(body) = &f.body {
                    visit_stmts(&body.stmts, &mut |n| collect_loop(n, &mut loops));
                }
            }
            ast::Decl::Gen(g) => visit_gen_decl(g, &mut |n| collect_loop(n, &mut loops)),
        }
    }
    for s in loops {
        pass.run_loop(s);
    }
    pass.reports
}

fn collect_loop<'a>(n: Node<'a>, loops: &mut Vec<&'a Stmt>) {
    if let Node::Stmt(s) = n {
        if matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. }) {
            loops.push(s);
        }
    }
}

/// One run of the analyzer over a file.
struct Pass<'p> {
    file: FileId,
    program: &'p Program,
    reports: Vec<Diagnostic>,
}

impl Pass<'_> {
    fn key(&self, id: ast::NodeId) -> NodeKey {
        NodeKey::new(self.file, id)
    }

    /// `ObjectOf` for an identifier expression (a definition or a use).
    fn object_of_name(&self, e: &Expr) -> Option<ObjId> {
        match e.kind {
            ExprKind::Name(_) => self.program.info.object_of(self.file, e.id),
            _ => None,
        }
    }

    /// `Uses[id]` for an identifier expression.
    fn use_of(&self, e: &Expr) -> Option<ObjId> {
        match e.kind {
            ExprKind::Name(_) => self.program.info.uses.get(&self.key(e.id)).copied(),
            _ => None,
        }
    }

    fn run_loop(&mut self, s: &Stmt) {
        let mut vars: Vec<ObjId> = Vec::new();
        let body = match &s.kind {
            StmtKind::Range { key, value, body, .. } => {
                for e in [key, value].into_iter().flatten() {
                    vars.extend(self.object_of_name(e));
                }
                body
            }
            StmtKind::For { post, body, .. } => {
                match post.as_deref().map(|p| &p.kind) {
                    Some(StmtKind::Assign { lhs, .. }) => {
                        for e in lhs {
                            vars.extend(self.object_of_name(e));
                        }
                    }
                    Some(StmtKind::IncDec { x, .. }) => vars.extend(self.object_of_name(x)),
                    _ => {}
                }
                body
            }
            _ => return,
        };
        if vars.is_empty() {
            return;
        }
        // go, defer and errgroup.Group.Go: only the last statements, since a later statement
        // might wait for the goroutine or return before the deferred call matters.
        let mut lasts = Vec::new();
        for_each_last_stmt(&body.stmts, &mut |last| lasts.push(last));
        for last in lasts {
            let stmts: &[Stmt] = match &last.kind {
                StmtKind::Go(call) | StmtKind::Defer(call) => match &call.kind {
                    ExprKind::Call { func, .. } => lit_stmts(func),
                    _ => &[],
                },
                StmtKind::Expr(e) => match &e.kind {
                    ExprKind::Call { func, args, .. }
                        if self.is_method_call(func, "golang.org/x/sync/errgroup", "Group", "Go") =>
                    {
                        args.first().map_or(&[][..], lit_stmts)
                    }
                    _ => &[],
                },
                _ => &[],
            };
            for st in stmts {
                self.report_captured(&vars, st);
            }
        }
        // Parallel subtests: every t.Run statement of the body, as nothing commonly
        // synchronizes with them.
        for st in &body.stmts {
            if let StmtKind::Expr(e) = &st.kind {
                if let ExprKind::Call { func, args, .. } = &e.kind {
                    for inner in self.parallel_subtest(func, args) {
                        self.report_captured(&vars, inner);
                    }
                }
            }
        }
    }

    /// Reports every identifier in `st` that uses one of `vars`, once per matching entry.
    fn report_captured(&mut self, vars: &[ObjId], st: &Stmt) {
        let mut names = Vec::new();
        visit_stmt(st, &mut |n| {
            if let Node::Expr(e) = n {
                if matches!(e.kind, ExprKind::Name(_)) {
                    names.push(e);
                }
            }
        });
        for e in names {
            let (Some(obj), ExprKind::Name(name)) = (self.use_of(e), &e.kind) else { continue };
            for &v in vars {
                if v == obj {
                    self.reports.push(Diagnostic::new(
                        Severity::Warning,
                        e.span,
                        format!("loop variable {name} captured by func literal"),
                    ));
                }
            }
        }
    }

    /// The statements of `t.Run(name, func(t *testing.T) {...})`'s literal that follow its
    /// `t.Parallel()` call (after the last labeled statement); empty if the call is not
    /// such a subtest.
    fn parallel_subtest<'a>(&self, func: &Expr, args: &'a [Expr]) -> Vec<&'a Stmt> {
        if !self.is_method_call(func, "testing", "T", "Run") || args.len() != 2 {
            return Vec::new();
        }
        let ExprKind::FuncLit { sig, body } = &args[1].kind else { return Vec::new() };
        let Some(param) = sig.params.first().and_then(|f| f.names.first()) else { return Vec::new() };
        let Some(t_obj) = self.program.info.defs.get(&self.key(param.id)).copied() else { return Vec::new() };
        let mut stmts = Vec::new();
        let mut after_parallel = false;
        for st in &body.stmts {
            let (st, labeled) = unlabel(st);
            if labeled {
                // A jump to the label could skip t.Parallel() or the statements before it.
                stmts.clear();
                after_parallel = false;
            }
            if after_parallel {
                stmts.push(st);
                continue;
            }
            let StmtKind::Expr(e) = &st.kind else { continue };
            let ExprKind::Call { func, .. } = &e.kind else { continue };
            if self.is_method_call(func, "testing", "T", "Parallel") {
                if let ExprKind::Selector { x, .. } = &func.kind {
                    if self.use_of(x) == Some(t_obj) {
                        after_parallel = true;
                    }
                }
            }
        }
        stmts
    }

    fn is_type(&self, e: &Expr) -> bool {
        self.program.info.types.get(&self.key(e.id)).is_some_and(|tv| tv.mode == Mode::TypeExpr)
    }

    /// Whether a call's callee `func` denotes method `method` of type `pkg_path.type_name`
    /// (or a pointer to it): `typeutil.Callee` then `typesinternal.IsMethodNamed`.
    fn is_method_call(&self, func: &Expr, pkg_path: &str, type_name: &str, method: &str) -> bool {
        let Some(obj) = self.callee(func) else { return false };
        let o = self.program.object(obj);
        let ObjKind::Func { recv_base: Some(recv), .. } = &o.kind else { return false };
        if o.name != method {
            return false;
        }
        let Some(named) = self.program.types.named(*recv) else { return false };
        let tn = self.program.object(named.obj);
        tn.name == type_name && tn.pkg.is_some_and(|p| self.program.packages[p.0 as usize].path == pkg_path)
    }

    /// The object a callee expression uses: through parentheses and instantiations, the
    /// identifier or the selector's selected name.
    fn callee(&self, func: &Expr) -> Option<ObjId> {
        let mut e = func;
        loop {
            match &e.kind {
                ExprKind::Paren(x) => e = x.as_ref(),
                // An instantiation `f[T]`: its index is a type.
                ExprKind::Index { x, indices, .. } if indices.first().is_some_and(|i| self.is_type(i)) => {
                    e = x.as_ref()
                }
                _ => break,
            }
        }
        let obj = match &e.kind {
            ExprKind::Name(_) => self.use_of(e)?,
            ExprKind::Selector { sel, .. } => self.program.info.uses.get(&self.key(sel.id)).copied()?,
            _ => return None,
        };
        (!matches!(self.program.object(obj).kind, ObjKind::TypeName)).then_some(obj)
    }
}

/// Calls `on_last` on each "last" statement of `stmts`, recursively through compound
/// statements: both branches of if/else chains, loop bodies, and every switch, type switch
/// and select clause.
fn for_each_last_stmt<'a>(stmts: &'a [Stmt], on_last: &mut dyn FnMut(&'a Stmt)) {
    let Some(s) = stmts.last() else { return };
    match &s.kind {
        StmtKind::If { then, els, .. } => {
            for_each_last_stmt(&then.stmts, on_last);
            let mut els = els.as_deref();
            while let Some(e) = els {
                match &e.kind {
                    StmtKind::Block(b) => {
                        for_each_last_stmt(&b.stmts, on_last);
                        break;
                    }
                    StmtKind::If { then, els: next, .. } => {
                        for_each_last_stmt(&then.stmts, on_last);
                        els = next.as_deref();
                    }
                    _ => break,
                }
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => for_each_last_stmt(&body.stmts, on_last),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            for c in clauses {
                for_each_last_stmt(&c.body, on_last);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                for_each_last_stmt(&c.body, on_last);
            }
        }
        _ => on_last(s),
    }
}

/// The body statements of a function literal callee (not through parentheses).
fn lit_stmts(func: &Expr) -> &[Stmt] {
    match &func.kind {
        ExprKind::FuncLit { body, .. } => &body.stmts,
        _ => &[],
    }
}

/// The statement inside (possibly nested) labels, and whether there was a label.
fn unlabel(mut st: &Stmt) -> (&Stmt, bool) {
    let mut labeled = false;
    while let StmtKind::Labeled { stmt, .. } = &st.kind {
        labeled = true;
        st = stmt.as_ref();
    }
    (st, labeled)
}

/// A node of the syntax tree, as the preorder visitor presents it.
#[derive(Clone, Copy)]
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Visits `stmts` and everything inside them in preorder, children in source order (the
/// order of `go/ast.Inspect`).
fn visit_stmts<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(Node<'a>)) {
    for s in stmts {
        visit_stmt(s, f);
    }
}

fn visit_opt_stmt<'a>(s: &'a Option<Box<Stmt>>, f: &mut dyn FnMut(Node<'a>)) {
    if let Some(s) = s {
        visit_stmt(s, f);
    }
}

fn visit_stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(Node<'a>)) {
    f(Node::Stmt(s));
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => visit_expr(e, f),
        StmtKind::Send { ch, value } => {
            visit_expr(ch, f);
            visit_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => visit_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            visit_exprs(lhs, f);
            visit_exprs(rhs, f);
        }
        StmtKind::Return(results) => visit_exprs(results, f),
        StmtKind::Block(b) => visit_stmts(&b.stmts, f),
        StmtKind::If { init, cond, then, els } => {
            visit_opt_stmt(init, f);
            visit_expr(cond, f);
            visit_stmts(&then.stmts, f);
            visit_opt_stmt(els, f);
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            visit_opt_stmt(init, f);
            if let Some(t) = tag {
                visit_expr(t, f);
            }
            for c in clauses {
                visit_exprs(&c.exprs, f);
                visit_stmts(&c.body, f);
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            visit_opt_stmt(init, f);
            visit_expr(x, f);
            for c in clauses {
                visit_exprs(&c.exprs, f);
                visit_stmts(&c.body, f);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                visit_opt_stmt(&c.comm, f);
                visit_stmts(&c.body, f);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            visit_opt_stmt(init, f);
            if let Some(c) = cond {
                visit_expr(c, f);
            }
            visit_opt_stmt(post, f);
            visit_stmts(&body.stmts, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for e in [key, value].into_iter().flatten() {
                visit_expr(e, f);
            }
            visit_expr(x, f);
            visit_stmts(&body.stmts, f);
        }
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, f),
        StmtKind::Decl(g) => visit_gen_decl(g, f),
    }
}

fn visit_gen_decl<'a>(g: &'a ast::GenDecl, f: &mut dyn FnMut(Node<'a>)) {
    for spec in &g.specs {
        match spec {
            ast::Spec::Value(v) => {
                if let Some(t) = &v.ty {
                    visit_expr(t, f);
                }
                visit_exprs(&v.values, f);
            }
            ast::Spec::Type(t) => {
                visit_fields(t.type_params.iter(), f);
                visit_expr(&t.ty, f);
            }
        }
    }
}

fn visit_exprs<'a>(es: &'a [Expr], f: &mut dyn FnMut(Node<'a>)) {
    for e in es {
        visit_expr(e, f);
    }
}

fn visit_fields<'a>(fields: impl Iterator<Item = &'a ast::Field>, f: &mut dyn FnMut(Node<'a>)) {
    for field in fields {
        visit_expr(&field.ty, f);
    }
}

fn visit_func_type<'a>(sig: &'a ast::FuncType, f: &mut dyn FnMut(Node<'a>)) {
    visit_fields(sig.params.iter(), f);
    visit_fields(sig.results.iter(), f);
}

fn visit_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(Node<'a>)) {
    f(Node::Expr(e));
    match &e.kind {
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::DotsLen => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                visit_expr(t, f);
            }
            visit_exprs(elts, f);
        }
        ExprKind::KeyValue { key, value } => {
            visit_expr(key, f);
            visit_expr(value, f);
        }
        ExprKind::FuncLit { sig, body } => {
            visit_func_type(sig, f);
            visit_stmts(&body.stmts, f);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::DotsType(x) => visit_expr(x, f),
        ExprKind::Selector { x, .. } => visit_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            visit_expr(x, f);
            visit_exprs(indices, f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            visit_expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                visit_expr(b, f);
            }
        }
        ExprKind::TypeAssert { x, ty } => {
            visit_expr(x, f);
            if let Some(t) = ty {
                visit_expr(t, f);
            }
        }
        ExprKind::Call { func, args, .. } => {
            visit_expr(func, f);
            visit_exprs(args, f);
        }
        ExprKind::Binary { x, y, .. } => {
            visit_expr(x, f);
            visit_expr(y, f);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                visit_expr(l, f);
            }
            visit_expr(elem, f);
        }
        ExprKind::MapType { key, value } => {
            visit_expr(key, f);
            visit_expr(value, f);
        }
        ExprKind::ChanType { elem, .. } => visit_expr(elem, f),
        ExprKind::FuncType(sig) => visit_func_type(sig, f),
        ExprKind::StructType { fields } => visit_fields(fields.iter(), f),
        ExprKind::InterfaceType { elems } => {
            for el in elems {
                match el {
                    ast::InterfaceElem::Method { sig, .. } => visit_func_type(sig, f),
                    ast::InterfaceElem::Embed(t) => visit_expr(t, f),
                }
            }
        }
    }
}

/// `loopc vet`'s exit status, `go vet`'s: 1 if anything was reported in text mode, else 0
/// (with `-json`, reports are data and the status is 0).
pub fn exit_code(reports: &[Diagnostic], json: bool) -> u8 {
    u8::from(!json && !reports.is_empty())
}

/// `go vet`'s text output: one `FILE:LINE:COL: message` line per report, in report order.
pub fn render_text(map: &SourceMap, reports: &[Diagnostic]) -> String {
    reports.iter().map(|d| format!("{}: {}\n", map.position(d.span), d.message)).collect()
}

/// `go vet -json`'s output: `{}` without reports, else
/// `{"PKG": {"loopclosure": [{"posn": ..., "end": ..., "message": ...}, ...]}}`, indented
/// with tabs as Go's `json.MarshalIndent(tree, "", "\t")`, with a final newline. `end` is
/// the position just past the reported identifier.
pub fn render_json(map: &SourceMap, package: &str, reports: &[Diagnostic]) -> String {
    if reports.is_empty() {
        return "{}\n".to_string();
    }
    let mut out = String::from("{\n");
    out.push_str(&format!("\t{}: {{\n", json_string(package)));
    out.push_str(&format!("\t\t{}: [\n", json_string(ANALYZER)));
    for (i, d) in reports.iter().enumerate() {
        let end = Span::point(d.span.file, d.span.hi);
        out.push_str("\t\t\t{\n");
        out.push_str(&format!("\t\t\t\t\"posn\": {},\n", json_string(&map.position(d.span))));
        out.push_str(&format!("\t\t\t\t\"end\": {},\n", json_string(&map.position(end))));
        out.push_str(&format!("\t\t\t\t\"message\": {}\n", json_string(&d.message)));
        out.push_str(if i + 1 < reports.len() { "\t\t\t},\n" } else { "\t\t\t}\n" });
    }
    out.push_str("\t\t]\n\t}\n}\n");
    out
}

/// A JSON string literal as Go's `encoding/json` writes it (HTML-safe escaping of `<`, `>`,
/// `&`, and of U+2028/U+2029).
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The package key `go vet -json` would use for the package in directory `dir`: the import
/// path (the enclosing go.mod's module path joined with the directory's path below the
/// module root), or [`COMMAND_LINE_ARGUMENTS`] outside a module. I/O errors count as "no
/// go.mod".
pub fn package_id(dir: &Path) -> String {
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut root = Some(abs.as_path());
    while let Some(d) = root {
        if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
            let Some(module) = gomod_module_path(&text) else { return COMMAND_LINE_ARGUMENTS.to_string() };
            let rel = abs.strip_prefix(d).map(|r| r.to_string_lossy().replace('\\', "/")).unwrap_or_default();
            return if rel.is_empty() { module } else { format!("{module}/{rel}") };
        }
        root = d.parent();
    }
    COMMAND_LINE_ARGUMENTS.to_string()
}

/// The path on a go.mod file's `module` directive (unquoted if quoted).
fn gomod_module_path(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let line = line.split("//").next().unwrap_or("").trim();
        let rest = line.strip_prefix("module")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let path = rest.trim().trim_matches('"');
        (!path.is_empty()).then(|| path.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_like_encoding_json() {
        assert_eq!(json_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(json_string("<&>\u{1}\n"), "\"\\u003c\\u0026\\u003e\\u0001\\n\"");
        assert_eq!(json_string("é"), "\"é\"");
    }

    #[test]
    fn module_paths_come_from_the_module_line() {
        assert_eq!(gomod_module_path("// c\nmodule example.com/m // x\n\ngo 1.21\n").as_deref(), Some("example.com/m"));
        assert_eq!(gomod_module_path("module \"x\"\n").as_deref(), Some("x"));
        assert_eq!(gomod_module_path("modulex\n"), None);
        assert_eq!(gomod_module_path("go 1.21\n"), None);
    }

    #[test]
    fn empty_report_is_an_empty_json_object() {
        assert_eq!(render_json(&SourceMap::new(), "x", &[]), "{}\n");
    }
}
