//! The back half of a compilation: lowering the checked program to IR, the pass pipeline,
//! and code generation (JIT or native executable).
//!
//! ```text
//! Compilation ─lower─▶ IR module ─rangefunc→loopvar→escape→cleanup─▶ IR + remarks
//!     + runtime core (loopc-runtime ir/*.lir) + entry shim ─codegen─▶ JIT | object ─link─▶ exe
//! ```
//! Remarks (`-d=loopvar=N`, `-m`) come back as data and are rendered here in gc's order.

use crate::options::Options;
use crate::{Compilation, DriverError, Session};
use loopc_codegen::jit::Termination;
use loopc_codegen::{CodegenOptions, EmitOptions, OptLevel};
use loopc_ir::Module;
use loopc_passes::remark::Remark;
use loopc_passes::{PassCx, PassManager};
use loopc_span::{Diagnostic, SourceMap};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;
use target_lexicon::{Architecture, Triple};

/// The Go entry function every program starts in, called with the goroutine and the C
/// `argc`/`argv`: package runtime's `main` (proc.go) saves os.Args, runs `go.entry` (the
/// package initialisers, then `main.main`, built by lowering), reports an uncaught panic as
/// gc does and exits.
pub const GO_MAIN: &str = "runtime.main";

/// The optimised IR of a program, with what the passes reported.
pub struct Optimized {
    /// The program's module (all packages).
    pub module: Module,
    /// Remarks, positioned ones in gc's order, then bisect lines in emission order.
    pub remarks: Vec<Remark>,
    /// IR text dumped after passes named by `-d=dump=PASS`.
    pub dumps: Vec<(&'static str, String)>,
}

impl Session {
    /// Lowers a successfully checked compilation and runs the pass pipeline on it.
    pub fn optimize(&self, c: &Compilation) -> Result<Optimized, DriverError> {
        let program = c.program.as_ref().ok_or_else(|| DriverError::Unsupported("no checked program".into()))?;
        let lower = loopc_lower::LowerOptions { main_distinct_vars: c.version.0.has_per_iteration_loopvars() };
        let mut module = loopc_lower::lower_program(program, &c.ast, &lower)
            .map_err(|diags| DriverError::Diagnostics(render_all(&self.sources, &diags)))?;
        let mut cx = PassCx::new(pass_options(&self.options));
        // gc's view of positions: what -d=loopvarhash hashes and shows (crate::bisect).
        cx.set_positions(Box::new(crate::bisect::GcPositions::for_process(&self.sources, c.file)));
        let mut manager = PassManager::standard();
        manager.verify = cfg!(debug_assertions) || self.options.debug.verify;
        manager.run(&mut module, &mut cx).map_err(verifier_failure)?;
        let mut remarks = cx.take_remarks();
        sort_remarks(&self.sources, &mut remarks);
        // gc prints a positioned line only once when the same text comes twice in a row
        // after sorting (base.FlushErrors): two instances of a generic function report
        // their loop with one line.
        remarks.dedup_by(|a, b| {
            a.is_positioned() && b.is_positioned() && a.render(&self.sources) == b.render(&self.sources)
        });
        Ok(Optimized { module, remarks, dumps: std::mem::take(&mut cx.dumps) })
    }
}

/// The modules a program is linked from: the program, loopc's IR runtime core, and the
/// entry shim that calls [`GO_MAIN`].
pub fn link_units(program: &Module) -> Result<Vec<Module>, DriverError> {
    let mut units = Vec::new();
    for (name, text) in loopc_runtime::RUNTIME_IR {
        let m = loopc_ir::parse(text).map_err(|e| DriverError::Internal(format!("runtime {name}: {e}")))?;
        units.push(m);
    }
    units.push(loopc_codegen::entry_shim_with_args(GO_MAIN).map_err(|e| DriverError::Internal(e.to_string()))?);
    units.insert(0, program.clone());
    Ok(units)
}

/// What a program printed and how it ended.
pub struct Captured {
    /// Its standard output.
    pub stdout: Vec<u8>,
    /// Its standard error.
    pub stderr: Vec<u8>,
    /// Its exit status (128 + N if signal N killed it).
    pub code: i32,
}

impl Optimized {
    /// The optimised IR of the main package as text (`-emit=ir`), as `go tool compile -S`
    /// lists only the package it compiles; [`Optimized::module`] holds the whole program.
    pub fn ir_text(&self) -> String {
        loopc_ir::module_to_string_matching(&self.module, &|s| loopc_lower::symbol_in_package(s, "main"))
    }

    /// Cranelift IR (`clif`) or disassembly of the whole linked program for the target
    /// (`-emit=clif|asm`).
    pub fn listing(&self, o: &Options, clif: bool) -> Result<String, DriverError> {
        let units = link_units(&self.module)?;
        let refs: Vec<&Module> = units.iter().collect();
        let triple = target_triple(o.target.as_deref())?;
        let (_, listing) = loopc_codegen::object::compile(&refs, &triple, &codegen_options(o, clif, !clif))?;
        Ok(if clif { listing.clif_text() } else { listing.asm_text() })
    }

    /// Runs the program with `args` (`args[0]` is its name) and returns its exit status:
    /// JIT-compiled in a child process on the host, or built and run under user-mode qemu
    /// for a foreign `-target`.
    pub fn run(&self, o: &Options, args: &[&str]) -> Result<i32, DriverError> {
        let units = link_units(&self.module)?;
        let refs: Vec<&Module> = units.iter().collect();
        let triple = target_triple(o.target.as_deref())?;
        if triple.architecture != target_lexicon::HOST.architecture {
            return run_emulated(&refs, &triple, o, args);
        }
        let (program, _) = loopc_codegen::jit::compile(&refs, &codegen_options(o, false, false))?;
        Ok(match program.run(args, false)?.termination {
            Termination::Exit(code) => code,
            Termination::Signal(sig) => {
                return Err(DriverError::Internal(format!("the program was killed by signal {sig}")));
            }
        })
    }

    /// Runs the program on the host (JIT, in a child process) with no arguments, capturing
    /// its output: what the corpus tests compare with Go's.
    pub fn run_captured(&self, o: &Options) -> Result<Captured, DriverError> {
        self.run_captured_limited(o, None)
    }

    /// [`Optimized::run_captured`] with a wall-clock limit: a program still running after
    /// `limit` is killed ([`JitProgram::run_limited`](loopc_codegen::jit::JitProgram::run_limited))
    /// and its [`Captured::code`] is `128 + SIGALRM`, so a harness never hangs on it.
    pub fn run_captured_limited(&self, o: &Options, limit: Option<Duration>) -> Result<Captured, DriverError> {
        let units = link_units(&self.module)?;
        let refs: Vec<&Module> = units.iter().collect();
        let (program, _) = loopc_codegen::jit::compile(&refs, &codegen_options(o, false, false))?;
        let out = program.run_limited(&["prog"], true, limit)?;
        let code = match out.termination {
            Termination::Exit(code) => code,
            Termination::Signal(sig) => 128 + sig,
        };
        Ok(Captured { stdout: out.stdout, stderr: out.stderr, code })
    }

    /// Writes a native executable for the target to `exe`.
    pub fn build(&self, o: &Options, exe: &Path) -> Result<(), DriverError> {
        let units = link_units(&self.module)?;
        let refs: Vec<&Module> = units.iter().collect();
        let triple = target_triple(o.target.as_deref())?;
        loopc_codegen::object::build_executable(&refs, &triple, &codegen_options(o, false, false), exe)?;
        Ok(())
    }
}

/// The disassembly (or, with `clif`, the Cranelift IR) of IR `units` compiled for `triple`,
/// function by function as `-emit=asm|clif` prints it, at the default optimisation level.
/// Nothing is linked: imports stay undefined symbols (what `test compile` ir-tests check).
pub fn units_listing(units: &[&Module], triple: &Triple, clif: bool) -> Result<String, DriverError> {
    let o = Options::default();
    let (_, listing) = loopc_codegen::object::compile(units, triple, &codegen_options(&o, clif, !clif))?;
    Ok(if clif { listing.clif_text() } else { listing.asm_text() })
}

/// Builds for a foreign architecture and runs the executable under user-mode qemu, with
/// the program's stdin, stdout and stderr.
fn run_emulated(units: &[&Module], triple: &Triple, o: &Options, args: &[&str]) -> Result<i32, DriverError> {
    // One directory per call: a library user may run several programs at once.
    static RUNS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("loopc-run-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| DriverError::Internal(format!("creating {}: {e}", dir.display())))?;
    let exe = dir.join("prog");
    loopc_codegen::object::build_executable(units, triple, &codegen_options(o, false, false), &exe)?;
    let (qemu, sysroot) = match triple.architecture {
        Architecture::Aarch64(_) => ("qemu-aarch64", "/usr/aarch64-linux-gnu"),
        _ => ("qemu-x86_64", "/usr/x86_64-linux-gnu"),
    };
    let status = std::process::Command::new(qemu).arg("-L").arg(sysroot).arg(&exe).args(args.iter().skip(1)).status();
    let _ = std::fs::remove_dir_all(&dir);
    match status {
        Ok(s) => Ok(s.code().unwrap_or(2)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(loopc_codegen::CodegenError::MissingTool { tool: qemu.into(), package: "qemu-user".into() }.into())
        }
        Err(e) => Err(DriverError::Internal(format!("running {qemu}: {e}"))),
    }
}

/// The target triple: `-target`, else the host.
pub fn target_triple(target: Option<&str>) -> Result<Triple, DriverError> {
    match target {
        None => Ok(target_lexicon::HOST),
        Some(t) => t.parse().map_err(|_| DriverError::Unsupported(format!("unknown target {t:?}"))),
    }
}

/// Codegen options from the command line.
pub fn codegen_options(o: &Options, clif: bool, asm: bool) -> CodegenOptions {
    let opt_level = match o.opt_level.as_deref() {
        Some("none") => OptLevel::None,
        Some("speed_and_size") => OptLevel::SpeedAndSize,
        _ => OptLevel::Speed,
    };
    CodegenOptions { opt_level, emit: EmitOptions { clif, asm } }
}

/// The pass manager's `-d=` map from the parsed options.
fn pass_options(o: &Options) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("loopvar".to_string(), o.debug.loopvar.to_string());
    if let Some(h) = &o.debug.loopvarhash {
        m.insert("loopvarhash".to_string(), h.clone());
    }
    if let Some(d) = &o.debug.dump {
        m.insert("dump".to_string(), d.clone());
    }
    if o.debug.verify {
        m.insert("verify".to_string(), String::new());
    }
    if o.m > 0 {
        m.insert("m".to_string(), o.m.to_string());
    }
    if o.no_inline > 0 {
        m.insert("l".to_string(), o.no_inline.to_string());
    }
    m
}

/// gc buffers its warnings and prints them sorted by position (stably); bisect lines are
/// not positioned and keep their emission order, after the positioned ones.
fn sort_remarks(map: &SourceMap, remarks: &mut [Remark]) {
    remarks.sort_by_key(|r| {
        if r.is_positioned() {
            let lc = map.line_col(r.span);
            (0, u8::from(r.is_inlined()), r.span.file.0, lc.line, lc.col)
        } else {
            (1, 0, 0, 0, 0)
        }
    });
}

/// A verifier failure is a compiler bug: report the first errors and leave the whole IR in
/// a file (it can be huge) for the bug report.
fn verifier_failure(e: loopc_passes::PipelineError) -> DriverError {
    const SHOWN: usize = 20;
    let mut msg = format!("IR verification failed after pass `{}`:", e.pass);
    for err in e.errors.iter().take(SHOWN) {
        msg.push_str(&format!("\n  {err}"));
    }
    if e.errors.len() > SHOWN {
        msg.push_str(&format!("\n  ... and {} more", e.errors.len() - SHOWN));
    }
    let path = std::env::temp_dir().join(format!("loopc-ice-{}.ir", std::process::id()));
    match std::fs::write(&path, &e.ir) {
        Ok(()) => msg.push_str(&format!("\nIR written to {}", path.display())),
        Err(err) => msg.push_str(&format!("\n(could not write the IR to {}: {err})", path.display())),
    }
    DriverError::Internal(msg)
}

fn render_all(map: &SourceMap, diags: &[Diagnostic]) -> String {
    crate::render_diagnostics(map, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_looping_program_is_killed_at_its_time_limit() {
        let captured = crate::with_big_stack(|| {
            let mut session = Session::new(Options::default());
            let src = "package main\n\nfunc main() {\n\tprintln(\"start\")\n\tfor {\n\t}\n}\n";
            let c = session.compile_source("loop.go", src.to_string(), Path::new(".")).expect("compiles");
            assert!(!c.has_errors(), "{}", c.render(&session.sources));
            let opt = session.optimize(&c).expect("optimizes");
            opt.run_captured_limited(&session.options, Some(Duration::from_millis(500))).expect("runs")
        });
        // 128 + SIGALRM (14 on Linux, x86-64 and aarch64).
        assert_eq!(captured.code, 142);
        assert_eq!(String::from_utf8_lossy(&captured.stderr), "start\n");
    }
}
