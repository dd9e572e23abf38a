//! loopc's standard packages and the features only they may use: every package under
//! `crates/loopc-runtime/go` (the `runtime` package included) must type-check without
//! errors; `unsafe` works in a standard package with Go's semantics and is refused in user
//! code, as are other imports loopc cannot satisfy; package variables get gc's
//! initialization order.

mod common;

use common::{std_packages, StdImporter};
use loopc_syntax::ast;
use loopc_types::{check_program, Builtin, Config, FuncDirective, Importer, Mode, ObjKind, Program};

/// Checks `main_src` (file `m.go`) with loopc's standard packages plus one more, `mystd`
/// (file `std_name`, source `std_src`). Returns the program and the diagnostics in gc's
/// printed order (all of them, sorted).
fn check_with_std(std_name: &str, std_src: &str, main_src: &str) -> (Program, Vec<String>) {
    struct WithMine(StdImporter, Option<Vec<ast::File>>);
    impl Importer for WithMine {
        fn import(&mut self, path: &str) -> Option<Vec<ast::File>> {
            if path == "mystd" {
                self.1.clone()
            } else {
                self.0.import(path)
            }
        }
    }
    let std = std_packages();
    let mut map = std.map.clone();
    let sid = map.add(std_name, std_src);
    let (sfile, errs) = loopc_syntax::parse_file(sid, std_src);
    assert!(errs.is_empty(), "syntax errors in {std_name}");
    let mid = map.add("m.go", main_src);
    let (mfile, errs) = loopc_syntax::parse_file(mid, main_src);
    assert!(errs.is_empty(), "syntax errors in main");
    let (p, d) = check_program(&map, &mfile, &Config::default(), &mut WithMine(StdImporter(std), Some(vec![sfile])));
    let d = common::gc_order(&map, d, true);
    let msgs = d.iter().map(|d| d.render_go(&map)).collect();
    (p, msgs)
}

/// A recording under `ir-tests/types/std/`.
fn recorded(name: &str) -> String {
    let path = common::root().join("ir-tests/types/std").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const MAIN_IMPORTING_MYSTD: &str = "package main\n\nimport _ \"mystd\"\n\nfunc main() {}\n";

/// The package-level object `name` of package `pkg`.
fn pkg_obj<'p>(p: &'p Program, pkg: &str, name: &str) -> &'p loopc_types::Object {
    let pk = p.packages.iter().find(|k| k.path == pkg).expect("package");
    let id = p.scopes[pk.scope.0 as usize].names.get(name).copied().expect("object");
    p.object(id)
}

fn const_int(p: &Program, pkg: &str, name: &str) -> i64 {
    match &pkg_obj(p, pkg, name).kind {
        ObjKind::Const(Some(v)) => v.to_i64().expect("integer constant"),
        k => panic!("{name} is not a constant: {k:?}"),
    }
}

#[test]
fn every_std_package_checks_cleanly() {
    let std = std_packages();
    let mut paths: Vec<&String> = std.pkgs.keys().filter(|p| *p != "runtime").collect();
    paths.sort();
    let imports: String = paths.iter().map(|p| format!("\t_ {p:?}\n")).collect();
    let src = format!("package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n");
    let mut map = std.map.clone();
    let id = map.add("all.go", src.clone());
    let (file, errs) = loopc_syntax::parse_file(id, &src);
    assert!(errs.is_empty());
    let (program, diags) = check_program(&map, &file, &Config::default(), &mut StdImporter(std));
    let rendered: Vec<String> = diags.iter().map(|d| d.render_go(&map)).collect();
    assert!(rendered.is_empty(), "{} errors in std packages:\n{}", rendered.len(), rendered.join("\n"));
    let checked: Vec<&str> = program.packages.iter().map(|p| p.path.as_str()).collect();
    for p in &paths {
        assert!(checked.contains(&p.as_str()), "{p} was not checked");
    }
    if std.pkgs.contains_key("runtime")
        && std.pkgs.values().flatten().any(|f| f.imports.iter().any(|i| i.path == "runtime"))
    {
        assert!(checked.contains(&"runtime"), "runtime is imported but was not checked");
        let rt = checked.iter().position(|p| *p == "runtime").expect("checked");
        let fmt = checked.iter().position(|p| *p == "fmt");
        assert!(fmt.is_none_or(|f| rt < f), "runtime must precede its importers: {checked:?}");
    }
    assert_eq!(checked.last(), Some(&"main"));
    // Every `//loopc:` directive of the std sources is recorded.
    let written = std.pkgs.values().flatten().flat_map(|f| &f.decls).filter(|d| match d {
        ast::Decl::Func(f) => f.directives.iter().any(|(t, _)| t.starts_with("loopc:")),
        ast::Decl::Gen(_) => false,
    });
    assert_eq!(program.info.func_directives.len(), written.count());
}

#[test]
fn unsafe_layout_in_a_std_package_matches_gc() {
    // The program is checked as a standard package; gc ran it as package main and printed
    // each constant as `name value`.
    let (p, errs) = check_with_std("unsafe_layout.go", &recorded("unsafe_layout.gostd"), MAIN_IMPORTING_MYSTD);
    assert!(errs.is_empty(), "{errs:?}");
    let out = recorded("unsafe_layout.out");
    let mut compared = 0;
    for line in out.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        if let [name, value] = fields[..] {
            let want: i64 = value.parse().expect("a number");
            assert_eq!(const_int(&p, "mystd", name), want, "{name}");
            assert_eq!(p.type_string(pkg_obj(&p, "mystd", name).ty), "uintptr", "{name}");
            compared += 1;
        }
    }
    assert!(compared >= 15, "unsafe_layout.out has too few `name value` lines");
    assert_eq!(p.type_string(pkg_obj(&p, "mystd", "typed").ty), "uintptr");
    let sig = |name: &str| p.type_string(pkg_obj(&p, "mystd", name).ty);
    assert_eq!(sig("bytes"), "func(s string) []byte");
    assert_eq!(sig("second"), "func(p unsafe.Pointer) unsafe.Pointer");
    assert_eq!(sig("roundtrip"), "func(p *int) *int");
    // Package unsafe precedes its first importer and has no files.
    let paths: Vec<&str> = p.packages.iter().map(|k| k.path.as_str()).collect();
    let at = |path: &str| paths.iter().position(|p| *p == path).expect(path);
    assert!(at("unsafe") < at("mystd") && at("mystd") < at("main"), "{paths:?}");
    assert!(p.package_files[at("unsafe")].is_empty() && p.package_files[at("mystd")].len() == 1);
    // Every unsafe function is recorded as its builtin at the callee.
    let mut builtins: Vec<Builtin> =
        p.info.types.values().filter_map(|tv| if let Mode::Builtin(b) = tv.mode { Some(b) } else { None }).collect();
    builtins.retain(|b| b.is_unsafe());
    builtins.sort_by_key(|b| b.name());
    builtins.dedup();
    assert_eq!(builtins, Builtin::UNSAFE);
}

#[test]
fn unsafe_misuse_in_a_std_package_is_reported_as_gc_does() {
    let (_, errs) = check_with_std("unsafe_misuse.go", &recorded("unsafe_misuse.gostd"), MAIN_IMPORTING_MYSTD);
    // gc stops at its tenth error (the recording ends in `too many errors`); the checker
    // reports all of them.
    let build = recorded("unsafe_misuse.build");
    let want: Vec<&str> = build.lines().filter(|l| !l.ends_with(": too many errors")).collect();
    assert_eq!(errs, want);
}

#[test]
fn user_code_cannot_import_what_loopc_lacks() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"time\"\n\t\"unsafe\"\n\tq \"nosuch/pkg\"\n)\n\nfunc main() {\n\tfmt.Println(runtime.GOOS, time.Now(), unsafe.Sizeof(0), q.X)\n\tvar d time.Duration\n\t_ = d\n}\n";
    let std = std_packages();
    let mut map = std.map.clone();
    let id = map.add("m.go", src);
    let (file, errs) = loopc_syntax::parse_file(id, src);
    assert!(errs.is_empty());
    let (_, diags) = check_program(&map, &file, &Config::default(), &mut StdImporter(std));
    let got: Vec<String> = diags.iter().map(|d| d.render_go(&map)).collect();
    // One error per import; uses of the refused names say nothing more.
    assert_eq!(
        got,
        [
            "m.go:5:2: loopc does not support package runtime",
            "m.go:6:2: loopc does not support package time",
            "m.go:7:2: loopc does not support package unsafe",
            "m.go:8:4: package nosuch/pkg is not in std ($GOROOT/src/nosuch/pkg)",
        ]
    );
}

#[test]
fn package_variables_get_gc_initialization_order() {
    // gc's order is visible in the program's output: each initializer prints `init NAME`.
    let path = common::root().join("ir-tests/types/init_order_trace.go");
    let src = std::fs::read_to_string(&path).expect("read");
    let (p, errs) = check_with_std("mystd.go", "package mystd\n", &src);
    assert!(errs.is_empty(), "{errs:?}");
    let main = p.packages.iter().position(|k| k.path == "main").expect("main");
    let got: Vec<String> = p
        .info
        .init_order
        .iter()
        .filter(|i| i.pkg.0 as usize == main)
        .map(|i| format!("init {}", i.lhs.iter().map(|&o| p.object(o).name.as_str()).collect::<Vec<_>>().join(", ")))
        .collect();
    let out = std::fs::read_to_string(path.with_extension("out")).expect("recorded .out");
    let want: Vec<&str> = out.lines().filter(|l| l.starts_with("init ")).collect();
    assert_eq!(got, want);
}

#[test]
fn loopc_directives_mark_libc_intrinsic_and_root_functions() {
    let std = "package mystd\n\nimport \"unsafe\"\n\n//loopc:libc write\nfunc write(fd int32, p unsafe.Pointer, n uintptr) int\n\n// getg returns the goroutine.\n//\n//loopc:intrinsic getg\nfunc getg() *int\n\nfunc later() int\n\n//loopc:libc\nfunc a()\n\n//loopc:libc b\nfunc b() {}\n\n//loopc:frob c\nfunc c()\n\n//loopc:libc d\n//loopc:intrinsic d\nfunc d()\n\n//loopc:root rangefunc\nfunc r() {}\n\n//loopc:root rangefunc\nfunc nobody()\n\nfunc Use() int { return write(1, nil, 0) + *getg() + later() }\n";
    let (p, errs) = check_with_std("mystd.go", std, "package main\n\nimport \"mystd\"\n\n//loopc:libc ignored\nfunc f() {}\n\nfunc main() { f(); _ = mystd.Use() }\n");
    assert_eq!(
        errs,
        [
            "mystd.go:15:3: usage: //loopc:libc name",
            "mystd.go:18:3: //loopc:libc applies only to a function declared without a body",
            "mystd.go:21:3: unknown directive //loopc:frob",
            "mystd.go:25:3: //loopc:intrinsic: d has a //loopc: directive already",
            "mystd.go:31:3: //loopc:root applies only to a non-generic function with a body",
        ]
    );
    let dir = |name: &str| {
        let o = p
            .packages
            .iter()
            .find(|k| k.path == "mystd")
            .map(|k| p.scopes[k.scope.0 as usize].names[name])
            .expect("obj");
        p.info.func_directives.get(&o).cloned()
    };
    assert_eq!(dir("write"), Some(FuncDirective::Libc("write".into())));
    assert_eq!(dir("getg"), Some(FuncDirective::Intrinsic("getg".into())));
    assert_eq!(dir("later"), None);
    assert_eq!(dir("d"), Some(FuncDirective::Libc("d".into())));
    assert_eq!(dir("r"), Some(FuncDirective::Root("rangefunc".into())));
    // User code's `//loopc:` comments are comments.
    assert_eq!(p.info.func_directives.len(), 4);
}
