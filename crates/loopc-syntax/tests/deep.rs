//! Deeply nested input of every recursive construct: a clean "nesting too deep" error past
//! the limit, never a stack overflow (these tests run on ordinary 2 MiB test threads, which
//! also drop the trees), and bounded time. Nesting comfortably below the limit parses.

use std::time::{Duration, Instant};

use loopc_span::{FileId, SourceMap};
use loopc_syntax::{dump::dump_file, parse_file, MAX_NESTING};

const N: usize = 100_000;

/// Parses `body` (wrapped in a function) and returns the first message, checking that the
/// dump (a recursive walk) works too.
fn first_error(src: &str) -> Option<String> {
    let start = Instant::now();
    let (file, diags) = parse_file(FileId(0), src);
    let mut map = SourceMap::new();
    map.add("deep.go", src);
    assert!(!dump_file(&file, &map).is_empty());
    assert!(start.elapsed() < Duration::from_secs(10), "took {:?}", start.elapsed());
    diags.first().map(|d| d.message.clone())
}

fn in_func(body: &str) -> String {
    format!("package p\n\nfunc f() {{\n{body}\n}}\n")
}

fn assert_too_deep(src: &str) {
    let msg = first_error(src).unwrap_or_default();
    assert_eq!(msg, format!("syntax error: nesting too deep (loopc allows at most {MAX_NESTING} levels)"));
}

fn nest(open: &str, mid: &str, close: &str, n: usize) -> String {
    format!("{}{}{}", open.repeat(n), mid, close.repeat(n))
}

#[test]
fn parens() {
    assert_too_deep(&format!("package p\nvar x = {}\n", nest("(", "1", ")", N)));
    assert_eq!(first_error(&format!("package p\nvar x = {}\n", nest("(", "1", ")", 900))), None);
}

#[test]
fn unclosed_parens() {
    assert_too_deep(&format!("package p\nvar x = {}", "(".repeat(N)));
}

#[test]
fn blocks() {
    assert_too_deep(&in_func(&nest("{", "", "}", N)));
    assert_eq!(first_error(&in_func(&nest("{", "", "}", 300))), None);
}

#[test]
fn unary_operators() {
    assert_too_deep(&format!("package p\nvar x = {}1\n", "- ".repeat(N)));
    assert_too_deep(&format!("package p\nvar x = {}1\n", "^!".repeat(N)));
    assert_too_deep(&in_func(&format!("x := {}y", "<-".repeat(N))));
}

#[test]
fn left_associative_chains() {
    // Built by loops, not recursion: bounded by the tree height check.
    assert_too_deep(&format!("package p\nvar x = 1{}\n", "+1".repeat(N)));
    assert_too_deep(&format!("package p\nvar x = y{}\n", ".f".repeat(N)));
    assert_too_deep(&format!("package p\nvar x = f{}\n", "()".repeat(N)));
    assert_too_deep(&format!("package p\nvar x = a{}\n", "[0]".repeat(N)));
    assert_eq!(first_error(&format!("package p\nvar x = 1{}\n", "+1".repeat(900))), None);
}

#[test]
fn types() {
    assert_too_deep(&format!("package p\nvar x {}int\n", "[]".repeat(N)));
    assert_too_deep(&format!("package p\nvar x {}int\n", "*".repeat(N)));
    assert_too_deep(&format!("package p\nvar x {}int\n", "chan ".repeat(N)));
    assert_too_deep(&format!("package p\nvar x {}\n", nest("struct{ a ", "int", " }", N)));
    assert_too_deep(&format!("package p\nvar x {}\n", nest("map[int]", "int", "", N)));
    assert_too_deep(&format!("package p\nvar x {}\n", nest("func(", "", ")", N)));
    assert_eq!(first_error(&format!("package p\nvar x {}int\n", "[]".repeat(300))), None);
}

#[test]
fn composite_and_function_literals() {
    assert_too_deep(&format!("package p\nvar x = []any{}\n", nest("{", "", "}", N)));
    assert_too_deep(&format!("package p\nvar x = {}\n", nest("[]any{", "", "}", N)));
    assert_too_deep(&format!("package p\nvar x = {}\n", nest("func() { _ = ", "1", " }", N)));
}

#[test]
fn statements() {
    assert_too_deep(&in_func(&nest("if x {", "", "}", N)));
    assert_too_deep(&in_func(&format!("if x {{}}{}", " else if x {}".repeat(N))));
    assert_too_deep(&in_func(&nest("for {", "", "}", N)));
    assert_too_deep(&in_func(&nest("switch { case true: ", "", "}", N)));
    assert_too_deep(&in_func(&format!("{}_ = 1", (0..N).map(|i| format!("L{i}: ")).collect::<String>())));
    assert_eq!(first_error(&in_func(&format!("x := true\nif x {{}}{}", " else if x {}".repeat(200)))), None);
}
