//! The benchmark harness of `loopc bench`: finds a file's `func BenchmarkXxx(b *testing.B)`
//! declarations and builds the source that runs them, as `go test` generates `_testmain.go`.
//!
//! ```text
//! FILE.go ─compile─▶ ast ─benchmark_functions─▶ names (go test's isTest + signature check)
//!     ─(the CLI filters them with -bench)─▶ harness_source ─▶ FILE.go + generated init ─▶ JIT run
//! ```
//! What loopc accepts: one file of any package (the clause is compiled as `package main`)
//! whose benchmarks have go test's signature; `func main` is optional and never runs. The
//! generated text only adds to the file, so every position in it stays where it was except
//! after the package name on the package clause's line:
//! - `; import loopc_testing "testing"` right after the package name (a second import of
//!   testing under a name no Go program uses, so the file's own import stays untouched);
//! - at the end, an `init` that calls `testing.MainBenchmarks` with the settings and the
//!   benchmark list (it runs after the file's own initializers, prints the results and
//!   exits), and an empty `func main` when the file has none.
//!
//! The measurement itself is Go code in loopc's `testing` package (`benchmark.go`), run
//! inside the JIT-compiled program: the compiler process only starts it and waits.

use loopc_span::SourceMap;
use loopc_syntax::ast;

/// The local name the harness imports `testing` under.
const TESTING_NAME: &str = "loopc_testing";

/// The settings the generated harness passes to `testing.MainBenchmarks`.
#[derive(Clone, Debug, PartialEq)]
pub struct BenchSettings {
    /// `-benchtime` as a duration in nanoseconds (used when `benchtime_n` is 0).
    pub benchtime_ns: i64,
    /// `-benchtime=Nx`: run exactly N iterations (0: run for `benchtime_ns`).
    pub benchtime_n: i64,
    /// `-count`: repetitions of every benchmark.
    pub count: u32,
    /// `-cpu`: the GOMAXPROCS values, which only name the results (`-N` suffix).
    pub cpus: Vec<u32>,
    /// `-benchmem`: print B/op and allocs/op for every benchmark.
    pub benchmem: bool,
    /// `-timeout` in whole seconds, rounded up (0: none).
    pub timeout_secs: u64,
    /// Report each round's N on stderr (when it is a terminal).
    pub progress: bool,
    /// Header lines printed before the first result (`goos: linux`, ...).
    pub labels: Vec<String>,
}

/// Whether `name` names a benchmark: `Benchmark`, or `Benchmark` followed by a character
/// that is not a lower-case letter (go test's `isTest`).
pub fn is_benchmark_name(name: &str) -> bool {
    match name.strip_prefix("Benchmark") {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// The file's benchmark functions in declaration order, or go test's errors
/// (`FILE:LINE:COL: wrong signature for NAME, must be: func NAME(b *testing.B)`).
pub fn benchmark_functions(file: &ast::File, sources: &SourceMap) -> Result<Vec<String>, Vec<String>> {
    let mut names = Vec::new();
    let mut errors = Vec::new();
    for decl in &file.decls {
        let ast::Decl::Func(f) = decl else { continue };
        if f.recv.is_some() || !is_benchmark_name(&f.name.name) {
            continue;
        }
        let why = if !f.type_params.is_empty() {
            Some("test functions cannot have type parameters".to_string())
        } else if !has_benchmark_signature(&f.sig) {
            Some(format!("must be: func {}(b *testing.B)", f.name.name))
        } else {
            None
        };
        match why {
            Some(why) => {
                errors.push(format!("{}: wrong signature for {}, {why}", sources.position(f.span), f.name.name))
            }
            None => names.push(f.name.name.clone()),
        }
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}

/// go test's `isTestFunc(fn, "B")`: no results, one parameter of type `*B` or `*x.B`.
fn has_benchmark_signature(sig: &ast::FuncType) -> bool {
    let [param] = sig.params.as_slice() else { return false };
    if !sig.results.is_empty() || param.names.len() > 1 {
        return false;
    }
    let ast::ExprKind::Star(pointee) = &param.ty.kind else { return false };
    match &pointee.kind {
        ast::ExprKind::Name(n) => n == "B",
        ast::ExprKind::Selector { sel, .. } => sel.name == "B",
        _ => false,
    }
}

/// The source `loopc bench` compiles: `src` (the text `file` was parsed from) with the
/// harness added, running `benchmarks` (names of functions of the file, already checked
/// by [`benchmark_functions`]) with `settings`.
pub fn harness_source(src: &str, file: &ast::File, benchmarks: &[String], settings: &BenchSettings) -> String {
    let name = &file.package;
    let (lo, hi) = (name.span.lo as usize, name.span.hi as usize);
    let mut out = String::with_capacity(src.len() + 512);
    out.push_str(&src[..lo]);
    out.push_str("main");
    out.push_str(&format!("; import {TESTING_NAME} \"testing\""));
    out.push_str(&src[hi..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("\n// Generated by loopc bench.\nfunc init() {\n");
    let ints = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    let labels = settings.labels.iter().map(|l| go_quote(l)).collect::<Vec<_>>().join(", ");
    out.push_str(&format!(
        "\t{TESTING_NAME}.MainBenchmarks({}, {}, {}, []int{{{}}}, {}, {}, {}, []string{{{labels}}}, []{TESTING_NAME}.InternalBenchmark{{\n",
        settings.benchtime_ns,
        settings.benchtime_n,
        settings.count,
        ints(&settings.cpus),
        settings.benchmem,
        settings.timeout_secs,
        settings.progress,
    ));
    for b in benchmarks {
        out.push_str(&format!("\t\t{{Name: {}, F: {b}}},\n", go_quote(b)));
    }
    out.push_str("\t})\n}\n");
    if !declares_main(file) {
        out.push_str("\nfunc main() {}\n");
    }
    out
}

/// Whether the file declares `func main` (a function, not a method).
fn declares_main(file: &ast::File) -> bool {
    file.decls.iter().any(|d| matches!(d, ast::Decl::Func(f) if f.recv.is_none() && f.name.name == "main"))
}

/// `s` as a Go interpreted string literal.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> (SourceMap, ast::File) {
        let mut map = SourceMap::new();
        let id = map.add("x_test.go", src.to_string());
        let parsed = loopc_syntax::parse_source(id, "x_test.go", src);
        (map, parsed.file)
    }

    #[test]
    fn benchmark_names_follow_go_test() {
        assert!(is_benchmark_name("Benchmark"));
        assert!(is_benchmark_name("BenchmarkSum"));
        assert!(is_benchmark_name("Benchmark_sum"));
        assert!(!is_benchmark_name("Benchmarking"));
        assert!(!is_benchmark_name("benchmarkSum"));
    }

    #[test]
    fn finds_benchmarks_and_rejects_wrong_signatures() {
        let src = "package p\nimport \"testing\"\nfunc BenchmarkA(b *testing.B) {}\nfunc Benchmarker(x int) {}\n\
                   func BenchmarkB(b *testing.B) int { return 0 }\nfunc (T) BenchmarkM(b *testing.B) {}\ntype T int\n";
        let (map, file) = parse(src);
        let errs = benchmark_functions(&file, &map).expect_err("BenchmarkB has a result");
        assert_eq!(errs, ["x_test.go:5:1: wrong signature for BenchmarkB, must be: func BenchmarkB(b *testing.B)"]);
        let (map, file) =
            parse("package p\nimport \"testing\"\nfunc BenchmarkA(b *testing.B) {}\nfunc Benchmark(*testing.B) {}\n");
        assert_eq!(benchmark_functions(&file, &map), Ok(vec!["BenchmarkA".to_string(), "Benchmark".to_string()]));
    }

    #[test]
    fn harness_keeps_the_file_and_adds_init_and_main() {
        let src = "package p\n\nimport \"testing\"\n\nfunc BenchmarkA(b *testing.B) {}\n";
        let (_, file) = parse(src);
        let settings = BenchSettings {
            benchtime_ns: 1_000_000_000,
            benchtime_n: 0,
            count: 1,
            cpus: vec![1, 2],
            benchmem: true,
            timeout_secs: 600,
            progress: false,
            labels: vec!["cpu: \"x\"".to_string()],
        };
        let out = harness_source(src, &file, &["BenchmarkA".to_string()], &settings);
        assert!(out.starts_with("package main; import loopc_testing \"testing\"\n\nimport \"testing\"\n"));
        assert!(out.contains(
            "loopc_testing.MainBenchmarks(1000000000, 0, 1, []int{1, 2}, true, 600, false, []string{\"cpu: \\\"x\\\"\"}"
        ));
        assert!(out.contains("{Name: \"BenchmarkA\", F: BenchmarkA},"));
        assert!(out.ends_with("func main() {}\n"));
        let with_main = format!("{src}func main() {{}}\n");
        let (_, file) = parse(&with_main);
        assert_eq!(harness_source(&with_main, &file, &[], &settings).matches("func main()").count(), 1);
    }
}
