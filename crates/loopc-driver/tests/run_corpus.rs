//! The run corpus, end to end: every valid program under `ir-tests/{run,loopvar,rangefunc}`
//! is compiled through the whole pipeline (check, lower, passes, Cranelift) and run three
//! ways; each must print what real Go recorded: stdout (`FILE.out`), the first stderr line
//! (`FILE.err1`) and the exit code (`FILE.rc`). Loop programs also run with `-lang=go1.21`
//! against `FILE.go121.*`, and their `-d=loopvar=2` report must equal `FILE.lv2`.
//!
//! The modes, one test each (`run/NAME`, `run/NAME@build`, `run/NAME@aarch64`):
//! - JIT: `cranelift-jit` on the host, run in a forked child (see `loopc_codegen::jit`), as
//!   `loopc run` does; this mode also checks the loopvar report.
//! - `@build`: a native object (`cranelift-object`) linked by the system `cc` into an
//!   executable, as `loopc build` does, then run.
//! - `@aarch64`: an aarch64 object linked by `aarch64-linux-gnu-gcc`, run under
//!   `qemu-aarch64 -L /usr/aarch64-linux-gnu` (`scripts/test` installs both). Without those
//!   tools every `@aarch64` test fails and says which Debian packages to install.
//!
//! A program is compiled (frontend, lowering, passes) once for its three modes: the first
//! mode to run prepares it and the others share the result, which is dropped when the last
//! of its selected modes is done. Programs run with a time limit ([`RUN_TIMEOUT`]) so one
//! that loops forever fails its test instead of hanging the suite.
//!
//! `ir-tests/known-failures.txt` lists the tests that do not pass yet, one test name a line
//! (`#` comments allowed), each mode under its own name. Every test not listed must pass,
//! so any regression of a passing case fails the suite. A listed test is still run and its
//! result reported: one that passes now is counted in a closing note ("remove it from
//! known-failures.txt") rather than failing the suite, so work that fixes programs never
//! breaks the build; the list only shrinks.

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_driver::options::Options;
use loopc_driver::pipeline::Optimized;
use loopc_driver::version::GoVersion;
use loopc_driver::Session;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The aarch64 target the `@aarch64` tests build for.
const AARCH64: &str = "aarch64-unknown-linux-gnu";

/// How long a program may run (JIT, executable or under qemu) before it is killed and its
/// test fails.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// The signal that ends a JIT-run program at its time limit (Linux's `SIGALRM`).
const SIGALRM: i32 = 14;

/// One program compiled one way, and what it must produce.
#[derive(Clone)]
struct Case {
    /// The Go file.
    path: PathBuf,
    /// Language version it is compiled with.
    lang: GoVersion,
    /// Expectation file prefix: `dir/NAME` or `dir/NAME.go121`.
    expect: PathBuf,
    /// Also compare the `-d=loopvar=2` report with `PREFIX.lv2`.
    report: bool,
}

/// How a compiled program is run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// JIT on the host.
    Jit,
    /// Native executable.
    Build,
    /// aarch64 executable under qemu.
    Aarch64,
}

impl Mode {
    const ALL: [Mode; 3] = [Mode::Jit, Mode::Build, Mode::Aarch64];

    /// The test-name suffix.
    fn suffix(self) -> &'static str {
        match self {
            Mode::Jit => "",
            Mode::Build => "@build",
            Mode::Aarch64 => "@aarch64",
        }
    }
}

/// A case compiled as far as the IR pipeline goes, shared by its modes.
struct Prepared {
    optimized: Optimized,
    options: Options,
    /// The rendered `-d=loopvar=2` report (when the case checks it).
    report: Vec<String>,
}

/// The per-case slot the modes share: the prepared program while some selected mode still
/// needs it.
struct Shared {
    case: Case,
    slot: Mutex<Slot>,
}

struct Slot {
    /// Selected modes of this case that have not finished.
    remaining: usize,
    prepared: Option<Arc<Result<Prepared, String>>>,
}

impl Shared {
    /// The prepared program, compiling it if no mode has yet; the last selected mode to
    /// call this releases it (the caller keeps its `Arc`).
    fn take(&self) -> Arc<Result<Prepared, String>> {
        let mut slot = self.slot.lock().unwrap_or_else(|poison| poison.into_inner());
        let prepared = match &slot.prepared {
            Some(p) => p.clone(),
            None => {
                let p = Arc::new(loopc_driver::with_big_stack(|| prepare(&self.case)));
                slot.prepared = Some(p.clone());
                p
            }
        };
        slot.remaining = slot.remaining.saturating_sub(1);
        if slot.remaining == 0 {
            slot.prepared = None;
        }
        prepared
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = loopc_driver::repo_root().join("ir-tests");
    let known = known_failures(&root.join("known-failures.txt"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run-corpus");
    let mut trials = Vec::new();
    for dir in ["run", "loopvar", "rangefunc"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect())
            .unwrap_or_default();
        files.sort();
        for path in files {
            let stem = path.with_extension("");
            let name = format!("{dir}/{}", stem.file_name().unwrap_or_default().to_string_lossy());
            let mut cases = Vec::new();
            if stem.with_extension("out").exists() {
                cases.push((
                    name.clone(),
                    Case { path: path.clone(), lang: GoVersion::GO1_23, expect: stem.clone(), report: dir != "run" },
                ));
            }
            let go121 = PathBuf::from(format!("{}.go121", stem.display()));
            if Path::new(&format!("{}.out", go121.display())).exists() {
                cases.push((
                    format!("{name}.go121"),
                    Case { path: path.clone(), lang: GoVersion::GO1_21, expect: go121, report: false },
                ));
            }
            for (test, case) in cases {
                let names: Vec<String> = Mode::ALL.iter().map(|m| format!("{test}{}", m.suffix())).collect();
                let selected =
                    names.iter().filter(|n| !args.is_filtered_out(&Trial::test(n.as_str(), || Ok(())))).count();
                let shared = Arc::new(Shared { case, slot: Mutex::new(Slot { remaining: selected, prepared: None }) });
                for (mode, name) in Mode::ALL.into_iter().zip(names) {
                    let expected_failure = known.contains(&name);
                    let shared = shared.clone();
                    let exe = scratch.join(name.replace(['/', '@'], "-"));
                    trials.push(Trial::test(name, move || check(&shared, mode, &exe, expected_failure)));
                }
            }
        }
    }
    let unknown: Vec<_> = known.iter().filter(|k| !trials.iter().any(|t| t.name() == k.as_str())).collect();
    if !unknown.is_empty() {
        eprintln!("known-failures.txt names tests that do not exist: {unknown:?}");
        std::process::exit(101);
    }
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("cannot create {}: {e}", scratch.display());
        std::process::exit(101);
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let fixed = FIXED.load(Ordering::Relaxed);
    if fixed > 0 {
        eprintln!("{fixed} test(s) in ir-tests/known-failures.txt pass now: remove them from the list");
    }
    conclusion.exit();
}

/// Listed known failures that passed in this run.
static FIXED: AtomicUsize = AtomicUsize::new(0);

fn known_failures(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn check(shared: &Shared, mode: Mode, exe: &Path, expected_failure: bool) -> Result<(), Failed> {
    let prepared = shared.take();
    let outcome = match &*prepared {
        Ok(p) => run_mode(&shared.case, p, mode, exe),
        Err(e) => Err(e.clone().into()),
    };
    let what = format!("{}{}", shared.case.expect.display(), mode.suffix());
    match (outcome, expected_failure) {
        (Ok(()), false) => Ok(()),
        (Err(e), true) => {
            // Still failing, as listed: say why in one line.
            let why = e.message().and_then(|m| m.lines().next()).unwrap_or("failed").to_string();
            eprintln!("known failure {what}: {why}");
            Ok(())
        }
        (Ok(()), true) => {
            FIXED.fetch_add(1, Ordering::Relaxed);
            eprintln!("{what}: passes now: remove it from ir-tests/known-failures.txt");
            Ok(())
        }
        (Err(e), false) => Err(e),
    }
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_default()
}

/// Compiles a case through the IR pipeline (the part every mode shares).
fn prepare(case: &Case) -> Result<Prepared, String> {
    let mut options = Options { lang: Some(case.lang), ..Options::default() };
    if case.report {
        options.debug.loopvar = 2;
    }
    let mut session = Session::new(options);
    let dir = case.path.parent().ok_or("no directory")?;
    let name = format!("./{}", case.path.file_name().ok_or("no file name")?.to_string_lossy());
    let text = std::fs::read_to_string(&case.path).map_err(|e| e.to_string())?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    if c.has_errors() {
        return Err(format!("does not compile:\n{}", c.render(&session.sources)));
    }
    let optimized = session.optimize(&c).map_err(|e| e.to_string())?;
    let report = optimized
        .remarks
        .iter()
        .map(|r| r.render(&session.sources))
        .map(|l| l.strip_prefix("./").unwrap_or(&l).to_string())
        .collect();
    Ok(Prepared { optimized, options: session.options, report })
}

/// What a run printed and how it ended.
struct Output {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

fn run_mode(case: &Case, p: &Prepared, mode: Mode, exe: &Path) -> Result<(), Failed> {
    let prefix = case.expect.display().to_string();
    if mode == Mode::Jit && case.report {
        let want = read(PathBuf::from(format!("{prefix}.lv2")));
        let want: Vec<&str> = want.lines().collect();
        if p.report != want {
            return Err(format!(
                "-d=loopvar=2 report differs\nwant:\n{}\ngot:\n{}",
                want.join("\n"),
                p.report.join("\n")
            )
            .into());
        }
    }
    let out = match mode {
        Mode::Jit => {
            let out = p.optimized.run_captured_limited(&p.options, Some(RUN_TIMEOUT)).map_err(|e| e.to_string())?;
            if out.code == 128 + SIGALRM {
                return Err(format!("killed after {} s (time limit)", RUN_TIMEOUT.as_secs()).into());
            }
            Output { stdout: out.stdout, stderr: out.stderr, code: out.code }
        }
        Mode::Build => run_executable(p, None, exe)?,
        Mode::Aarch64 => run_executable(p, Some(AARCH64), exe)?,
    };
    compare(&prefix, &out)
}

/// Builds the program for `target` (the host if `None`) into `exe`, runs it (under qemu
/// for aarch64) and removes the files again.
fn run_executable(p: &Prepared, target: Option<&str>, exe: &Path) -> Result<Output, Failed> {
    let options = Options { target: target.map(str::to_string), ..p.options.clone() };
    p.optimized.build(&options, exe).map_err(|e| match target {
        Some(_) => format!("{e} (scripts/test installs gcc-aarch64-linux-gnu and qemu-user)"),
        None => e.to_string(),
    })?;
    let mut cmd = match target {
        None => Command::new(exe),
        Some(_) => {
            let mut c = Command::new("qemu-aarch64");
            c.arg("-L").arg("/usr/aarch64-linux-gnu").arg(exe);
            c
        }
    };
    let out = run_with_timeout(&mut cmd);
    let _ = std::fs::remove_file(exe);
    match out {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && target.is_some() => {
            Err("`qemu-aarch64` not found; install it with `apt-get install qemu-user` (scripts/test does)".into())
        }
        Err(e) => Err(format!("running {}: {e}", exe.display()).into()),
        Ok(None) => Err(format!("killed after {} s (time limit)", RUN_TIMEOUT.as_secs()).into()),
        Ok(Some(out)) => Ok(out),
    }
}

/// Runs `cmd` with its stdout and stderr captured; `None` if it outran [`RUN_TIMEOUT`].
fn run_with_timeout(cmd: &mut Command) -> std::io::Result<Option<Output>> {
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                // A read error only truncates the captured output.
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Ok(status.map(|s| {
        use std::os::unix::process::ExitStatusExt;
        let code = s.code().or_else(|| s.signal().map(|n| 128 + n)).unwrap_or(-1);
        Output { stdout, stderr, code }
    }))
}

/// Compares a run with Go's recorded `PREFIX.out`, `PREFIX.err1` and `PREFIX.rc`.
fn compare(prefix: &str, out: &Output) -> Result<(), Failed> {
    let want_out = read(PathBuf::from(format!("{prefix}.out")));
    let want_err1 = read(PathBuf::from(format!("{prefix}.err1")));
    let want_rc: i32 = read(PathBuf::from(format!("{prefix}.rc"))).trim().parse().unwrap_or(0);
    let got_out = String::from_utf8_lossy(&out.stdout);
    let got_err1 = String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("").to_string();
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(format!("stdout differs\nwant:\n{want_out}\ngot:\n{got_out}"));
    }
    if got_err1 != want_err1.trim_end_matches('\n') {
        problems.push(format!("first stderr line differs\nwant: {}\n got: {got_err1}", want_err1.trim_end()));
    }
    if out.code != want_rc {
        problems.push(format!("exit code: want {want_rc}, got {}", out.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}
