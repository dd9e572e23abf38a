//! Unit tests of the checker's recorded facts: inference, selections through embedded
//! fields, method sets and assignability outcomes, captures, ranges.

use loopc_span::SourceMap;
use loopc_syntax::ast;
use loopc_types::{check_program, Config, Importer, Program, RangeKind, SelectionKind};

struct NoStd;
impl Importer for NoStd {
    fn import(&mut self, _path: &str) -> Option<Vec<ast::File>> {
        None
    }
}

fn check(src: &str) -> (Program, Vec<String>) {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src);
    let (file, errs) = loopc_syntax::parse_file(id, src);
    assert!(errs.is_empty(), "syntax errors");
    let (p, d) = check_program(&map, &file, &Config::default(), &mut NoStd);
    let msgs = d.iter().map(|d| d.render_go(&map)).collect();
    (p, msgs)
}

#[test]
fn infers_type_arguments_from_untyped_and_core_types() {
    let (p, errs) = check(
        "package main\nfunc Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }\nfunc Max[T int | float64](a, b T) T { return a }\nfunc main() {\n\t_ = Map([]int{1}, func(i int) string { return \"\" })\n\t_ = Max(1, 2.5)\n}\n",
    );
    assert!(errs.is_empty(), "{errs:?}");
    let mut insts: Vec<Vec<String>> =
        p.info.instances.values().map(|i| i.targs.iter().map(|&t| p.type_string(t)).collect()).collect();
    insts.sort();
    assert_eq!(insts, vec![vec!["[]int".to_string(), "int".into(), "string".into()], vec!["float64".to_string()]]);
}

#[test]
fn promoted_fields_and_methods_have_paths() {
    let (p, errs) = check(
        "package main\ntype In struct{ X int }\nfunc (i *In) M() {}\ntype Out struct{ *In }\nfunc main() {\n\to := Out{&In{}}\n\t_ = o.X\n\to.M()\n}\n",
    );
    assert!(errs.is_empty(), "{errs:?}");
    let mut sels: Vec<(SelectionKind, Vec<usize>, bool)> =
        p.info.selections.values().map(|s| (s.kind.clone(), s.index.clone(), s.indirect)).collect();
    sels.sort_by_key(|s| (s.0 != SelectionKind::Field, s.1.clone()));
    assert_eq!(sels, vec![(SelectionKind::Field, vec![0, 0], true), (SelectionKind::MethodVal, vec![0, 0], true)]);
}

#[test]
fn pointer_methods_are_not_in_the_value_method_set() {
    let (_, errs) = check("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\nfunc main() {\n\tvar t T\n\tvar _ I = &t\n\tvar _ I = t\n}\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("method M has pointer receiver"), "{errs:?}");
}

#[test]
fn closures_capture_and_address_taken() {
    let (p, errs) = check("package main\nfunc main() {\n\tx := 1\n\ty := 2\n\tf := func() int { return x }\n\tp := &y\n\t_, _ = f, p\n}\n");
    assert!(errs.is_empty(), "{errs:?}");
    let caps: Vec<String> = p.info.captures.values().flatten().map(|&o| p.object(o).name.clone()).collect();
    assert_eq!(caps, vec!["x".to_string()]);
    let taken: Vec<String> = p.info.address_taken.iter().map(|&o| p.object(o).name.clone()).collect();
    assert_eq!(taken, vec!["y".to_string()]);
}

#[test]
fn range_kinds_are_recorded() {
    let (p, errs) = check(
        "package main\nfunc seq(yield func(int, string) bool) {}\nfunc main() {\n\tfor i := range 3 { _ = i }\n\tfor k, v := range seq { _, _ = k, v }\n\tvar a [2]int\n\tfor i := range &a { _ = i }\n}\n",
    );
    assert!(errs.is_empty(), "{errs:?}");
    let mut kinds: Vec<String> = p.info.ranges.values().map(|r| format!("{:?}", r.kind)).collect();
    kinds.sort();
    assert_eq!(
        kinds,
        vec![
            format!("{:?}", RangeKind::Func(2)),
            format!("{:?}", RangeKind::Int),
            format!("{:?}", RangeKind::PtrArray)
        ]
    );
}

#[test]
fn untyped_constants_get_their_final_type() {
    let (p, errs) = check("package main\nfunc main() {\n\tvar f float64 = 1 + 2\n\t_ = f\n}\n");
    assert!(errs.is_empty(), "{errs:?}");
    let has_float_const = p
        .info
        .types
        .values()
        .any(|tv| matches!(tv.mode, loopc_types::Mode::Constant(_)) && p.type_string(tv.ty) == "float64");
    assert!(has_float_const);
}
