//! Runs every IR program in `ir-tests/codegen/*.lir` four ways — JIT on the host (at
//! `opt_level` speed and none), x86-64
//! object linked with the x86-64 C driver, aarch64 object linked with the aarch64 one — and
//! checks that each prints the expected stdout and exits with the expected status.
//!
//! Each program is linked with `ir-tests/codegen/lib/print.lir` (decimal output through
//! libc `write`), loopc's runtime core (`crates/loopc-runtime/ir/rt.lir`) and the entry shim
//! for `@main.main`. Expectations: stdout in the sibling `NAME.stdout` (required); the exit
//! status in a `; exit: N` line (default 0); optionally the first stderr line in a
//! `; stderr: TEXT` line. Non-host architectures run under `qemu-<arch>` with the Debian
//! cross sysroot (`apt-get install gcc-aarch64-linux-gnu qemu-user`).

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_codegen::{jit, object, CodegenOptions, OptLevel};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;
use target_lexicon::{Architecture, Triple};

struct Expect {
    stdout: String,
    exit: i32,
    stderr_first: Option<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(p: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()).into())
}

fn parse_unit(name: &str, text: &str) -> Result<loopc_ir::Module, Failed> {
    let m = loopc_ir::parse(text).map_err(|e| format!("{name}: {e}"))?;
    if let Err(errs) = loopc_ir::verify(&m) {
        let list: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        return Err(format!("{name} does not verify:\n{}", list.join("\n")).into());
    }
    Ok(m)
}

fn units(program: &Path) -> Result<Vec<loopc_ir::Module>, Failed> {
    let dir = root().join("ir-tests/codegen");
    let rt = root().join("crates/loopc-runtime/ir/rt.lir");
    Ok(vec![
        parse_unit(&program.display().to_string(), &read(program)?)?,
        parse_unit("lib/print.lir", &read(&dir.join("lib/print.lir"))?)?,
        parse_unit("rt.lir", &read(&rt)?)?,
        loopc_codegen::entry_shim("main.main").map_err(|e| e.to_string())?,
    ])
}

fn expectations(program: &Path) -> Result<Expect, Failed> {
    let text = read(program)?;
    let stdout = read(&program.with_extension("stdout"))?;
    let mut exit = 0;
    let mut stderr_first = None;
    for line in text.lines() {
        if let Some(n) = line.strip_prefix("; exit:") {
            exit = n.trim().parse().map_err(|_| format!("bad `; exit:` line: {line}"))?;
        } else if let Some(s) = line.strip_prefix("; stderr:") {
            stderr_first = Some(s.trim().to_string());
        }
    }
    Ok(Expect { stdout, exit, stderr_first })
}

fn check(name: &str, exp: &Expect, stdout: &[u8], stderr: &[u8], status: Option<i32>, how: &str) -> Result<(), Failed> {
    let out = String::from_utf8_lossy(stdout);
    let err = String::from_utf8_lossy(stderr);
    let mut problems = Vec::new();
    if out != exp.stdout {
        problems.push(format!("stdout differs\n--- expected\n{}--- got\n{out}", exp.stdout));
    }
    if status != Some(exp.exit) {
        problems.push(format!("exit status: expected {}, got {how}\nstderr:\n{err}", exp.exit));
    }
    if let Some(first) = &exp.stderr_first {
        if err.lines().next() != Some(first.as_str()) {
            problems.push(format!("stderr: expected first line {first:?}, got:\n{err}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {}", problems.join("\n")).into())
    }
}

fn opts() -> CodegenOptions {
    CodegenOptions { opt_level: OptLevel::Speed, ..Default::default() }
}

fn run_jit(program: &Path, opt_level: OptLevel) -> Result<(), Failed> {
    let exp = expectations(program)?;
    let units = units(program)?;
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    let opts = CodegenOptions { opt_level, ..Default::default() };
    let (prog, _) = jit::compile(&refs, &opts).map_err(|e| e.to_string())?;
    let out = prog.run(&["prog"], true).map_err(|e| e.to_string())?;
    let (status, how) = match out.termination {
        jit::Termination::Exit(c) => (Some(c), format!("exit {c}")),
        jit::Termination::Signal(s) => (None, format!("signal {s}")),
    };
    check("jit", &exp, &out.stdout, &out.stderr, status, &how)
}

fn run_object(program: &Path, triple: &str) -> Result<(), Failed> {
    let exp = expectations(program)?;
    let units = units(program)?;
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    let triple = Triple::from_str(triple).map_err(|e| e.to_string())?;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("codegen-programs").join(triple.architecture.to_string());
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let stem = program.file_stem().and_then(|s| s.to_str()).unwrap_or("prog");
    let exe = dir.join(stem);
    object::build_executable(&refs, &triple, &opts(), &exe).map_err(|e| e.to_string())?;
    let mut cmd = if triple.architecture == Triple::host().architecture {
        Command::new(&exe)
    } else {
        let (qemu, sysroot) = match triple.architecture {
            Architecture::Aarch64(_) => ("qemu-aarch64", "/usr/aarch64-linux-gnu"),
            _ => ("qemu-x86_64", "/usr/x86_64-linux-gnu"),
        };
        let mut c = Command::new(qemu);
        c.arg("-L").arg(sysroot).arg(&exe);
        c
    };
    let out = cmd.output().map_err(|e| format!("running {}: {e} (apt-get install qemu-user)", exe.display()))?;
    let how = format!("{}", out.status);
    check(&triple.to_string(), &exp, &out.stdout, &out.stderr, out.status.code(), &how)
}

fn main() {
    let args = Arguments::from_args();
    let dir = root().join("ir-tests/codegen");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("ir-tests/codegen exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lir"))
        .collect();
    programs.sort();
    let mut trials = Vec::new();
    for p in programs {
        let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
        let q = p.clone();
        trials.push(Trial::test(format!("jit::{name}"), move || run_jit(&q, OptLevel::Speed)));
        let q = p.clone();
        trials.push(Trial::test(format!("jit_opt_none::{name}"), move || run_jit(&q, OptLevel::None)));
        for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
            let q = p.clone();
            let arch = triple.split('-').next().unwrap_or(triple);
            trials.push(Trial::test(format!("{arch}::{name}"), move || run_object(&q, triple)));
        }
    }
    trials.push(Trial::test("jit::time_limit_kills_a_looping_program", time_limit));
    libtest_mimic::run(&args, trials).exit();
}

/// `run_limited` ends a program that never terminates with SIGALRM after its limit, and a
/// program that finishes in time runs normally.
fn time_limit() -> Result<(), Failed> {
    let forever = "func @main.main(ptr) export {\nblock0(v0: ptr):\n    jump block1\n\nblock1:\n    jump block1\n}\n";
    let rt = root().join("crates/loopc-runtime/ir/rt.lir");
    let looping = [
        parse_unit("forever", forever)?,
        parse_unit("rt.lir", &read(&rt)?)?,
        loopc_codegen::entry_shim("main.main").map_err(|e| e.to_string())?,
    ];
    let refs: Vec<&loopc_ir::Module> = looping.iter().collect();
    let (prog, _) = jit::compile(&refs, &opts()).map_err(|e| e.to_string())?;
    let out =
        prog.run_limited(&["prog"], true, Some(std::time::Duration::from_millis(1500))).map_err(|e| e.to_string())?;
    // SIGALRM is 14 on Linux (x86-64 and aarch64).
    if out.termination != jit::Termination::Signal(14) {
        return Err(format!("expected SIGALRM (14), got {:?}", out.termination).into());
    }
    let hello = root().join("ir-tests/codegen/arith.lir");
    let finishing = units(&hello)?;
    let refs: Vec<&loopc_ir::Module> = finishing.iter().collect();
    let (prog, _) = jit::compile(&refs, &opts()).map_err(|e| e.to_string())?;
    let out = prog.run_limited(&["prog"], true, Some(std::time::Duration::from_secs(60))).map_err(|e| e.to_string())?;
    let exp = expectations(&hello)?;
    check(
        "jit limited",
        &exp,
        &out.stdout,
        &out.stderr,
        Some(0).filter(|_| matches!(out.termination, jit::Termination::Exit(0))),
        "not exit 0",
    )
}
