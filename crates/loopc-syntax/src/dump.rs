//! A readable, stable dump of the AST (`loopc -emit=ast`).
//!
//! One node per line, children indented by two spaces under their parent. Each line is the
//! node kind, its details (names, operators, literal text), its start position as
//! `line:col` and its node id as `#n`. Optional parts that are absent are left out; child
//! roles that would be ambiguous are labeled (`init:`, `cond:`, `key:` ...).
//!
//! ```text
//! File package main 1:1
//!   FuncDecl main 3:1 #2
//!     Name main 3:6 #3
//!     Block 3:13 #4
//!       ExprStmt 4:2 #5
//!         Call 4:2 #6
//! ```

use std::fmt::Write as _;

use loopc_span::{SourceMap, Span};

use crate::ast::*;

/// Dumps `file` as an indented tree; positions are resolved through `map`.
pub fn dump_file(file: &File, map: &SourceMap) -> String {
    // The walk recurses once per tree level (up to the nesting limit).
    crate::stack::with_big_stack(|| {
        let mut d = Dumper { out: String::new(), map };
        d.file(file);
        d.out
    })
}

struct Dumper<'m> {
    out: String,
    map: &'m SourceMap,
}

fn lit_kind(k: LitKind) -> &'static str {
    match k {
        LitKind::Int => "Int",
        LitKind::Float => "Float",
        LitKind::Imag => "Imag",
        LitKind::Rune => "Rune",
        LitKind::String => "String",
    }
}

impl Dumper<'_> {
    fn pos(&self, span: Span) -> String {
        let lc = self.map.line_col(span);
        format!("{}:{}", lc.line, lc.col)
    }

    /// Writes one line: `head pos #id`.
    fn line(&mut self, depth: usize, head: &str, span: Span, id: Option<NodeId>) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        let pos = self.pos(span);
        let _ = write!(self.out, "{head} {pos}");
        if let Some(id) = id {
            let _ = write!(self.out, " #{}", id.0);
        }
        self.out.push('\n');
    }

    /// Writes a role label line (`cond:`), for children that need one.
    fn role(&mut self, depth: usize, role: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(role);
        self.out.push_str(":\n");
    }

    fn file(&mut self, f: &File) {
        let head = format!("File package {}", f.package.name);
        self.line(0, &head, f.package_span, None);
        if let Some((c, span)) = &f.go_build {
            self.line(1, &format!("GoBuild {c:?}"), *span, None);
        }
        self.ident(1, "Package", &f.package);
        for i in &f.imports {
            let head = match &i.name {
                Some(n) => format!("Import {} {:?}", n.name, i.path),
                None => format!("Import {:?}", i.path),
            };
            self.line(1, &head, i.span, Some(i.id));
            if let Some(n) = &i.name {
                self.ident(2, "Name", n);
            }
        }
        for d in &f.decls {
            self.decl(1, d);
        }
    }

    fn ident(&mut self, depth: usize, what: &str, i: &Ident) {
        let head = format!("{what} {}", i.name);
        self.line(depth, &head, i.span, Some(i.id));
    }

    fn decl(&mut self, depth: usize, d: &Decl) {
        match d {
            Decl::Func(f) => {
                let head = if f.body.is_some() { "FuncDecl" } else { "FuncDecl (no body)" };
                self.line(depth, &format!("{head} {}", f.name.name), f.span, Some(f.id));
                if let Some(r) = &f.recv {
                    self.role(depth + 1, "recv");
                    self.field(depth + 2, r);
                }
                self.ident(depth + 1, "Name", &f.name);
                self.fields(depth + 1, "type params", &f.type_params);
                self.func_type(depth + 1, &f.sig);
                if let Some(b) = &f.body {
                    self.block(depth + 1, b);
                }
            }
            Decl::Gen(g) => self.gen_decl(depth, g),
        }
    }

    fn gen_decl(&mut self, depth: usize, g: &GenDecl) {
        let kind = match g.kind {
            GenKind::Var => "var",
            GenKind::Const => "const",
            GenKind::Type => "type",
        };
        let head = if g.grouped { format!("GenDecl {kind} (grouped)") } else { format!("GenDecl {kind}") };
        self.line(depth, &head, g.span, Some(g.id));
        for s in &g.specs {
            match s {
                Spec::Value(v) => {
                    let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
                    let mut head = format!("ValueSpec {}", names.join(", "));
                    if g.kind == GenKind::Const {
                        let _ = write!(head, " iota={}", v.iota);
                    }
                    self.line(depth + 1, &head, v.span, Some(v.id));
                    for n in &v.names {
                        self.ident(depth + 2, "Name", n);
                    }
                    if let Some(t) = &v.ty {
                        self.role(depth + 2, "type");
                        self.expr(depth + 3, t);
                    }
                    if !v.values.is_empty() {
                        self.role(depth + 2, "values");
                        for e in &v.values {
                            self.expr(depth + 3, e);
                        }
                    }
                }
                Spec::Type(t) => {
                    let head = format!("TypeSpec {}{}", t.name.name, if t.alias { " (alias)" } else { "" });
                    self.line(depth + 1, &head, t.span, Some(t.id));
                    self.ident(depth + 2, "Name", &t.name);
                    self.fields(depth + 2, "type params", &t.type_params);
                    self.expr(depth + 2, &t.ty);
                }
            }
        }
    }

    fn fields(&mut self, depth: usize, role: &str, fields: &[Field]) {
        if fields.is_empty() {
            return;
        }
        self.role(depth, role);
        for f in fields {
            self.field(depth + 1, f);
        }
    }

    fn field(&mut self, depth: usize, f: &Field) {
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        let mut head = if names.is_empty() { "Field".to_string() } else { format!("Field {}", names.join(", ")) };
        if let Some(tag) = &f.tag {
            let _ = write!(head, " tag={tag}");
        }
        self.line(depth, &head, f.span, Some(f.id));
        for n in &f.names {
            self.ident(depth + 1, "Name", n);
        }
        self.expr(depth + 1, &f.ty);
    }

    fn func_type(&mut self, depth: usize, t: &FuncType) {
        self.line(depth, "Signature", t.span, None);
        self.fields(depth + 1, "params", &t.params);
        self.fields(depth + 1, "results", &t.results);
    }

    fn block(&mut self, depth: usize, b: &Block) {
        self.line(depth, "Block", b.lbrace, Some(b.id));
        for s in &b.stmts {
            self.stmt(depth + 1, s);
        }
    }

    fn opt_expr(&mut self, depth: usize, role: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.role(depth, role);
            self.expr(depth + 1, e);
        }
    }

    fn expr(&mut self, depth: usize, e: &Expr) {
        let d = depth + 1;
        match &e.kind {
            ExprKind::Bad => self.line(depth, "Bad", e.span, Some(e.id)),
            ExprKind::Name(n) => self.line(depth, &format!("Name {n}"), e.span, Some(e.id)),
            ExprKind::BasicLit { kind, raw } => {
                self.line(depth, &format!("BasicLit {} {raw}", lit_kind(*kind)), e.span, Some(e.id))
            }
            ExprKind::DotsLen => self.line(depth, "DotsLen", e.span, Some(e.id)),
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.line(depth, "CompositeLit", e.span, Some(e.id));
                self.opt_expr(d, "type", ty.as_deref());
                for x in elts {
                    self.expr(d, x);
                }
            }
            ExprKind::KeyValue { key, value } => {
                self.line(depth, "KeyValue", e.span, Some(e.id));
                self.expr(d, key);
                self.expr(d, value);
            }
            ExprKind::FuncLit { sig, body } => {
                self.line(depth, "FuncLit", e.span, Some(e.id));
                self.func_type(d, sig);
                self.block(d, body);
            }
            ExprKind::Paren(x) => {
                self.line(depth, "Paren", e.span, Some(e.id));
                self.expr(d, x);
            }
            ExprKind::Selector { x, sel } => {
                self.line(depth, &format!("Selector .{}", sel.name), e.span, Some(e.id));
                self.expr(d, x);
                self.ident(d, "Sel", sel);
            }
            ExprKind::Index { x, indices, .. } => {
                self.line(depth, "Index", e.span, Some(e.id));
                self.expr(d, x);
                for i in indices {
                    self.expr(d, i);
                }
            }
            ExprKind::Slice { x, lo, hi, max, full, .. } => {
                self.line(depth, if *full { "Slice (3-index)" } else { "Slice" }, e.span, Some(e.id));
                self.expr(d, x);
                self.opt_expr(d, "lo", lo.as_deref());
                self.opt_expr(d, "hi", hi.as_deref());
                self.opt_expr(d, "max", max.as_deref());
            }
            ExprKind::TypeAssert { x, ty } => {
                self.line(depth, if ty.is_some() { "TypeAssert" } else { "TypeAssert (type)" }, e.span, Some(e.id));
                self.expr(d, x);
                if let Some(t) = ty {
                    self.expr(d, t);
                }
            }
            ExprKind::Call { func, args, dots, .. } => {
                self.line(depth, if dots.is_some() { "Call (...)" } else { "Call" }, e.span, Some(e.id));
                self.expr(d, func);
                for a in args {
                    self.expr(d, a);
                }
            }
            ExprKind::Star(x) => {
                self.line(depth, "Star", e.span, Some(e.id));
                self.expr(d, x);
            }
            ExprKind::Unary { op, x } => {
                self.line(depth, &format!("Unary {}", op.as_str()), e.span, Some(e.id));
                self.expr(d, x);
            }
            ExprKind::Binary { op, x, y, .. } => {
                self.line(depth, &format!("Binary {}", op.as_str()), e.span, Some(e.id));
                self.expr(d, x);
                self.expr(d, y);
            }
            ExprKind::ArrayType { len, elem } => {
                self.line(depth, if len.is_some() { "ArrayType" } else { "SliceType" }, e.span, Some(e.id));
                self.opt_expr(d, "len", len.as_deref());
                self.expr(d, elem);
            }
            ExprKind::DotsType(x) => {
                self.line(depth, "DotsType", e.span, Some(e.id));
                self.expr(d, x);
            }
            ExprKind::MapType { key, value } => {
                self.line(depth, "MapType", e.span, Some(e.id));
                self.expr(d, key);
                self.expr(d, value);
            }
            ExprKind::ChanType { dir, elem } => {
                let head = match dir {
                    ChanDir::Both => "ChanType chan",
                    ChanDir::Send => "ChanType chan<-",
                    ChanDir::Recv => "ChanType <-chan",
                };
                self.line(depth, head, e.span, Some(e.id));
                self.expr(d, elem);
            }
            ExprKind::FuncType(t) => {
                self.line(depth, "FuncType", e.span, Some(e.id));
                self.func_type(d, t);
            }
            ExprKind::StructType { fields } => {
                self.line(depth, "StructType", e.span, Some(e.id));
                for f in fields {
                    self.field(d, f);
                }
            }
            ExprKind::InterfaceType { elems } => {
                self.line(depth, "InterfaceType", e.span, Some(e.id));
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.ident(d, "Method", name);
                            self.func_type(d + 1, sig);
                        }
                        InterfaceElem::Embed(x) => {
                            self.role(d, "embed");
                            self.expr(d + 1, x);
                        }
                    }
                }
            }
        }
    }

    fn opt_stmt(&mut self, depth: usize, role: &str, s: Option<&Stmt>) {
        if let Some(s) = s {
            self.role(depth, role);
            self.stmt(depth + 1, s);
        }
    }

    fn stmt(&mut self, depth: usize, s: &Stmt) {
        let d = depth + 1;
        let id = Some(s.id);
        match &s.kind {
            StmtKind::Bad => self.line(depth, "BadStmt", s.span, id),
            StmtKind::Empty => self.line(depth, "EmptyStmt", s.span, id),
            StmtKind::Expr(x) => {
                self.line(depth, "ExprStmt", s.span, id);
                self.expr(d, x);
            }
            StmtKind::Send { ch, value } => {
                self.line(depth, "SendStmt", s.span, id);
                self.expr(d, ch);
                self.expr(d, value);
            }
            StmtKind::IncDec { x, inc } => {
                self.line(depth, if *inc { "IncDecStmt ++" } else { "IncDecStmt --" }, s.span, id);
                self.expr(d, x);
            }
            StmtKind::Assign { lhs, op, define, rhs, .. } => {
                let op = if *define { ":=".to_string() } else { format!("{}=", op.map_or("", |o| o.as_str())) };
                self.line(depth, &format!("AssignStmt {op}"), s.span, id);
                self.role(d, "lhs");
                for x in lhs {
                    self.expr(d + 1, x);
                }
                self.role(d, "rhs");
                for x in rhs {
                    self.expr(d + 1, x);
                }
            }
            StmtKind::Go(x) => {
                self.line(depth, "GoStmt", s.span, id);
                self.expr(d, x);
            }
            StmtKind::Defer(x) => {
                self.line(depth, "DeferStmt", s.span, id);
                self.expr(d, x);
            }
            StmtKind::Return(l) => {
                self.line(depth, "ReturnStmt", s.span, id);
                for x in l {
                    self.expr(d, x);
                }
            }
            StmtKind::Branch { kind, label } => {
                let k = match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                };
                let head = match label {
                    Some(l) => format!("BranchStmt {k} {}", l.name),
                    None => format!("BranchStmt {k}"),
                };
                self.line(depth, &head, s.span, id);
                if let Some(l) = label {
                    self.ident(d, "Label", l);
                }
            }
            StmtKind::Block(b) => {
                self.line(depth, "BlockStmt", s.span, id);
                self.block(d, b);
            }
            StmtKind::If { init, cond, then, els } => {
                self.line(depth, "IfStmt", s.span, id);
                self.opt_stmt(d, "init", init.as_deref());
                self.opt_expr(d, "cond", Some(cond));
                self.block(d, then);
                self.opt_stmt(d, "else", els.as_deref());
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.line(depth, "SwitchStmt", s.span, id);
                self.opt_stmt(d, "init", init.as_deref());
                self.opt_expr(d, "tag", tag.as_ref());
                for c in clauses {
                    self.case_clause(d, c);
                }
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.line(depth, "TypeSwitchStmt", s.span, id);
                self.opt_stmt(d, "init", init.as_deref());
                if let Some(b) = bind {
                    self.ident(d, "Bind", b);
                }
                self.opt_expr(d, "x", Some(x));
                for c in clauses {
                    self.case_clause(d, c);
                }
            }
            StmtKind::Select { clauses } => {
                self.line(depth, "SelectStmt", s.span, id);
                for c in clauses {
                    self.line(
                        d,
                        if c.comm.is_some() { "CommClause case" } else { "CommClause default" },
                        c.span,
                        Some(c.id),
                    );
                    if let Some(comm) = &c.comm {
                        self.stmt(d + 1, comm);
                    }
                    for st in &c.body {
                        self.stmt(d + 1, st);
                    }
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.line(depth, "ForStmt", s.span, id);
                self.opt_stmt(d, "init", init.as_deref());
                self.opt_expr(d, "cond", cond.as_ref());
                self.opt_stmt(d, "post", post.as_deref());
                self.block(d, body);
            }
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.line(depth, if *define { "RangeStmt :=" } else { "RangeStmt" }, s.span, id);
                self.opt_expr(d, "key", key.as_ref());
                self.opt_expr(d, "value", value.as_ref());
                self.opt_expr(d, "x", Some(x));
                self.block(d, body);
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(depth, &format!("LabeledStmt {}", label.name), s.span, id);
                self.ident(d, "Label", label);
                self.stmt(d, stmt);
            }
            StmtKind::Decl(g) => {
                self.line(depth, "DeclStmt", s.span, id);
                self.gen_decl(d, g);
            }
        }
    }

    fn case_clause(&mut self, depth: usize, c: &CaseClause) {
        self.line(depth, if c.is_default { "CaseClause default" } else { "CaseClause case" }, c.span, Some(c.id));
        for e in &c.exprs {
            self.expr(depth + 1, e);
        }
        if !c.body.is_empty() {
            self.role(depth + 1, "body");
            for s in &c.body {
                self.stmt(depth + 2, s);
            }
        }
    }
}
