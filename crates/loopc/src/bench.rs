//! `loopc bench [-bench=REGEXP] [-benchtime=1s|Nx] [-count=N] [-benchmem] [-cpu=LIST]
//! [-timeout=D] [flags] FILE.go`: JIT-compiles FILE.go and runs its `func BenchmarkXxx(b
//! *testing.B)` functions, printing exactly what `go test -bench` prints, so benchstat
//! compares loopc's results with gc's.
//!
//! ```text
//! flags ─▶ BenchSettings ─┐
//! FILE.go ─compile─▶ benchmark names ─-bench filter─▶ harness source (loopc_driver::bench)
//!     ─compile, optimize─▶ JIT child process: testing.MainBenchmarks measures and prints
//!     (goos/goarch/cpu, result lines, PASS|FAIL) ─exit─▶ this process prints `ok  \t…`
//! ```
//! The measuring loop (run1, predictN, timers, allocation counters) is Go code in loopc's
//! `testing` package running inside the benchmarked program: generated code never calls
//! back into this process, and the timings contain no IPC. This process prints only the go
//! command's last line (`ok`, or `exit status N` and `FAIL`); progress goes to stderr only
//! when stderr is a terminal.
//!
//! What differs from `go test -bench`: `-bench` defaults to `.` (running benchmarks is the
//! command's purpose) and filters top-level benchmarks only (every subbenchmark of a matched
//! benchmark runs); the elapsed time on the `ok` line includes the JIT compilation; a file of
//! any package is accepted and `func main` is optional (see `loopc_driver::bench`).
//! Other flags (`-lang`, `-d=loopvar=N`, `-O`, ...) are `loopc run`'s.

use loopc_driver::bench::{benchmark_functions, harness_source, BenchSettings};
use loopc_driver::options::{parse_args, FlagSet};
use loopc_driver::{Session, MISSING_MAIN};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

/// The package name on the `ok`/`FAIL` line, as for `go test FILE_test.go`.
const PACKAGE: &str = "command-line-arguments";

const USAGE: &str = "\
usage: loopc bench [-bench=regexp] [-benchtime=d|Nx] [-count=n] [-benchmem] [-cpu=list]
                   [-timeout=d] [flags] file.go
  -bench regexp   run only the benchmarks whose name matches (default \".\")
  -benchtime d    run each benchmark for duration d (default 1s), or N times with Nx
  -count n        run each benchmark n times (default 1)
  -benchmem       print memory allocation statistics (B/op, allocs/op)
  -cpu list       GOMAXPROCS values naming the results (default: the number of CPUs)
  -timeout d      fail after duration d (default 10m, 0 disables)
  flags           as for loopc run (-lang, -d=loopvar=N, -O, ...)
The file holds func BenchmarkXxx(b *testing.B) functions; func main is optional and does
not run.
";

/// The bench flags as given on the command line.
#[derive(Debug, PartialEq)]
struct BenchFlags {
    pattern: String,
    benchtime_ns: i64,
    benchtime_n: i64,
    count: u32,
    cpus: Option<Vec<u32>>,
    benchmem: bool,
    timeout_ns: i64,
}

impl Default for BenchFlags {
    fn default() -> Self {
        BenchFlags {
            pattern: ".".to_string(),
            benchtime_ns: 1_000_000_000,
            benchtime_n: 0,
            count: 1,
            cpus: None,
            benchmem: false,
            timeout_ns: 10 * 60 * 1_000_000_000,
        }
    }
}

/// Runs the subcommand (`args` after `bench`).
pub fn command(args: &[String]) -> ExitCode {
    let (flags, rest) = match split_flags(args) {
        Ok(x) => x,
        Err(msg) => return usage_error(&msg),
    };
    let parsed = match parse_args(&rest, FlagSet::Run) {
        Ok(p) => p,
        Err(e) => return usage_error(&e.to_string()),
    };
    if parsed.help {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let [path] = parsed.args.as_slice() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let filter = match regex::Regex::new(first_level(&flags.pattern)) {
        Ok(r) => r,
        Err(e) => return usage_error(&format!("invalid regexp for -bench: {e}")),
    };

    // Check the file as written, so diagnostics point into it, and find its benchmarks.
    let mut session = Session::new(parsed.options.clone());
    let mut checked = match session.compile(path) {
        Ok(c) => c,
        Err(e) => return fail(1, &e.to_string()),
    };
    // `func main` is optional: the link error about its absence does not apply.
    checked.link_errors.retain(|e| e != MISSING_MAIN);
    eprint!("{}", checked.render(&session.sources));
    if checked.has_errors() {
        return setup_failed();
    }
    let names = match benchmark_functions(&checked.ast, &session.sources) {
        Ok(names) => names,
        Err(errs) => {
            eprintln!("# {PACKAGE}");
            for e in errs {
                eprintln!("{e}");
            }
            return setup_failed();
        }
    };
    let selected: Vec<String> = names.into_iter().filter(|n| filter.is_match(n)).collect();

    let settings = settings(&flags);
    let src = session.sources.file(checked.file).src.clone();
    let text = harness_source(&src, &checked.ast, &selected, &settings);
    let dir = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty());
    let mut session = Session::new(parsed.options);
    let harness = match session.compile_source(path, text, dir.unwrap_or(std::path::Path::new("."))) {
        Ok(c) => c,
        Err(e) => return fail(1, &e.to_string()),
    };
    if harness.has_errors() {
        eprint!("{}", harness.render(&session.sources));
        return fail(1, "loopc bench: internal error: the generated harness does not compile");
    }
    let opt = match session.optimize(&harness) {
        Ok(o) => o,
        Err(e) => return fail(1, &e.to_string()),
    };
    let start = Instant::now();
    let status = opt.run(&session.options, &[path.as_str()]);
    let elapsed = start.elapsed().as_secs_f64();
    match status {
        Ok(0) => {
            println!("ok  \t{PACKAGE}\t{elapsed:.3}s");
            ExitCode::SUCCESS
        }
        Ok(code) => {
            println!("exit status {code}");
            println!("FAIL\t{PACKAGE}\t{elapsed:.3}s");
            ExitCode::from(1)
        }
        // The program was killed: by -timeout's alarm if it ran that long.
        Err(_) if flags.timeout_ns > 0 && elapsed * 1e9 >= flags.timeout_ns as f64 => {
            eprintln!("panic: test timed out after {}", duration_string(flags.timeout_ns));
            println!("FAIL\t{PACKAGE}\t{elapsed:.3}s");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            println!("FAIL\t{PACKAGE}\t{elapsed:.3}s");
            ExitCode::from(1)
        }
    }
}

/// What the harness passes to `testing.MainBenchmarks`.
fn settings(flags: &BenchFlags) -> BenchSettings {
    let ncpu = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
    // `go test FILE_test.go` prints no `pkg:` line: its package has no import path.
    let mut labels = vec![format!("goos: {}", std::env::consts::OS), format!("goarch: {}", go_arch())];
    if let Some(cpu) = cpu_name() {
        labels.push(format!("cpu: {cpu}"));
    }
    BenchSettings {
        benchtime_ns: flags.benchtime_ns,
        benchtime_n: flags.benchtime_n,
        count: flags.count,
        cpus: flags.cpus.clone().unwrap_or_else(|| vec![ncpu]),
        benchmem: flags.benchmem,
        timeout_secs: (flags.timeout_ns.max(0) as u64).div_ceil(1_000_000_000),
        progress: std::io::stderr().is_terminal(),
        labels,
    }
}

/// GOARCH of the host.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    }
}

/// The processor's name as Go's internal/sysinfo finds it on Linux (`model name` in
/// /proc/cpuinfo), or none.
fn cpu_name() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("model name"))?;
    let name = line.split_once(':')?.1.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Separates the bench flags (`-bench`, `-benchtime`, ...; also as `-test.bench`) from the
/// rest, which are `loopc run`'s flags and the file.
fn split_flags(args: &[String]) -> Result<(BenchFlags, Vec<String>), String> {
    let mut flags = BenchFlags::default();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let body = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-'));
        let Some(body) = body.filter(|_| arg.len() > 1) else {
            rest.push(arg.clone());
            continue;
        };
        let body = body.strip_prefix("test.").unwrap_or(body);
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        if name == "benchmem" {
            flags.benchmem = match inline.as_deref() {
                None | Some("true" | "1" | "t" | "T" | "TRUE" | "True") => true,
                Some("false" | "0" | "f" | "F" | "FALSE" | "False") => false,
                Some(v) => return Err(format!("invalid boolean value {v:?} for -benchmem")),
            };
            continue;
        }
        if !matches!(name, "bench" | "benchtime" | "count" | "cpu" | "timeout") {
            rest.push(arg.clone());
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => {
                let v = args.get(i).ok_or_else(|| format!("flag needs an argument: -{name}"))?;
                i += 1;
                v.clone()
            }
        };
        let invalid = |why: &str| format!("invalid value {value:?} for flag -{name}: {why}");
        match name {
            "bench" => flags.pattern = value.clone(),
            "benchtime" => {
                if let Some(n) = value.strip_suffix('x') {
                    match n.parse::<i64>() {
                        Ok(n) if n > 0 => (flags.benchtime_n, flags.benchtime_ns) = (n, 0),
                        _ => return Err(invalid("invalid count")),
                    }
                } else {
                    match parse_duration(&value) {
                        Some(d) if d > 0 => (flags.benchtime_ns, flags.benchtime_n) = (d, 0),
                        _ => return Err(invalid("invalid duration")),
                    }
                }
            }
            "count" => match value.parse::<u32>() {
                Ok(n) if n > 0 => flags.count = n,
                _ => return Err(invalid("parse error")),
            },
            "cpu" => {
                let mut cpus = Vec::new();
                for v in value.split(',').filter(|v| !v.is_empty()) {
                    match v.parse::<u32>() {
                        Ok(n) if n > 0 => cpus.push(n),
                        _ => return Err(format!("testing: invalid value {v:?} for test.cpu")),
                    }
                }
                if cpus.is_empty() {
                    return Err(format!("testing: invalid value {value:?} for test.cpu"));
                }
                flags.cpus = Some(cpus);
            }
            _ => match parse_duration(&value) {
                Some(d) if d >= 0 => flags.timeout_ns = d,
                _ => return Err(invalid("invalid duration")),
            },
        }
    }
    Ok((flags, rest))
}

/// The pattern's first `/`-separated element (brackets and parentheses protect slashes),
/// which go test matches against top-level benchmark names.
fn first_level(pattern: &str) -> &str {
    let (mut brackets, mut parens) = (0i32, 0i32);
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'[' => brackets += 1,
            b']' if brackets > 0 => brackets -= 1,
            b'(' if brackets == 0 => parens += 1,
            b')' if brackets == 0 => parens -= 1,
            b'\\' => i += 1,
            b'/' if brackets == 0 && parens == 0 => return &pattern[..i],
            _ => {}
        }
        i += 1;
    }
    pattern
}

/// Parses a Go duration (`time.ParseDuration`: `1s`, `1.5s`, `500ms`, `1m30s`, `0`) into
/// nanoseconds.
fn parse_duration(s: &str) -> Option<i64> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let num: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total += num * scale;
    }
    if total > i64::MAX as f64 {
        return None;
    }
    let ns = total.round() as i64;
    Some(if neg { -ns } else { ns })
}

/// Go's `time.Duration.String` for non-negative durations (`10m0s`, `1.5s`, `500ms`).
fn duration_string(ns: i64) -> String {
    if ns == 0 {
        return "0s".to_string();
    }
    let frac = |v: i64, unit: i64| {
        let mut s = format!("{}", v / unit);
        let rem = v % unit;
        if rem != 0 {
            let digits = unit.ilog10() as usize;
            let f = format!("{rem:0digits$}");
            s.push('.');
            s.push_str(f.trim_end_matches('0'));
        }
        s
    };
    if ns < 1_000 {
        return format!("{ns}ns");
    }
    if ns < 1_000_000 {
        return format!("{}µs", frac(ns, 1_000));
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", frac(ns, 1_000_000));
    }
    let (h, rem) = (ns / 3_600_000_000_000, ns % 3_600_000_000_000);
    let (m, s) = (rem / 60_000_000_000, rem % 60_000_000_000);
    let secs = format!("{}s", frac(s, 1_000_000_000));
    match (h, m) {
        (0, 0) => secs,
        (0, m) => format!("{m}m{secs}"),
        (h, m) => format!("{h}h{m}m{secs}"),
    }
}

fn setup_failed() -> ExitCode {
    println!("FAIL\t{PACKAGE} [setup failed]");
    ExitCode::from(1)
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("{msg}");
    eprint!("{USAGE}");
    ExitCode::from(2)
}

fn fail(code: u8, msg: &str) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_in_go_test_forms() {
        let (f, rest) = split_flags(&strings(&[
            "-bench",
            "Sum",
            "-benchtime=100x",
            "-benchmem",
            "-cpu=1,2",
            "-lang=go1.21",
            "x.go",
        ]))
        .expect("valid flags");
        assert_eq!(f.pattern, "Sum");
        assert_eq!((f.benchtime_n, f.benchtime_ns), (100, 0));
        assert!(f.benchmem);
        assert_eq!(f.cpus, Some(vec![1, 2]));
        assert_eq!(rest, strings(&["-lang=go1.21", "x.go"]));
        let (f, _) = split_flags(&strings(&["-test.benchtime=1.5s", "-count", "3", "-timeout=0"])).expect("valid");
        assert_eq!((f.benchtime_ns, f.count, f.timeout_ns), (1_500_000_000, 3, 0));
        assert!(split_flags(&strings(&["-benchtime=0x"])).is_err());
        assert!(split_flags(&strings(&["-benchtime=1y"])).is_err());
        assert!(split_flags(&strings(&["-cpu=0"])).is_err());
        assert!(split_flags(&strings(&["-count"])).is_err());
    }

    #[test]
    fn durations_as_go_parses_and_prints_them() {
        assert_eq!(parse_duration("1s"), Some(1_000_000_000));
        assert_eq!(parse_duration("1m30s"), Some(90_000_000_000));
        assert_eq!(parse_duration("500ms"), Some(500_000_000));
        assert_eq!(parse_duration("2us"), Some(2_000));
        assert_eq!(parse_duration("0"), Some(0));
        assert_eq!(parse_duration("5"), None);
        assert_eq!(parse_duration(""), None);
        assert_eq!(duration_string(600_000_000_000), "10m0s");
        assert_eq!(duration_string(1_500_000_000), "1.5s");
        assert_eq!(duration_string(3_600_000_000_000), "1h0m0s");
        assert_eq!(duration_string(250_000_000), "250ms");
    }

    #[test]
    fn bench_pattern_levels() {
        assert_eq!(first_level("Sum/n=10"), "Sum");
        assert_eq!(first_level("[/]x/y"), "[/]x");
        assert_eq!(first_level("(a/b)/c"), "(a/b)");
        assert_eq!(first_level("."), ".");
    }
}
