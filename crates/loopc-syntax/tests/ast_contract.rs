//! The AST shapes other crates rely on: build constraints, import paths, const `iota`,
//! grouped parameters and fields, type switches, range clauses, composite-literal
//! disambiguation in control clauses, malformed literals as `Bad`, and the message forms of
//! `parse_file` versus `parse_file_named`.

use loopc_span::{FileId, SourceMap};
use loopc_syntax::ast::*;
use loopc_syntax::{parse_file, parse_file_named, parse_source};

fn parse_ok(src: &str) -> File {
    let (file, diags) = parse_file(FileId(0), src);
    assert!(diags.is_empty(), "unexpected diagnostics: {diags:?}");
    file
}

fn func<'a>(file: &'a File, name: &str) -> &'a FuncDecl {
    file.decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if f.name.name == name => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no func {name}"))
}

fn body<'a>(file: &'a File, name: &str) -> &'a [Stmt] {
    &func(file, name).body.as_ref().expect("a body").stmts
}

fn names(f: &Field) -> Vec<&str> {
    f.names.iter().map(|n| n.name.as_str()).collect()
}

#[test]
fn build_constraint_and_imports() {
    let src = "//go:build linux && !386\n\n// Package doc.\npackage main\n\nimport (\n\t\"fmt\"\n\tstr `strings`\n\t. \"os\"\n\t_ \"e\\x6dbed\"\n)\n";
    let file = parse_ok(src);
    let (constraint, span) = file.go_build.as_ref().expect("go:build recorded");
    assert_eq!(constraint, "linux && !386");
    assert_eq!(span.lo, 0);
    assert_eq!(file.package.name, "main");
    let imports: Vec<(Option<&str>, &str)> =
        file.imports.iter().map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str())).collect();
    assert_eq!(imports, [(None, "fmt"), (Some("str"), "strings"), (Some("."), "os"), (Some("_"), "embed")]);
    // A //go:build line after the package clause is not the file's constraint; one that no
    // declaration takes is a misplaced directive (as in gc).
    let file = parse_ok("package p\n\n//go:build ignore\nfunc f() {}\n");
    assert!(file.go_build.is_none());
    let (_, diags) = parse_file(FileId(0), "package p\n\n//go:build ignore\n");
    assert_eq!(
        diags.iter().map(|d| (d.span.lo, d.message.as_str())).collect::<Vec<_>>(),
        [(13, "misplaced compiler directive")]
    );
}

#[test]
fn const_iota_and_groups() {
    let file = parse_ok("package p\nconst (\n\ta = iota\n\tb\n\t_\n\tc, d\n)\nconst e = 1\n");
    let Decl::Gen(g) = &file.decls[0] else { panic!("gen decl") };
    assert!(g.grouped);
    let iotas: Vec<(Vec<&str>, u32, usize)> = g
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value(v) => (v.names.iter().map(|n| n.name.as_str()).collect(), v.iota, v.values.len()),
            Spec::Type(_) => panic!("value spec"),
        })
        .collect();
    assert_eq!(iotas, [(vec!["a"], 0, 1), (vec!["b"], 1, 0), (vec!["_"], 2, 0), (vec!["c", "d"], 3, 0)]);
    let Decl::Gen(g) = &file.decls[1] else { panic!("gen decl") };
    assert!(!g.grouped);
}

#[test]
fn parameters_are_grouped_by_shared_type() {
    let file =
        parse_ok("package p\nfunc f(a, b int, c string, d ...float64) (x, y int) { return }\nfunc g(int, string) {}\n");
    let f = func(&file, "f");
    let params: Vec<Vec<&str>> = f.sig.params.iter().map(names).collect();
    assert_eq!(params, [vec!["a", "b"], vec!["c"], vec!["d"]]);
    assert!(matches!(f.sig.params[2].ty.kind, ExprKind::DotsType(_)));
    let results: Vec<Vec<&str>> = f.sig.results.iter().map(names).collect();
    assert_eq!(results, [vec!["x", "y"]]);
    let g = func(&file, "g");
    assert_eq!(g.sig.params.len(), 2);
    assert!(g.sig.params.iter().all(|p| p.names.is_empty()));
    // The signature of a declaration starts at its parameters' "(".
    let (lo, hi) = (g.sig.span.lo as usize, g.sig.span.hi as usize);
    assert_eq!(
        &"package p\nfunc f(a, b int, c string, d ...float64) (x, y int) { return }\nfunc g(int, string) {}\n"[lo..hi],
        "(int, string)"
    );
}

#[test]
fn generics() {
    let src = "package p\ntype L[T any, U ~int | ~string] struct{ x T }\nfunc (l *L[T, U]) M() {}\nfunc F[P interface{ ~[]E }, E any](p P) {}\nvar _ = F[[]int, int]\n";
    let file = parse_ok(src);
    let Decl::Gen(g) = &file.decls[0] else { panic!() };
    let Spec::Type(t) = &g.specs[0] else { panic!() };
    let tps: Vec<Vec<&str>> = t.type_params.iter().map(names).collect();
    assert_eq!(tps, [vec!["T"], vec!["U"]]);
    assert!(matches!(&t.type_params[1].ty.kind, ExprKind::Binary { op: BinaryOp::Or, .. }));
    let m = func(&file, "M");
    let recv = m.recv.as_ref().expect("receiver");
    let ExprKind::Star(inner) = &recv.ty.kind else { panic!("pointer receiver") };
    assert!(matches!(&inner.kind, ExprKind::Index { indices, .. } if indices.len() == 2));
    assert_eq!(func(&file, "F").type_params.len(), 2);
    let Decl::Gen(g) = &file.decls[3] else { panic!() };
    let Spec::Value(v) = &g.specs[0] else { panic!() };
    assert!(matches!(&v.values[0].kind, ExprKind::Index { indices, .. } if indices.len() == 2));
}

#[test]
fn type_switches_and_ranges() {
    let src = "package p\nfunc f(v any, s []int) {\n\tswitch x := v.(type) {\n\tcase int, nil:\n\t\t_ = x\n\t}\n\tswitch v.(type) {\n\t}\n\tswitch (v) {\n\t}\n\tfor i, e := range s {\n\t\t_, _ = i, e\n\t}\n\tfor range s {\n\t}\n\tvar k int\n\tfor k = range s {\n\t}\n\t_ = k\n}\n";
    let file = parse_ok(src);
    let stmts = body(&file, "f");
    let StmtKind::TypeSwitch { bind: Some(b), x, clauses, .. } = &stmts[0].kind else { panic!("type switch") };
    assert_eq!(b.name, "x");
    assert!(matches!(&x.kind, ExprKind::Name(n) if n == "v"));
    assert_eq!(clauses[0].exprs.len(), 2);
    assert!(matches!(&stmts[1].kind, StmtKind::TypeSwitch { bind: None, .. }));
    assert!(matches!(&stmts[2].kind, StmtKind::Switch { tag: Some(Expr { kind: ExprKind::Paren(_), .. }), .. }));
    assert!(matches!(&stmts[3].kind, StmtKind::Range { key: Some(_), value: Some(_), define: true, .. }));
    assert!(matches!(&stmts[4].kind, StmtKind::Range { key: None, value: None, define: false, .. }));
    assert!(matches!(&stmts[6].kind, StmtKind::Range { key: Some(_), value: None, define: false, .. }));
}

#[test]
fn composite_literals_in_control_clauses() {
    let src = "package p\ntype T struct{ a int }\nfunc f(t T) {\n\tif t == (T{}) {\n\t}\n\tfor _, x := range []T{{1}} {\n\t\t_ = x\n\t}\n\tif t.a == 0 {\n\t}\n}\n";
    let file = parse_ok(src);
    let stmts = body(&file, "f");
    let StmtKind::If { cond, .. } = &stmts[0].kind else { panic!() };
    let ExprKind::Binary { y, .. } = &cond.kind else { panic!() };
    assert!(matches!(&y.kind, ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::CompositeLit { .. })));
    let StmtKind::Range { x, .. } = &stmts[1].kind else { panic!() };
    let ExprKind::CompositeLit { ty: Some(_), elts, .. } = &x.kind else { panic!("slice literal") };
    assert!(matches!(&elts[0].kind, ExprKind::CompositeLit { ty: None, .. }));
}

#[test]
fn labels_branches_and_statements() {
    let src = "package p\nfunc f(c chan int) {\nL:\n\tfor {\n\t\tbreak L\n\t}\n\tgo f(c)\n\tdefer f(c)\n\tc <- 1\n\tx := <-c\n\tx++\n\tx += 2\n\t_ = x\n\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\tdefault:\n\t}\n}\n";
    let file = parse_ok(src);
    let stmts = body(&file, "f");
    let StmtKind::Labeled { label, stmt } = &stmts[0].kind else { panic!() };
    assert_eq!(label.name, "L");
    assert!(matches!(&stmt.kind, StmtKind::For { .. }));
    assert!(matches!(&stmts[1].kind, StmtKind::Go(_)));
    assert!(matches!(&stmts[2].kind, StmtKind::Defer(_)));
    assert!(matches!(&stmts[3].kind, StmtKind::Send { .. }));
    assert!(matches!(&stmts[5].kind, StmtKind::IncDec { inc: true, .. }));
    assert!(matches!(&stmts[6].kind, StmtKind::Assign { op: Some(BinaryOp::Add), define: false, .. }));
    assert!(matches!(&stmts[8].kind, StmtKind::Select { clauses } if clauses.len() == 2));
}

#[test]
fn node_ids_are_dense_in_source_order() {
    let file = parse_ok("package p\nfunc f() int { return 1 + 2*3 }\n");
    assert_eq!(file.package.id, NodeId(0));
    let f = func(&file, "f");
    let StmtKind::Return(results) = &body(&file, "f")[0].kind else { panic!() };
    // The binary expression precedes its operands although it was built after them.
    let ExprKind::Binary { x, y, .. } = &results[0].kind else { panic!() };
    assert!(f.id < results[0].id && results[0].id < x.id && x.id < y.id);
    assert!(y.id.0 < file.node_count);
}

#[test]
fn malformed_literals_are_bad_expressions() {
    let (file, diags) = parse_file(FileId(0), "package p\nvar x = 08\n");
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].message, "invalid digit '8' in octal literal");
    let Decl::Gen(g) = &file.decls[0] else { panic!() };
    let Spec::Value(v) = &g.specs[0] else { panic!() };
    assert!(matches!(v.values[0].kind, ExprKind::Bad));
}

#[test]
fn positions_inside_messages_use_the_given_name() {
    let src = "package p\nfunc f() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n";
    let (_, unnamed) = parse_file(FileId(0), src);
    assert_eq!(unnamed[0].message, "goto L jumps over declaration of x at :4:4");
    let mut map = SourceMap::new();
    let id = map.add("g.go", src);
    let (_, named) = parse_file_named(id, "./g.go", src);
    assert_eq!(named[0].render_go(&map), "g.go:3:7: goto L jumps over declaration of x at ./g.go:4:4");
}

#[test]
fn fatal_marks_where_go_build_stops() {
    let fatal = |src: &str| parse_source(FileId(0), "./x.go", src).fatal;
    assert!(!fatal("package p\nfunc f() {}\n"));
    // Lexical and branch errors: gc goes on to type-check.
    assert!(!fatal("package p\nvar x = 08\n"));
    assert!(!fatal("package p\nfunc f() { break }\n"));
    // Syntax errors and header errors stop.
    assert!(fatal("package p\nfunc f() { x := }\n"));
    assert!(fatal("package p\nimport 42\n"));
    assert!(fatal("func f() {}\n"));
    // Any error in the package clause stops gc, even a lexical one.
    assert!(fatal("package p @\nfunc f() {}\n"));
}
