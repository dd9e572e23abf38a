//! `loopc bench` end to end: runs the command on small benchmark files and checks the
//! output's structure against `go test -bench`'s format (header lines, name column, the
//! `%8d` iteration count, ns/op, B/op and allocs/op columns, PASS/FAIL and the go command's
//! last line), the iteration counts the driver chooses, and the failure paths. No assertion
//! depends on how fast anything runs.

use std::path::PathBuf;
use std::process::Command;

/// Writes `src` to a fresh file and runs `loopc bench ARGS FILE`; returns (stdout, stderr,
/// exit status).
fn bench(name: &str, src: &str, args: &[&str]) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("loopc-bench-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file: PathBuf = dir.join(format!("{name}.go"));
    std::fs::write(&file, src).expect("write test file");
    let out = Command::new(env!("CARGO_BIN_EXE_loopc")).arg("bench").args(args).arg(&file).output().expect("run loopc");
    let _ = std::fs::remove_dir_all(&dir);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// One parsed result line: name (with -N suffix), N, ns/op, and B/op and allocs/op if shown.
#[derive(Debug)]
struct ResultLine {
    name: String,
    n: u64,
    bytes: Option<u64>,
    allocs: Option<u64>,
}

/// Parses a result line as benchstat does, checking go test's column layout on the way:
/// `NAME<pad>\t%8d\t<ns> ns/op[\t%8d B/op\t%8d allocs/op]`.
fn parse_result(line: &str, width: usize) -> ResultLine {
    let fields: Vec<&str> = line.split('\t').collect();
    assert!(fields.len() == 3 || fields.len() == 5, "fields of {line:?}");
    assert_eq!(fields[0].len(), width, "name column of {line:?}");
    let name = fields[0].trim_end().to_string();
    assert!(fields[1].len() >= 8 && fields[1].trim_start().chars().all(|c| c.is_ascii_digit()), "{line:?}");
    let n = fields[1].trim().parse().expect("N");
    let ns = fields[2].strip_suffix(" ns/op").expect("ns/op unit");
    // prettyPrint: the integer part is right-aligned in ten places.
    let int_part = ns.split('.').next().expect("number");
    assert_eq!(int_part.len(), 10, "ns/op alignment of {line:?}");
    ns.trim().parse::<f64>().expect("ns/op value");
    let (mut bytes, mut allocs) = (None, None);
    if fields.len() == 5 {
        let b = fields[3].strip_suffix(" B/op").expect("B/op unit");
        let a = fields[4].strip_suffix(" allocs/op").expect("allocs/op unit");
        assert_eq!((b.len(), a.len()), (8, 8), "memory columns of {line:?}");
        bytes = Some(b.trim().parse().expect("B/op"));
        allocs = Some(a.trim().parse().expect("allocs/op"));
    }
    ResultLine { name, n, bytes, allocs }
}

const ALLOCS: &str = r#"package main

import "testing"

type pair struct{ a, b int }

var sink *pair

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = &pair{i, i}
	}
}

func BenchmarkNothing(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkLoop(b *testing.B) {
	for b.Loop() {
		sink = &pair{1, 2}
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 2} {
		b.Run("n="+string(rune('0'+n)), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				for j := 0; j < n; j++ {
					sink = &pair{i, j}
				}
			}
		})
	}
}

func helper() {}
"#;

#[test]
fn output_has_go_test_format() {
    let (out, err, code) = bench("format", ALLOCS, &["-benchtime=100x", "-benchmem", "-cpu=2"]);
    assert_eq!(code, 0, "stderr: {err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], format!("goos: {}", std::env::consts::OS));
    assert!(lines[1].starts_with("goarch: "));
    // Like `go test FILE_test.go`, no `pkg:` line (the package has no import path).
    let first = if lines[2].starts_with("cpu: ") { 3 } else { 2 };
    let results = &lines[first..lines.len() - 2];
    assert_eq!(lines[lines.len() - 2], "PASS");
    let ok = lines[lines.len() - 1].strip_prefix("ok  \tcommand-line-arguments\t").expect("ok line");
    let secs = ok.strip_suffix('s').expect("seconds");
    assert_eq!(secs.split('.').nth(1).map(str::len), Some(3), "{ok:?}");
    // The name column: the longest top-level name with its suffix, plus the suffix length
    // and one ("BenchmarkNothing-2" + 2 + 1); the subbenchmark names ("BenchmarkSizes/n=1",
    // 18 + 2 + 1) fit, so run1 does not widen it.
    let width = "BenchmarkNothing-2".len() + 3;
    let parsed: Vec<ResultLine> = results.iter().map(|l| parse_result(l, width)).collect();
    let names: Vec<&str> = parsed.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["BenchmarkNew-2", "BenchmarkNothing-2", "BenchmarkLoop-2", "BenchmarkSizes/n=1-2", "BenchmarkSizes/n=2-2"]
    );
    for r in &parsed {
        assert_eq!(r.n, 100, "{r:?}");
    }
    // Allocation counts are exact: a 16-byte object per pair, none for an empty loop.
    let mem: Vec<_> = parsed.iter().map(|r| (r.bytes, r.allocs)).collect();
    assert_eq!(
        mem,
        [(Some(16), Some(1)), (Some(0), Some(0)), (Some(16), Some(1)), (Some(16), Some(1)), (Some(32), Some(2))]
    );
}

#[test]
fn bench_filter_cpu_list_and_count() {
    let (out, err, code) = bench("filter", ALLOCS, &["-bench=New|Not", "-benchtime=10x", "-cpu=1,4", "-count=2"]);
    assert_eq!(code, 0, "stderr: {err}");
    let names: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Benchmark"))
        .map(|l| l.split('\t').next().unwrap_or("").trim_end())
        .collect();
    // Go's order: for each benchmark, every -cpu value, -count times each; no suffix for 1.
    assert_eq!(
        names,
        [
            "BenchmarkNew",
            "BenchmarkNew",
            "BenchmarkNew-4",
            "BenchmarkNew-4",
            "BenchmarkNothing",
            "BenchmarkNothing",
            "BenchmarkNothing-4",
            "BenchmarkNothing-4"
        ]
    );
    // Without -benchmem, no memory columns.
    assert!(out.lines().filter(|l| l.starts_with("Benchmark")).all(|l| l.split('\t').count() == 3), "{out}");
}

#[test]
fn iteration_counts_grow_as_go_test_chooses_them() {
    // The benchmark logs every N it is run with; the driver's rounds must follow predictN's
    // rules: 1 first, then more than the last, at most 100 times the last, at most 1e9.
    let src = r#"package main

import "testing"

var ns []int

func BenchmarkGrow(b *testing.B) {
	ns = append(ns, b.N)
	x := 0
	for i := 0; i < b.N; i++ {
		x += i
	}
	if x < 0 {
		b.Log(x)
	}
	b.Log(ns)
}
"#;
    let (out, err, code) = bench("grow", src, &["-benchtime=20ms"]);
    assert_eq!(code, 0, "stderr: {err}");
    let result = out.lines().find(|l| l.starts_with("BenchmarkGrow")).expect("result line");
    let final_n: u64 = result.split('\t').nth(1).and_then(|f| f.trim().parse().ok()).expect("N");
    // The log of the last run lists every round's N: "    [1 100 ...]".
    let log = out.lines().rev().find(|l| l.trim_start().starts_with('[')).expect("logged rounds");
    let rounds: Vec<u64> =
        log.trim().trim_matches(|c| c == '[' || c == ']').split(' ').map(|n| n.parse().expect("N")).collect();
    assert_eq!(rounds[0], 1);
    assert_eq!(*rounds.last().expect("rounds"), final_n);
    for w in rounds.windows(2) {
        assert!(w[1] > w[0] && w[1] <= 100 * w[0] && w[1] <= 1_000_000_000, "{rounds:?}");
    }
    assert!(out.contains("--- BENCH: BenchmarkGrow"), "{out}");
}

#[test]
fn failures_print_as_go_test() {
    let src = r#"package other

import "testing"

func BenchmarkFails(b *testing.B) {
	b.Fatalf("broken %d", 7)
}

func BenchmarkSkips(b *testing.B) {
	b.Skip("not here")
}

func BenchmarkRuns(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
}
"#;
    let (out, _, code) = bench("fail", src, &["-benchtime=5x"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(&lines[..2], ["--- FAIL: BenchmarkFails", "    broken 7"]);
    assert!(lines.iter().any(|l| l.starts_with("BenchmarkRuns")), "{out}");
    assert!(!out.contains("Skips"), "a skipped benchmark prints nothing without -v: {out}");
    let n = lines.len();
    assert_eq!(lines[n - 3], "FAIL");
    assert_eq!(lines[n - 2], "exit status 1");
    assert!(lines[n - 1].starts_with("FAIL\tcommand-line-arguments\t"));
}

#[test]
fn wrong_signature_is_a_setup_failure() {
    let src = "package main\n\nimport \"testing\"\n\nfunc BenchmarkBad(b *testing.B) int { return 0 }\n";
    let (out, err, code) = bench("sig", src, &[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("sig.go:5:1: wrong signature for BenchmarkBad, must be: func BenchmarkBad(b *testing.B)"),
        "{err}"
    );
    assert_eq!(out, "FAIL\tcommand-line-arguments [setup failed]\n");
}

#[test]
fn usage_errors_exit_2() {
    let (_, err, code) = bench("usage", ALLOCS, &["-benchtime=abc"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value \"abc\" for flag -benchtime"), "{err}");
}
