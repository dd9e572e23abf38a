//! Bounded-time property tests of the parser's robustness invariants on generated input:
//! random bytes, random character and token soups, and mutations (deletions, duplications,
//! splices, insertions) of every Go file under `ir-tests/`. For each input:
//! - parsing returns (no panic, no endless loop — the test would hang);
//! - every diagnostic span lies within the file;
//! - node ids are exactly `0..node_count`, each once, in pre-order, and every node span lies
//!   within the file;
//! - the dump walks the tree.
//!
//! A seeded xorshift generator keeps the cases reproducible; the failing input is printed.
//! `LOOPC_SYNTAX_FUZZ_SCALE=N` multiplies the number of cases (for longer soak runs).

use std::path::{Path, PathBuf};

use loopc_span::{FileId, SourceMap, Span};

use crate::{dump, parse_file_named, visit};

/// The case-count multiplier.
fn scale() -> usize {
    std::env::var("LOOPC_SYNTAX_FUZZ_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

/// xorshift64* — deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TOKENS: &[&str] = &[
    "package",
    "main",
    "p",
    "import",
    "\"fmt\"",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "go",
    "defer",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "x",
    "y",
    "T",
    "any",
    "int",
    "string",
    "_",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ":",
    ".",
    "...",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "&^",
    "<<",
    ">>",
    "&&",
    "||",
    "!",
    "~",
    "<-",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "++",
    "--",
    "+=",
    "0",
    "42",
    "0x1F",
    "1.5",
    "1e3",
    "2i",
    "'a'",
    "'\\n'",
    "\"s\"",
    "`raw`",
    "//go:noinline\n",
    "/* c */",
    "/* \n */",
    "// c\n",
    "\n",
    "\n",
    " ",
    "@",
    "'ab'",
    "\"unterminated",
    "08",
    "0x",
    "\u{feff}",
    "\0",
    "L:",
];

const CHARS: &[u8] = b"(){}[];:,.=+-*/%&|^<>!~\"'`\n\t 0123456789abcxyz_@#$\\\r";

fn ir_test_sources() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "go") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ir-tests"), &mut paths);
    paths.iter().filter_map(|p| std::fs::read(p).ok()).map(|b| String::from_utf8_lossy(&b).into_owned()).collect()
}

/// Cuts `s` at a char boundary at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn range(rng: &mut Rng, s: &str) -> (usize, usize) {
    let a = floor(s, rng.below(s.len() + 1));
    let len = rng.below(64.min(s.len() + 1));
    let b = floor(s, a + len);
    (a, b.max(a))
}

fn mutate(rng: &mut Rng, base: &str, other: &str) -> String {
    let mut s = base.to_string();
    for _ in 0..1 + rng.below(4) {
        let (a, b) = range(rng, &s);
        match rng.below(5) {
            0 => s.replace_range(a..b, ""),
            1 => {
                let dup = s[a..b].to_string();
                s.insert_str(b, &dup);
            }
            2 => {
                let (c, d) = range(rng, other);
                s.replace_range(a..b, &other[c..d]);
            }
            3 => s.insert_str(a, TOKENS[rng.below(TOKENS.len())]),
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())];
                s.replace_range(a..b, t);
            }
        }
    }
    s
}

/// Parses `src` and checks the invariants; panics with the input on violation.
fn check(src: &str) {
    let file_id = FileId(0);
    let (mut file, diags) = parse_file_named(file_id, "./fuzz.go", src);
    let len = src.len() as u32;
    let in_file = |s: Span| s.file == file_id && s.lo <= s.hi && s.hi <= len;
    for d in &diags {
        assert!(in_file(d.span), "diagnostic {d:?} outside the file for input {src:?}");
    }
    let count = file.node_count;
    let mut next = 0u32;
    let mut bad: Option<String> = None;
    visit::walk_file(&mut file, &mut |id, span| {
        if id.0 != next && bad.is_none() {
            bad = Some(format!("id {} visited when {next} was expected", id.0));
        }
        if !in_file(span) && bad.is_none() {
            bad = Some(format!("node {} has span {span:?} outside the file", id.0));
        }
        next += 1;
    });
    assert!(bad.is_none(), "{} for input {src:?}", bad.unwrap_or_default());
    assert_eq!(next, count, "node_count {count} but {next} nodes, for input {src:?}");
    let mut map = SourceMap::new();
    map.add("fuzz.go", src);
    assert!(!dump::dump_file(&file, &map).is_empty());
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for _ in 0..800 * scale() {
        let n = rng.below(300);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn character_soups() {
    let mut rng = Rng(0x0BAD_5EED_1234_4321);
    for _ in 0..800 * scale() {
        let n = rng.below(200);
        let body: String = (0..n).map(|_| char::from(*rng.pick(CHARS))).collect();
        check(&format!("package p\n{body}"));
    }
}

#[test]
fn token_soups() {
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    for i in 0..1500 * scale() {
        let n = rng.below(120);
        let mut s = String::new();
        if i % 2 == 0 {
            s.push_str("package p\nfunc f() {\n");
        }
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
            s.push(if rng.below(4) == 0 { '\n' } else { ' ' });
        }
        check(&s);
    }
}

#[test]
fn corpus_mutations() {
    let sources = ir_test_sources();
    assert!(!sources.is_empty(), "no ir-tests sources found");
    let mut rng = Rng(0x5151_7A7A_9C9C_E0E0);
    for _ in 0..2500 * scale() {
        let base = rng.pick(&sources);
        let other = rng.pick(&sources);
        check(&mutate(&mut rng, base, other));
    }
}

#[test]
fn corpus_files_unchanged() {
    for src in ir_test_sources() {
        check(&src);
    }
}
