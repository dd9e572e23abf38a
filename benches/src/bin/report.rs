//! Writes `benches/results/REPORT.md` and `benches/results/ratios.svg`: the Go benchmark
//! programs of `benches/go/` run by `loopc bench` and, when the reference toolchain is there,
//! by `go test -bench` in the same run (loopc/gc ratios), plus the compiler's own stage
//! times on generated 1,000- and 10,000-line programs, with the machine described.
//!
//! ```text
//! cargo run --release -p loopc-benches --bin report -- [LOOPC] [BENCHTIME]
//!   LOOPC      the loopc binary (default: target/release/loopc)
//!   BENCHTIME  -benchtime for both toolchains (default 500ms)
//! env GO_ORACLE: the go wrapper (default ../shared/tools/go-oracle next to the repository)
//! ```
//! The raw outputs go to `results/loopc.txt` and `results/gc.txt`, which benchstat reads.
//! `loopvar.go` runs twice: as written (per-iteration loop variables, go1.22+) and with
//! `-lang=go1.21` (one shared variable per loop); the second run's names get a `Go121`
//! suffix so both appear in one table.

use loopc_benches::{generate_program, Stages};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// One result line: ns/op, and B/op and allocs/op.
#[derive(Clone, Debug, Default)]
struct Measure {
    ns: f64,
    bytes: Option<f64>,
    allocs: Option<f64>,
}

/// Results by file stem, then benchmark name (without the -N suffix), in run order.
type Results = Vec<(String, Vec<(String, Measure)>)>;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loopc = args.first().map(PathBuf::from).unwrap_or_else(|| root.join("target/release/loopc"));
    let benchtime = args.get(1).cloned().unwrap_or_else(|| "500ms".to_string());
    let oracle =
        std::env::var("GO_ORACLE").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared/tools/go-oracle"));
    let results_dir = root.join("benches/results");
    std::fs::create_dir_all(&results_dir).expect("results dir");

    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("benches/go"))
        .expect("benches/go")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();

    let mut loopc_raw = String::new();
    let mut gc_raw = String::new();
    let mut loopc_res: Results = Vec::new();
    let mut gc_res: Results = Vec::new();
    let have_gc = oracle.exists();
    for file in &files {
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("x").to_string();
        let variants: &[(&str, Option<&str>)] =
            if stem == "loopvar" { &[("", None), ("Go121", Some("1.21"))] } else { &[("", None)] };
        for (suffix, lang) in variants {
            eprintln!("loopc bench {stem}{suffix}");
            let mut cmd = Command::new(&loopc);
            cmd.arg("bench").arg("-benchmem").arg(format!("-benchtime={benchtime}"));
            if let Some(l) = lang {
                cmd.arg(format!("-lang=go{l}"));
            }
            let out = run(cmd.arg(file));
            let out = rename(&out, suffix);
            loopc_raw.push_str(&out);
            loopc_res.push((format!("{stem}{suffix}"), parse(&out)));
            if have_gc {
                eprintln!("go test -bench {stem}{suffix}");
                let out = rename(&go_test(&oracle, file, lang.unwrap_or("1.23"), &benchtime), suffix);
                gc_raw.push_str(&out);
                gc_res.push((format!("{stem}{suffix}"), parse(&out)));
            }
        }
    }
    std::fs::write(results_dir.join("loopc.txt"), &loopc_raw).expect("write loopc.txt");
    if have_gc {
        std::fs::write(results_dir.join("gc.txt"), &gc_raw).expect("write gc.txt");
    }

    eprintln!("compiler stages");
    let stages = compile_stages();
    let report = render(&loopc_res, &gc_res, &stages, &benchtime, &loopc, &root, &oracle);
    std::fs::write(results_dir.join("REPORT.md"), report).expect("write REPORT.md");
    std::fs::write(results_dir.join("ratios.svg"), svg(&loopc_res, &gc_res)).expect("write ratios.svg");
    eprintln!("wrote {}", results_dir.join("REPORT.md").display());
}

/// Runs a command and returns its stdout (its stderr is passed through).
fn run(cmd: &mut Command) -> String {
    match cmd.output() {
        Ok(o) => {
            eprint!("{}", String::from_utf8_lossy(&o.stderr));
            String::from_utf8_lossy(&o.stdout).into_owned()
        }
        Err(e) => {
            eprintln!("cannot run {cmd:?}: {e}");
            String::new()
        }
    }
}

/// Runs `file` with `go test -bench=. -benchmem FILE_test.go` as the only file of a
/// temporary module whose go.mod says `go LANG`.
fn go_test(oracle: &Path, file: &Path, lang: &str, benchtime: &str) -> String {
    let dir = std::env::temp_dir().join(format!("loopc-report-{}-{lang}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp module");
    std::fs::write(dir.join("go.mod"), format!("module benchreport\n\ngo {lang}\n")).expect("go.mod");
    let name = format!("{}_test.go", file.file_stem().and_then(|s| s.to_str()).unwrap_or("x"));
    std::fs::copy(file, dir.join(&name)).expect("copy benchmark file");
    // Naming the file (not the package) makes the package `command-line-arguments`, as
    // loopc bench's: benchstat compares only results with the same `pkg:`.
    let out = run(Command::new(oracle).current_dir(&dir).args([
        "go",
        "test",
        "-bench=.",
        "-benchmem",
        &format!("-benchtime={benchtime}"),
        &name,
    ]));
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// Appends `suffix` to every benchmark name (before the -N suffix) of a go test output.
fn rename(out: &str, suffix: &str) -> String {
    if suffix.is_empty() {
        return out.to_string();
    }
    let mut s = String::new();
    for line in out.lines() {
        if let Some((name, rest)) = line.split_once('\t').filter(|_| line.starts_with("Benchmark")) {
            let name = name.trim_end();
            let renamed = match name.rsplit_once('-') {
                Some((base, procs)) if procs.chars().all(|c| c.is_ascii_digit()) => format!("{base}{suffix}-{procs}"),
                _ => format!("{name}{suffix}"),
            };
            let _ = writeln!(s, "{renamed}\t{rest}");
        } else {
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

/// The result lines of a go test output.
fn parse(out: &str) -> Vec<(String, Measure)> {
    let mut v = Vec::new();
    for line in out.lines().filter(|l| l.starts_with("Benchmark")) {
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let name = fields[0];
        let name = match name.rsplit_once('-') {
            Some((base, procs)) if procs.chars().all(|c| c.is_ascii_digit()) => base,
            _ => name,
        };
        let mut m = Measure::default();
        for f in &fields[1..] {
            let Some((num, unit)) = f.split_once(' ') else { continue };
            let Ok(x) = num.trim().parse::<f64>() else { continue };
            match unit.trim() {
                "ns/op" => m.ns = x,
                "B/op" => m.bytes = Some(x),
                "allocs/op" => m.allocs = Some(x),
                _ => {}
            }
        }
        v.push((name.trim_start_matches("Benchmark").to_string(), m));
    }
    v
}

/// Stage timings: (stage, lines, best time of a few runs).
fn compile_stages() -> Vec<(String, usize, Duration)> {
    let mut out = Vec::new();
    for (lines, reps) in [(1_000usize, 7), (10_000, 3)] {
        let src = generate_program(lines);
        let n = src.lines().count();
        let stages = Stages::new(&src);
        let best = |f: &dyn Fn() -> Duration| (0..reps).map(|_| f()).min().unwrap_or_default();
        let time = |f: &dyn Fn()| {
            best(&|| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
        };
        out.push(("parse".to_string(), n, time(&|| drop(stages.parse()))));
        out.push(("parse+check".to_string(), n, time(&|| drop(stages.check()))));
        out.push(("lower".to_string(), n, time(&|| drop(stages.lower()))));
        for (i, (name, _)) in stages.before_pass.iter().enumerate() {
            out.push((format!("pass {name}"), n, best(&|| stages.time_pass(i))));
        }
        out.push(("cranelift (JIT)".to_string(), n, time(&|| stages.cranelift())));
        out.push(("total: source to JIT code".to_string(), n, time(&|| stages.jit_total())));
    }
    out
}

fn lookup<'a>(res: &'a Results, file: &str, name: &str) -> Option<&'a Measure> {
    res.iter().find(|(f, _)| f == file)?.1.iter().find(|(n, _)| n == name).map(|(_, m)| m)
}

fn fmt_ns(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.2}")
    }
}

fn fmt_opt(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |v| format!("{v:.0}"))
}

fn machine(root: &Path, oracle: &Path) -> String {
    let sh = |c: &str| {
        Command::new("sh").args(["-c", c]).output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let mut s = String::new();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|i| {
            i.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let _ = writeln!(s, "- CPU: {cpu}, {} logical CPUs", std::thread::available_parallelism().map_or(1, |n| n.get()));
    let _ = writeln!(s, "- OS: {}", sh("uname -srm").unwrap_or_default());
    let _ = writeln!(
        s,
        "- load average when the report started: {}",
        sh("cut -d' ' -f1-3 /proc/loadavg").unwrap_or_default()
    );
    let _ = writeln!(
        s,
        "- loopc commit: {}",
        sh(&format!("git -C {} rev-parse --short HEAD", root.display())).unwrap_or_default()
    );
    let _ =
        writeln!(s, "- reference: {}", sh(&format!("{} go version 2>/dev/null", oracle.display())).unwrap_or_default());
    s
}

fn render(
    loopc: &Results,
    gc: &Results,
    stages: &[(String, usize, Duration)],
    benchtime: &str,
    bin: &Path,
    root: &Path,
    oracle: &Path,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# loopc benchmark report\n");
    let _ = writeln!(
        s,
        "Generated by `cargo run --release -p loopc-benches --bin report` (`{}`, -benchtime={benchtime}).\n",
        bin.display()
    );
    let _ = writeln!(s, "## Machine\n\n{}", machine(root, oracle));
    let _ = writeln!(
        s,
        "Absolute figures depend on the machine's load (the load average above; the development machine is sometimes shared with builds and test runs), and loopc and gc ran one after the other. Ratios within one toolchain's run (the targets below) are the more reliable figures.\n"
    );

    let _ = writeln!(s, "## Targets\n");
    let ratio = |res: &Results, f1: &str, a: &str, f2: &str, b: &str| -> Option<f64> {
        Some(lookup(res, f1, a)?.ns / lookup(res, f2, b)?.ns)
    };
    let stack = ratio(loopc, "loopvar", "LoopVarStack", "loopvarGo121", "LoopVarStackGo121");
    let rf = ratio(loopc, "rangefunc", "RangeFunc", "rangefunc", "PlainLoop");
    let rf_nested = ratio(loopc, "rangefunc", "RangeFuncNested", "rangefunc", "PlainNested");
    let jit1000 = stages.iter().find(|(n, l, _)| n.starts_with("total") && *l < 5000).map(|(_, _, d)| *d);
    let _ = writeln!(s, "| target | goal | loopc | gc (same run) |\n|---|---|---|---|");
    let show = |x: Option<f64>| x.map_or("–".to_string(), |v| format!("{v:.2}x"));
    let _ = writeln!(
        s,
        "| per-iteration loop variable on the stack vs shared (LoopVarStack go1.22 / go1.21) | ≤ 1.05x | {} | {} |",
        show(stack),
        show(ratio(gc, "loopvar", "LoopVarStack", "loopvarGo121", "LoopVarStackGo121"))
    );
    let _ = writeln!(
        s,
        "| range-over-func, simple iterator vs plain loop (RangeFunc / PlainLoop) | ≤ 1.3x | {} | {} |",
        show(rf),
        show(ratio(gc, "rangefunc", "RangeFunc", "rangefunc", "PlainLoop"))
    );
    let _ = writeln!(
        s,
        "| range-over-func, nested iterators vs nested loops (RangeFuncNested / PlainNested) | (reported) | {} | {} |",
        show(rf_nested),
        show(ratio(gc, "rangefunc", "RangeFuncNested", "rangefunc", "PlainNested"))
    );
    let _ = writeln!(
        s,
        "| JIT-compiling a 1,000-line program (source to code) | < 50 ms | {} | |\n",
        jit1000.map_or("–".to_string(), |d| format!("{:.1} ms", d.as_secs_f64() * 1e3))
    );

    let _ = writeln!(s, "## Go benchmarks (`benches/go/`)\n");
    let _ = writeln!(s, "ns/op, B/op and allocs/op as printed by `loopc bench` and `go test -bench` (raw: `loopc.txt`, `gc.txt`; compare with `benchstat gc.txt loopc.txt`).\n");
    let _ = writeln!(s, "![loopc/gc time ratio](ratios.svg)\n");
    let _ = writeln!(s, "| file | benchmark | loopc ns/op | gc ns/op | loopc/gc | loopc B/op | gc B/op | loopc allocs/op | gc allocs/op |");
    let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for (file, rows) in loopc {
        for (name, m) in rows {
            let g = lookup(gc, file, name);
            let _ = writeln!(
                s,
                "| {file} | {name} | {} | {} | {} | {} | {} | {} | {} |",
                fmt_ns(m.ns),
                g.map_or("–".to_string(), |g| fmt_ns(g.ns)),
                g.map_or("–".to_string(), |g| format!("{:.2}", m.ns / g.ns)),
                fmt_opt(m.bytes),
                fmt_opt(g.and_then(|g| g.bytes)),
                fmt_opt(m.allocs),
                fmt_opt(g.and_then(|g| g.allocs)),
            );
        }
    }

    let _ = writeln!(s, "\n## Compiler stages (generated programs, best of several runs)\n");
    let _ = writeln!(s, "Lowering, the passes and Cranelift also process the std packages the program uses and the runtime, so lines/s counts the program's lines only.\n");
    let _ = writeln!(s, "| stage | lines | time | lines/s |\n|---|---:|---:|---:|");
    for (name, lines, d) in stages {
        let secs = d.as_secs_f64();
        let _ = writeln!(s, "| {name} | {lines} | {:.2} ms | {:.0} |", secs * 1e3, *lines as f64 / secs.max(1e-9));
    }
    s
}

/// A horizontal bar chart of loopc/gc ns/op ratios (log scale, 1x marked).
fn svg(loopc: &Results, gc: &Results) -> String {
    let mut rows = Vec::new();
    for (file, list) in loopc {
        for (name, m) in list {
            if let Some(g) = lookup(gc, file, name).filter(|g| g.ns > 0.0 && m.ns > 0.0) {
                rows.push((format!("{file}/{name}"), m.ns / g.ns));
            }
        }
    }
    let (label_w, bar_w, row_h, top) = (300.0, 460.0, 18.0, 40.0);
    let height = top + row_h * rows.len() as f64 + 30.0;
    let width = label_w + bar_w + 80.0;
    // Log scale from 1/4x to 64x.
    let (lo, hi) = (0.25f64.ln(), 64f64.ln());
    let x = |r: f64| label_w + (r.clamp(0.25, 64.0).ln() - lo) / (hi - lo) * bar_w;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="10" y="20" font-size="14">loopc / gc time per op (log scale; left of the 1x line: loopc faster)</text>"#
    );
    for tick in [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0] {
        let tx = x(tick);
        let stroke = if tick == 1.0 { "black" } else { "#ddd" };
        let _ = writeln!(
            s,
            r#"<line x1="{tx:.1}" y1="{}" x2="{tx:.1}" y2="{}" stroke="{stroke}"/>"#,
            top - 5.0,
            height - 25.0
        );
        let _ = writeln!(s, r#"<text x="{tx:.1}" y="{}" text-anchor="middle">{tick}x</text>"#, height - 10.0);
    }
    for (i, (name, r)) in rows.iter().enumerate() {
        let y = top + row_h * i as f64;
        let (x0, x1) = (x(1.0).min(x(*r)), x(1.0).max(x(*r)));
        let color = if *r <= 1.0 { "#4a9" } else { "#d74" };
        let _ = writeln!(s, r#"<text x="{}" y="{}" text-anchor="end">{name}</text>"#, label_w - 6.0, y + 12.0);
        let _ = writeln!(
            s,
            r#"<rect x="{x0:.1}" y="{}" width="{:.1}" height="{}" fill="{color}"/>"#,
            y + 2.0,
            (x1 - x0).max(1.0),
            row_h - 4.0
        );
        let _ = writeln!(s, r#"<text x="{:.1}" y="{}">{r:.2}x</text>"#, x1 + 4.0, y + 12.0);
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_renames_go_test_lines() {
        let out = "goos: linux\nBenchmarkA-2   \t 1000\t      1043 ns/op\t      16 B/op\t       1 allocs/op\nBenchmarkB\t10\t5.5 ns/op\nPASS\n";
        let p = parse(out);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].0, "A");
        assert_eq!((p[0].1.ns, p[0].1.bytes, p[0].1.allocs), (1043.0, Some(16.0), Some(1.0)));
        assert_eq!((p[1].0.as_str(), p[1].1.ns, p[1].1.bytes), ("B", 5.5, None));
        let r = rename(out, "Go121");
        assert!(r.contains("BenchmarkAGo121-2\t"));
        assert!(r.contains("BenchmarkBGo121\t"));
        assert!(r.starts_with("goos: linux\n"));
    }
}
