//! loopc's file-test runner for IR text (`ir-tests/**/*.lir`), after Cranelift's filetests.
//!
//! A test file is IR text whose first lines name the test kind; expectations are `;`
//! comments, so the file stays valid IR:
//!
//! - `test print`: parse, print, and compare with the input (comment-only lines and blank
//!   lines around the module ignored); the module must verify. The round trip is the
//!   expectation.
//! - `test verifier`: the module must fail verification, and every error must be matched by
//!   a `; error: TEXT` annotation on the line of the entity it is about (an instruction, block
//!   header, slot, loop, closure, function or global line) whose TEXT occurs in the message;
//!   every annotation must match an error. One line may carry several annotations
//!   (`; error: A ; error: B`).
//! - `test pass NAME [NAME...]`: verify the input, run the passes (verifying after each),
//!   print the result followed by one `; remark F:LO-HI: message` line per remark, and match
//!   that output against the file's `; check:`, `; nextln:`, `; sameln:` and `; not:`
//!   directives (see [`filecheck`]). With `BLESS=1` the directives are rewritten as a precise
//!   `check`/`nextln` transcript of the current output.
//!   Pass tests may also carry:
//!   - `; options: loopvar=2,m`: the passes' options ([`PassCx::options`], `-d=` syntax);
//!   - `; file: NAME`: the file name positions resolve to (default `main.go`), which
//!     `-d=loopvarhash` hashes;
//!   - `; remark: TEXT`: the remarks, rendered as the driver prints them
//!     ([`loopc_passes::Remark::render`], one directive per output line), must be exactly
//!     these lines (in any order). Positions follow a test convention: byte offset
//!     `LINE * 1000 + COL` (LINE >= 2) is `NAME:LINE:COL`, so `decl 0:8006-8007` is
//!     `main.go:8:6`. The printed output lists them as `; remark: TEXT` lines too.
//!
//! - `test run`: the module must verify; every `; run: @f(ARGS) == RESULTS` directive calls
//!   `@f` in the reference interpreter ([`loopc_ir::interp`]) and compares the results
//!   (integers, `true`/`false`, floats as printed by Rust's `{:?}`). `test pass` files may
//!   carry `; run:` directives too: they are checked before *and* after the passes, so a
//!   pass test also checks that the pass preserves meaning. Passes that change meaning on
//!   purpose (loopvar: shared to per-iteration variables) state both sides with
//!   `; run-before:` and `; run-after:`.
//!
//!   Run directives follow the IR's panic protocol ([`RunHost`]): an argument `g` (for a
//!   `ptr` parameter) is a fresh, zeroed goroutine block whose `bool` at offset 0 is the
//!   panicking flag. The expected side is either the results (and then the flag must be
//!   clear when the call returns, if a `g` was passed), or `panic(N)` (the call returned
//!   with the flag set, and the last `runtime.panicrangestate` call got state `N`), or
//!   `panic` (the flag is set and `panicrangestate` was never called: an IR-level panic),
//!   or `trap(TEXT)` (the interpreter stopped with a trap whose message contains TEXT, e.g.
//!   `defer after` for a `defer_push` onto a closed frame).
//!
//! - `test compile`: the module must verify; it is compiled (Cranelift, the default
//!   optimisation level, nothing linked) for every target a `target ARCH` line names
//!   (`x86_64`, `aarch64`; at least one, e.g. `target aarch64`), and each target's
//!   disassembly, printed as `-emit=asm` prints it (a `; FUNC` line, then its instructions),
//!   must match the file's `; check:`/`; nextln:`/`; sameln:`/`; not:` directives. Several
//!   `target` lines check the same directives against every target, so target-specific
//!   instructions go in one file per target (`ir-tests/compile/<arch>/`). With `BLESS=1` a
//!   single-target file's directives are rewritten as a transcript of its disassembly.
//!
//! A file without a `test` line, or whose kind needs expectations and has none, fails:
//! tests that assert nothing are rejected. This library does no I/O; the `filetests` test
//! binary reads the files and runs one named test per file.

#![warn(missing_docs)]

pub mod filecheck;

use loopc_ir::{ErrorLocation, Module, Parsed, SourceLines, VerifierError};
use loopc_passes::{NamedPositions, PassCx, PassManager};
use loopc_span::{SourceMap, Span};
use std::fmt::Write;

/// Why a test failed (a human-readable report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure(pub String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn fail<T>(msg: impl Into<String>) -> Result<T, Failure> {
    Err(Failure(msg.into()))
}

/// What a file tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TestKind {
    /// Print round trip.
    Print,
    /// Expected verifier errors.
    Verifier,
    /// Passes by name.
    Pass(Vec<String>),
    /// Interpreted calls.
    Run,
    /// Disassembly for the named targets.
    Compile,
}

/// Reads the `test ...` line (the first line that is neither blank nor a comment).
pub fn test_kind(text: &str) -> Result<TestKind, Failure> {
    let Some(line) = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with(';')) else {
        return fail("empty test file");
    };
    let Some(rest) = line.strip_prefix("test ") else {
        return fail("the file must start with a `test KIND` line");
    };
    let mut words = rest.split_whitespace();
    match words.next() {
        Some("print") => Ok(TestKind::Print),
        Some("verifier") => Ok(TestKind::Verifier),
        Some("run") => Ok(TestKind::Run),
        Some("compile") => Ok(TestKind::Compile),
        Some("pass") => {
            let passes: Vec<String> = words.map(str::to_string).collect();
            if passes.is_empty() {
                return fail("`test pass` needs at least one pass name");
            }
            Ok(TestKind::Pass(passes))
        }
        other => fail(format!("unknown test kind {other:?}")),
    }
}

/// The text with `test` and `target` lines blanked (line numbers are kept for error mapping).
fn ir_text(text: &str) -> String {
    let header = |l: &str| {
        let l = l.trim_start();
        l.starts_with("test ") || l.starts_with("target ")
    };
    text.lines().map(|l| if header(l) { "" } else { l }).collect::<Vec<_>>().join("\n")
}

/// The architectures named by a file's `target ARCH` lines, in order.
pub fn targets(text: &str) -> Vec<String> {
    text.lines().filter_map(|l| l.trim().strip_prefix("target ")).map(|a| a.trim().to_string()).collect()
}

fn parse(text: &str) -> Result<Parsed, Failure> {
    loopc_ir::parse_with_lines(&ir_text(text)).map_err(|e| Failure(format!("parse error: {e}")))
}

fn verifier_report(errors: &[VerifierError]) -> String {
    errors.iter().map(|e| format!("  {e}\n")).collect()
}

/// Runs one test file. `bless` rewrites expectations: returns `Ok(Some(new_text))` when the
/// file should be rewritten.
pub fn run(text: &str, bless: bool) -> Result<Option<String>, Failure> {
    match test_kind(text)? {
        TestKind::Print => run_print(text).map(|()| None),
        TestKind::Verifier => run_verifier(text).map(|()| None),
        TestKind::Pass(passes) => run_pass(text, &passes, bless),
        TestKind::Run => run_run(text).map(|()| None),
        TestKind::Compile => run_compile(text, bless),
    }
}

/// The architectures `test compile` accepts, with the Linux triple each compiles for.
const COMPILE_TARGETS: [(&str, &str); 2] =
    [("x86_64", "x86_64-unknown-linux-gnu"), ("aarch64", "aarch64-unknown-linux-gnu")];

fn run_compile(text: &str, bless: bool) -> Result<Option<String>, Failure> {
    let arches = targets(text);
    if arches.is_empty() {
        return fail("a compile test needs a `target ARCH` line (x86_64 or aarch64)");
    }
    let parsed = parse(text)?;
    if let Err(errors) = loopc_ir::verify(&parsed.module) {
        return fail(format!("the module does not verify:\n{}", verifier_report(&errors)));
    }
    let directives = filecheck::directives(text).map_err(Failure)?;
    let mut listings = Vec::new();
    for arch in &arches {
        let Some((_, triple)) = COMPILE_TARGETS.iter().find(|(a, _)| a == arch) else {
            return fail(format!("unknown target {arch:?} (x86_64 or aarch64)"));
        };
        let triple = triple.parse().map_err(|e| Failure(format!("target {triple}: {e}")))?;
        let listing = loopc_driver::pipeline::units_listing(&[&parsed.module], &triple, false)
            .map_err(|e| Failure(format!("compiling for {arch}: {e}")))?;
        listings.push((arch, listing));
    }
    if bless && filecheck::is_transcript(&directives) {
        if let [(_, listing)] = listings.as_slice() {
            let blessed = filecheck::bless(text, listing);
            return Ok((blessed != text).then_some(blessed));
        }
        return fail("only a single-target compile test can be blessed");
    }
    if directives.is_empty() {
        return fail("a compile test needs `; check:` directives (run with BLESS=1 to record the output)");
    }
    for (arch, listing) in listings {
        filecheck::check(&directives, &listing).map_err(|e| Failure(format!("{arch}: {e}\noutput:\n{listing}")))?;
    }
    Ok(None)
}

/// When a run directive is checked in a pass test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStage {
    /// `; run:` before and after the passes.
    Both,
    /// `; run-before:` on the input only.
    Before,
    /// `; run-after:` on the output only.
    After,
}

/// What a run directive expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Normal return with these result literals.
    Results(Vec<String>),
    /// Return with the panicking flag set; `Some(N)`: the last `runtime.panicrangestate`
    /// call got state `N`; `None`: it was never called.
    Panic(Option<i64>),
    /// A trap whose message contains this text.
    Trap(String),
}

/// One `; run: @f(ARGS) == RESULTS` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunDirective {
    /// 1-based line.
    pub line: u32,
    /// When it applies.
    pub stage: RunStage,
    /// The function's name.
    pub func: String,
    /// Argument literals.
    pub args: Vec<String>,
    /// Expected result literals (empty unless `outcome` is [`Outcome::Results`]).
    pub expected: Vec<String>,
    /// The expected outcome.
    pub outcome: Outcome,
}

fn outcome(expected: &str) -> Option<Outcome> {
    let e = expected.trim();
    if e == "panic" {
        return Some(Outcome::Panic(None));
    }
    if let Some(n) = e.strip_prefix("panic(").and_then(|r| r.strip_suffix(')')) {
        return n.trim().parse().ok().map(|n| Outcome::Panic(Some(n)));
    }
    if let Some(t) = e.strip_prefix("trap(").and_then(|r| r.strip_suffix(')')) {
        return Some(Outcome::Trap(t.trim().to_string()));
    }
    Some(Outcome::Results(split_list(e)))
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect()
}

/// Reads the `; run:` directives of a file.
pub fn run_directives(text: &str) -> Result<Vec<RunDirective>, Failure> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix(';').map(str::trim_start) else { continue };
        let (stage, rest) = if let Some(r) = rest.strip_prefix("run:") {
            (RunStage::Both, r)
        } else if let Some(r) = rest.strip_prefix("run-before:") {
            (RunStage::Before, r)
        } else if let Some(r) = rest.strip_prefix("run-after:") {
            (RunStage::After, r)
        } else {
            continue;
        };
        let bad = || Failure(format!("line {}: expected `; run: @f(ARGS) == RESULTS`", i + 1));
        let (call, expected) = rest.split_once("==").ok_or_else(bad)?;
        let call = call.trim().strip_prefix('@').ok_or_else(bad)?;
        let (func, args) = call.split_once('(').ok_or_else(bad)?;
        let args = args.strip_suffix(')').ok_or_else(bad)?;
        let outcome = outcome(expected).ok_or_else(bad)?;
        let expected = match &outcome {
            Outcome::Results(r) => r.clone(),
            _ => Vec::new(),
        };
        out.push(RunDirective {
            line: i as u32 + 1,
            stage,
            func: func.trim().to_string(),
            args: split_list(args),
            expected,
            outcome,
        });
    }
    Ok(out)
}

fn literal(ty: loopc_ir::Type, s: &str) -> Option<loopc_ir::interp::Val> {
    use loopc_ir::interp::Val;
    use loopc_ir::Type;
    match ty {
        Type::Bool => match s {
            "true" => Some(Val(1)),
            "false" => Some(Val(0)),
            _ => None,
        },
        Type::F64 => s.parse::<f64>().ok().map(Val::f64),
        Type::F32 => s.parse::<f32>().ok().map(Val::f32),
        _ => s.parse::<i64>().ok().map(|v| Val::int(ty, v)),
    }
}

/// Size of the goroutine block a `g` argument gets (the runtime's `g` fits in 64 bytes).
const G_SIZE: u32 = 64;

/// The interpreter host of run directives: implements `runtime.panicrangestate(g, state)`
/// as the runtime does for the IR's panic protocol (record the panic in `*g` and return),
/// here by setting the panicking flag at `g+0` and recording `state`. Other imports trap.
#[derive(Clone, Debug, Default)]
pub struct RunHost {
    /// The state argument of every `runtime.panicrangestate` call, in call order.
    pub range_states: Vec<i64>,
}

impl loopc_ir::interp::Host for RunHost {
    fn call_import(
        &mut self,
        mem: &mut loopc_ir::interp::Memory,
        name: &str,
        args: &[loopc_ir::interp::Val],
    ) -> Result<Vec<loopc_ir::interp::Val>, loopc_ir::interp::Trap> {
        use loopc_ir::interp::{Trap, Val};
        match (name, args) {
            ("runtime.panicrangestate", &[g, state]) => {
                self.range_states.push(state.as_i64());
                mem.store(loopc_ir::Type::Bool, g.0, Val(1))?;
                Ok(Vec::new())
            }
            _ => Err(Trap::Host(format!("no implementation of @{name}"))),
        }
    }
}

/// Runs every directive against `m`; `when` names the stage in failure messages.
pub fn check_runs(m: &Module, runs: &[RunDirective], when: &str) -> Result<(), Failure> {
    use loopc_ir::interp::Interpreter;
    use loopc_ir::Type;
    for r in runs {
        let at = format!("line {} ({when})", r.line);
        let f = m.decls.func_by_name(&r.func).ok_or_else(|| Failure(format!("{at}: no function @{}", r.func)))?;
        let sig = &m.decls.funcs[f].sig;
        let results_ok = match &r.outcome {
            Outcome::Results(e) => e.len() == sig.returns.len(),
            _ => true,
        };
        if r.args.len() != sig.params.len() || !results_ok {
            return fail(format!("{at}: @{} has signature {sig}", r.func));
        }
        let mut it = Interpreter::new(m, RunHost::default(), 10_000_000).map_err(|t| Failure(format!("{at}: {t}")))?;
        let mut args = Vec::new();
        let mut g = None;
        for (a, &ty) in r.args.iter().zip(&sig.params) {
            if a == "g" && ty == Type::Ptr {
                let addr = it.mem.alloc(G_SIZE, 8);
                g = Some(addr);
                args.push(loopc_ir::interp::Val(addr));
                continue;
            }
            args.push(literal(ty, a).ok_or_else(|| Failure(format!("{at}: `{a}` is not a {ty}")))?);
        }
        let call = format!("@{}({})", r.func, r.args.join(", "));
        let result = it.call(f, &args);
        let panicking = match g {
            Some(g) => it.mem.load(Type::Bool, g).map_err(|t| Failure(format!("{at}: {t}")))?.0 != 0,
            None => false,
        };
        let last_state = it.host.range_states.last().copied();
        let got = match (result, &r.outcome) {
            (Err(t), Outcome::Trap(text)) if t.to_string().contains(text.as_str()) => continue,
            (Err(t), _) => return fail(format!("{at}: {call} trapped: {t}")),
            (Ok(_), Outcome::Trap(text)) => return fail(format!("{at}: {call} returned, expected a trap ({text})")),
            (Ok(got), _) => got,
        };
        let panic_text = |s: Option<i64>| match s {
            Some(s) => format!("panic({s})"),
            None => "panic".to_string(),
        };
        match &r.outcome {
            Outcome::Panic(want) => {
                if !panicking || last_state != *want {
                    let got = if panicking { panic_text(last_state) } else { "a normal return".to_string() };
                    return fail(format!("{at}: {call} gave {got}, expected {}", panic_text(*want)));
                }
            }
            Outcome::Results(expected) => {
                if panicking {
                    return fail(format!("{at}: {call} gave {}, expected a normal return", panic_text(last_state)));
                }
                let got: Vec<String> = got.iter().zip(&sig.returns).map(|(v, &ty)| v.display(ty)).collect();
                let want: Vec<String> = expected
                    .iter()
                    .zip(&sig.returns)
                    .map(|(e, &ty)| literal(ty, e).map_or_else(|| e.clone(), |v| v.display(ty)))
                    .collect();
                if got != want {
                    return fail(format!("{at}: {call} returned {}, expected {}", got.join(", "), want.join(", ")));
                }
            }
            Outcome::Trap(_) => unreachable!("handled with the call's result"),
        }
    }
    Ok(())
}

fn run_run(text: &str) -> Result<(), Failure> {
    let runs = run_directives(text)?;
    if runs.is_empty() {
        return fail("a run test needs `; run:` directives");
    }
    if runs.iter().any(|r| r.stage != RunStage::Both) {
        return fail("`; run-before:`/`; run-after:` are for pass tests");
    }
    let parsed = parse(text)?;
    if let Err(errors) = loopc_ir::verify(&parsed.module) {
        return fail(format!("the module does not verify:\n{}", verifier_report(&errors)));
    }
    check_runs(&parsed.module, &runs, "run")
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual).unified_diff().header("expected", "actual").to_string()
}

fn run_print(text: &str) -> Result<(), Failure> {
    let parsed = parse(text)?;
    let expected: String = ir_text(text)
        .lines()
        .filter(|l| !l.trim_start().starts_with(';'))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .trim_matches('\n')
        .to_string()
        + "\n";
    let printed = loopc_ir::module_to_string(&parsed.module);
    if printed != expected {
        return fail(format!(
            "printing the parsed module does not reproduce the input:\n{}",
            diff(&expected, &printed)
        ));
    }
    if let Err(errors) = loopc_ir::verify(&parsed.module) {
        return fail(format!("the module does not verify:\n{}", verifier_report(&errors)));
    }
    Ok(())
}

/// The 1-based line an error is reported on.
pub fn error_line(lines: &SourceLines, e: &VerifierError) -> Option<u32> {
    let f = e.func;
    match (e.location, f) {
        (ErrorLocation::Global(g), _) => lines.globals.get(&g).copied(),
        (ErrorLocation::Func, Some(f)) => lines.funcs.get(&f).copied(),
        (ErrorLocation::Closure, Some(f)) => lines.closures.get(&f).or(lines.funcs.get(&f)).copied(),
        (ErrorLocation::Block(b), Some(f)) => lines.blocks.get(&(f, b)).copied(),
        (ErrorLocation::Inst(i), Some(f)) => lines.insts.get(&(f, i)).copied(),
        (ErrorLocation::Slot(s), Some(f)) => lines.slots.get(&(f, s)).copied(),
        (ErrorLocation::Loop(l), Some(f)) => lines.loops.get(&(f, l)).copied(),
        (_, None) => None,
    }
}

/// `(line, TEXT)` of every `; error: TEXT` annotation.
fn error_annotations(text: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for text in line.split("; error:").skip(1) {
            out.push((i as u32 + 1, text.trim().to_string()));
        }
    }
    out
}

fn run_verifier(text: &str) -> Result<(), Failure> {
    let annotations = error_annotations(text);
    if annotations.is_empty() {
        return fail("a verifier test needs `; error:` annotations");
    }
    let parsed = parse(text)?;
    let errors = match loopc_ir::verify(&parsed.module) {
        Ok(()) => return fail("the module verifies, but errors were expected"),
        Err(errors) => errors,
    };
    let mut matched = vec![false; annotations.len()];
    let mut report = String::new();
    for e in &errors {
        let line = error_line(&parsed.lines, e);
        let hit = annotations
            .iter()
            .enumerate()
            .find(|(i, (l, t))| !matched[*i] && Some(*l) == line && e.message.contains(t.as_str()));
        match hit {
            Some((i, _)) => matched[i] = true,
            None => {
                let _ =
                    writeln!(report, "unexpected error on line {}: {e}", line.map_or("?".into(), |l| l.to_string()));
            }
        }
    }
    for (i, (line, t)) in annotations.iter().enumerate() {
        if !matched[i] {
            let _ = writeln!(report, "line {line}: expected an error containing {t:?}");
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        fail(format!("{report}all errors:\n{}", verifier_report(&errors)))
    }
}

/// A source map implementing the pass tests' position convention: offset
/// `LINE * 1000 + COL` is line LINE, column COL (for LINE >= 2), in a file called `name`.
pub fn test_source_map(name: &str, max_line: u32) -> SourceMap {
    let mut text = String::with_capacity((max_line as usize + 2) * 1000);
    // Line 1 ends so that line 2 starts at offset 2001; every later line is 1000 bytes.
    text.push_str(&" ".repeat(2000));
    text.push('\n');
    for _ in 2..=max_line.max(2) {
        text.push_str(&" ".repeat(999));
        text.push('\n');
    }
    let mut map = SourceMap::new();
    map.add(name, text);
    map
}

fn remark_spans(cx: &PassCx) -> impl Iterator<Item = Span> + '_ {
    cx.remarks().iter().flat_map(|r| match r.kind {
        loopc_passes::RemarkKind::LoopModified { end, .. } => vec![r.span, end],
        _ => vec![r.span],
    })
}

/// The rendered remark lines of a pass test (see the crate docs for positions).
pub fn remark_lines(cx: &PassCx, map: &SourceMap) -> Vec<String> {
    cx.remarks().iter().flat_map(|r| r.render(map).lines().map(str::to_string).collect::<Vec<_>>()).collect()
}

/// The output a pass test is checked against: the module, then one `; remark: TEXT` line per
/// rendered remark line.
pub fn pass_output(m: &Module, cx: &PassCx, map: &SourceMap) -> String {
    let mut out = loopc_ir::module_to_string(m);
    for line in remark_lines(cx, map) {
        let _ = writeln!(out, "; remark: {line}");
    }
    out
}

/// The `; options:`, `; file:` and `; remark:` lines of a pass test.
struct PassDirectives {
    options: String,
    file: String,
    remarks: Vec<String>,
}

fn pass_directives(text: &str) -> PassDirectives {
    let mut d = PassDirectives { options: String::new(), file: "main.go".into(), remarks: Vec::new() };
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix(';').map(str::trim_start) else { continue };
        if let Some(o) = rest.strip_prefix("options:") {
            if !d.options.is_empty() {
                d.options.push(',');
            }
            d.options.push_str(o.trim());
        } else if let Some(f) = rest.strip_prefix("file:") {
            d.file = f.trim().to_string();
        } else if let Some(r) = rest.strip_prefix("remark:") {
            d.remarks.push(r.strip_prefix(' ').unwrap_or(r).trim_end().to_string());
        }
    }
    d
}

fn max_line_of(m: &Module) -> u32 {
    let mut max = 2;
    for f in m.defined_funcs() {
        let body = &m.bodies[f];
        for (_, s) in body.slots.iter() {
            max = max.max(s.decl.hi / 1000 + 1);
        }
        for (_, l) in body.loops.iter() {
            for sp in [l.for_span, l.range_span, l.end] {
                max = max.max(sp.hi / 1000 + 1);
            }
        }
    }
    max
}

fn run_pass(text: &str, passes: &[String], bless: bool) -> Result<Option<String>, Failure> {
    let parsed = parse(text)?;
    let mut m = parsed.module;
    if let Err(errors) = loopc_ir::verify(&m) {
        return fail(format!("the input does not verify:\n{}", verifier_report(&errors)));
    }
    let runs = run_directives(text)?;
    let (before, after): (Vec<RunDirective>, Vec<RunDirective>) = (
        runs.iter().filter(|r| r.stage != RunStage::After).cloned().collect(),
        runs.iter().filter(|r| r.stage != RunStage::Before).cloned().collect(),
    );
    check_runs(&m, &before, "before the passes")?;
    let names: Vec<&str> = passes.iter().map(String::as_str).collect();
    let mut pm = PassManager::from_names(&names).map_err(|e| Failure(e.to_string()))?;
    pm.verify = true;
    let pd = pass_directives(text);
    let mut cx = PassCx::new(PassCx::parse_debug_flags(&pd.options));
    let map = test_source_map("main.go", max_line_of(&m));
    cx.set_positions(Box::new(NamedPositions { map: map.clone(), names: vec![pd.file.clone()] }));
    pm.run(&mut m, &mut cx).map_err(|e| Failure(e.to_string()))?;
    check_runs(&m, &after, "after the passes")?;
    let map =
        test_source_map("main.go", remark_spans(&cx).map(|s| s.hi / 1000 + 1).max().unwrap_or(2).max(max_line_of(&m)));
    let output = pass_output(&m, &cx, &map);
    let directives = filecheck::directives(text).map_err(Failure)?;
    if bless && filecheck::is_transcript(&directives) {
        let blessed = filecheck::bless(text, &output);
        return Ok((blessed != text).then_some(blessed));
    }
    if directives.is_empty() && pd.remarks.is_empty() {
        return fail("a pass test needs `; check:` or `; remark:` directives (run with BLESS=1 to record the output)");
    }
    filecheck::check(&directives, &output).map_err(|e| Failure(format!("{e}\noutput:\n{output}")))?;
    let mut got = remark_lines(&cx, &map);
    let mut want = pd.remarks.clone();
    got.sort();
    want.sort();
    if got != want {
        return fail(format!(
            "remarks differ:\n{}output:\n{output}",
            diff(&(want.join("\n") + "\n"), &(got.join("\n") + "\n"))
        ));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIV: &str = "func @f(i64, i64) -> i64 export {\nblock0(v0: i64, v1: i64):\n    v2 = sdiv v0, v1\n    return v2\n}\n; check: ; f\n";

    #[test]
    fn compile_tests_name_known_targets() {
        assert_eq!(targets("test compile\ntarget x86_64\n target aarch64 \n"), ["x86_64", "aarch64"]);
        let no_target = run(&format!("test compile\n{DIV}"), false).expect_err("no target line");
        assert!(no_target.0.contains("`target ARCH`"), "{no_target}");
        let unknown = run(&format!("test compile\ntarget sparc\n{DIV}"), false).expect_err("unknown target");
        assert!(unknown.0.contains("sparc"), "{unknown}");
        assert_eq!(run(&format!("test compile\ntarget aarch64\ntarget x86_64\n{DIV}"), false), Ok(None));
        let wrong = run(&format!("test compile\ntarget aarch64\n{DIV}; check: idivq\n"), false).expect_err("no idivq");
        assert!(wrong.0.starts_with("aarch64: "), "{wrong}");
        let two = format!("test compile\ntarget aarch64\ntarget x86_64\n{DIV}");
        assert!(run(&two, true).is_err(), "a two-target file is not blessed");
    }
}
