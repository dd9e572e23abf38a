//! The pass trait, the per-run context and the pass manager.

use crate::analysis::{CallGraph, LoopForest};
use crate::cleanup::Cleanup;
use crate::escape::Escape;
use crate::inline::{Inline, InlineLog};
use crate::loopvar::{LoopVar, LoopVarLog};
use crate::rangefunc::RangeFunc;
use crate::remark::{Remark, RemarkKind};
use crate::source::{PositionResolver, SourcePos};
use loopc_ir::{ControlFlowGraph, DominatorTree, FuncRef, Module, VerifierError};
use loopc_span::Span;
use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, Instant};

/// Whether a pass changed the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// Nothing changed; cached analyses stay valid.
    No,
    /// Something changed; every cached analysis is dropped.
    Yes,
}

impl Changed {
    /// `Yes` if either is.
    pub fn or(self, other: Changed) -> Changed {
        if self == Changed::Yes || other == Changed::Yes {
            Changed::Yes
        } else {
            Changed::No
        }
    }
}

/// An IR-to-IR transformation.
pub trait Pass {
    /// The pass's name, used in `-d=` flags, dumps and error messages (`"loopvar"`).
    fn name(&self) -> &'static str;
    /// Runs the pass over the whole module.
    fn run(&self, m: &mut Module, cx: &mut PassCx) -> Changed;
}

#[derive(Default)]
struct FuncAnalyses {
    cfg: Option<ControlFlowGraph>,
    domtree: Option<DominatorTree>,
    loops: Option<LoopForest>,
}

/// Everything a pass may use besides the module: options, remarks, cached analyses.
///
/// Options the passes read (the driver fills them from the command line):
/// - `loopvar` = N: gc's `-d=loopvar=N` level (default 0; SEMANTICS §2.1);
/// - `loopvarhash` = PATTERN: `-d=loopvarhash=PATTERN` (validate it first with
///   [`bisect::Matcher::new`](crate::bisect::Matcher::new); the pass ignores invalid ones);
/// - `m` (any value): `-m`, enables `moved to heap: NAME` remarks;
/// - `dump` = PASS|all, `verify`: pass-manager debugging.
///
/// `-d=loopvarhash` also needs source positions: the driver installs them with
/// [`set_positions`](PassCx::set_positions).
#[derive(Default)]
pub struct PassCx {
    /// `-d=` settings (`loopvar` → `"2"`, `dump` → `"cleanup"`); keys without a value map to
    /// `""`.
    pub options: BTreeMap<String, String>,
    /// Loop variables the loopvar pass made per-iteration, for the reports that follow
    /// escape analysis.
    pub loopvar: LoopVarLog,
    /// Loops the inliner copied (with their outermost call sites) and literals it made dead.
    pub inlined: InlineLog,
    positions: Option<Box<dyn PositionResolver>>,
    remarks: Vec<Remark>,
    /// IR printed after passes named by `-d=dump=PASS` (or `all`): `(pass, text)`.
    pub dumps: Vec<(&'static str, String)>,
    /// Wall time of each pass run, in order.
    pub timings: Vec<(&'static str, Duration)>,
    funcs: BTreeMap<FuncRef, FuncAnalyses>,
    call_graph: Option<CallGraph>,
}

impl PassCx {
    /// A context with the given `-d=` options.
    pub fn new(options: BTreeMap<String, String>) -> PassCx {
        PassCx { options, ..PassCx::default() }
    }

    /// Parses a `-d=` list (`loopvar=2,dump=cleanup`) into options.
    pub fn parse_debug_flags(flags: &str) -> BTreeMap<String, String> {
        flags
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|kv| match kv.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (kv.to_string(), String::new()),
            })
            .collect()
    }

    /// The value of option `key`.
    pub fn option(&self, key: &str) -> Option<&str> {
        self.options.get(key).map(String::as_str)
    }

    /// The `-d=` option `key` as an integer (`None` if absent or not a number).
    pub fn int_option(&self, key: &str) -> Option<i64> {
        self.option(key).and_then(|v| v.trim().parse().ok())
    }

    /// Installs the source-position resolver (see [`crate::source`]).
    pub fn set_positions(&mut self, positions: Box<dyn PositionResolver>) {
        self.positions = Some(positions);
    }

    /// The source position of `span`, if a resolver is installed and knows the file.
    pub fn position(&self, span: Span) -> Option<SourcePos> {
        self.positions.as_ref().and_then(|p| p.position(span))
    }

    /// The position of `span` as report lines show it
    /// ([`PositionResolver::shown`]).
    pub fn shown_position(&self, span: Span) -> Option<String> {
        self.positions.as_ref().and_then(|p| p.shown(span))
    }

    /// Reports a remark.
    pub fn remark(&mut self, span: Span, kind: RemarkKind) {
        self.remarks.push(Remark { span, kind });
    }

    /// Remarks reported so far, in report order.
    pub fn remarks(&self) -> &[Remark] {
        &self.remarks
    }

    /// Takes the remarks out of the context.
    pub fn take_remarks(&mut self) -> Vec<Remark> {
        std::mem::take(&mut self.remarks)
    }

    /// The CFG of `f` (computed on first use).
    pub fn cfg(&mut self, m: &Module, f: FuncRef) -> &ControlFlowGraph {
        let a = self.funcs.entry(f).or_default();
        a.cfg.get_or_insert_with(|| ControlFlowGraph::compute(&m.bodies[f]))
    }

    /// The dominator tree of `f`.
    pub fn domtree(&mut self, m: &Module, f: FuncRef) -> &DominatorTree {
        self.cfg(m, f);
        let a = self.funcs.get_mut(&f).expect("invariant: cfg() created the entry");
        let cfg = a.cfg.as_ref().expect("invariant: cfg() computed it");
        a.domtree.get_or_insert_with(|| DominatorTree::compute(&m.bodies[f], cfg))
    }

    /// The natural-loop forest of `f`.
    pub fn loops(&mut self, m: &Module, f: FuncRef) -> &LoopForest {
        self.domtree(m, f);
        let a = self.funcs.get_mut(&f).expect("invariant: cfg() created the entry");
        let cfg = a.cfg.as_ref().expect("invariant: computed above");
        let dt = a.domtree.as_ref().expect("invariant: computed above");
        a.loops.get_or_insert_with(|| LoopForest::compute(cfg, dt))
    }

    /// The module's call graph.
    pub fn call_graph(&mut self, m: &Module) -> &CallGraph {
        self.call_graph.get_or_insert_with(|| CallGraph::compute(m))
    }

    /// Drops the cached analyses of `f` (and the call graph, which spans functions).
    pub fn invalidate(&mut self, f: FuncRef) {
        self.funcs.remove(&f);
        self.call_graph = None;
    }

    /// Drops every cached analysis.
    pub fn invalidate_all(&mut self) {
        self.funcs.clear();
        self.call_graph = None;
    }

    /// Whether any analysis is cached (for tests of invalidation).
    pub fn has_cached_analyses(&self) -> bool {
        !self.funcs.is_empty() || self.call_graph.is_some()
    }
}

/// The standard pipeline, in order (like the `passes` table of Go's `ssa/compile.go`).
/// `inline` goes first, as gc inlines before its loopvar and escape phases (SEMANTICS §2.2).
/// `rangefunc` goes first: it must run before loopvar (a range-over-func body is a closure
/// that captures the loop variables of enclosing loops, SEMANTICS §2.2) and before escape
/// (which places the state slots it adds).
pub const PIPELINE: &[&str] = &["inline", "rangefunc", "loopvar", "escape", "cleanup"];

/// A pass name that no pass has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownPass(pub String);

impl fmt::Display for UnknownPass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown pass `{}`", self.0)
    }
}

impl std::error::Error for UnknownPass {}

/// The pass called `name`.
pub fn pass_by_name(name: &str) -> Result<Box<dyn Pass>, UnknownPass> {
    match name {
        "cleanup" => Ok(Box::new(Cleanup)),
        "inline" => Ok(Box::new(Inline)),
        "loopvar" => Ok(Box::new(LoopVar)),
        "escape" => Ok(Box::new(Escape)),
        "rangefunc" => Ok(Box::new(RangeFunc)),
        _ => Err(UnknownPass(name.to_string())),
    }
}

/// The verifier rejected the IR after a pass (or the pipeline's input): a compiler bug.
#[derive(Clone, Debug)]
pub struct PipelineError {
    /// The pass that produced the bad IR (`"input"` for the pipeline's input).
    pub pass: &'static str,
    /// What the verifier found.
    pub errors: Vec<VerifierError>,
    /// The module as text after that pass.
    pub ir: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "IR verification failed after pass `{}`:", self.pass)?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        write!(f, "IR after `{}`:\n{}", self.pass, self.ir)
    }
}

impl std::error::Error for PipelineError {}

/// Runs a list of passes.
pub struct PassManager {
    passes: Vec<Box<dyn Pass>>,
    /// Verify the input and the output of every pass.
    pub verify: bool,
}

impl PassManager {
    /// A manager for the given passes, verifying in debug builds.
    pub fn new(passes: Vec<Box<dyn Pass>>) -> PassManager {
        PassManager { passes, verify: cfg!(debug_assertions) }
    }

    /// A manager for passes given by name.
    pub fn from_names(names: &[&str]) -> Result<PassManager, UnknownPass> {
        Ok(PassManager::new(names.iter().map(|n| pass_by_name(n)).collect::<Result<_, _>>()?))
    }

    /// The standard [`PIPELINE`].
    pub fn standard() -> PassManager {
        PassManager::from_names(PIPELINE).expect("invariant: PIPELINE names existing passes")
    }

    /// Names of the passes, in order.
    pub fn pass_names(&self) -> Vec<&'static str> {
        self.passes.iter().map(|p| p.name()).collect()
    }

    /// Runs every pass in order. Verifies (when `verify` is set, or `-d=verify` is given)
    /// and dumps (`-d=dump=PASS|all`) after each pass.
    pub fn run(&self, m: &mut Module, cx: &mut PassCx) -> Result<(), PipelineError> {
        let verify = self.verify || cx.option("verify").is_some();
        if verify {
            check(m, "input")?;
        }
        for pass in &self.passes {
            let name = pass.name();
            let start = Instant::now();
            let changed = pass.run(m, cx);
            cx.timings.push((name, start.elapsed()));
            if changed == Changed::Yes {
                cx.invalidate_all();
            }
            if verify {
                check(m, name)?;
            }
            if cx.option("dump").is_some_and(|d| d == name || d == "all") {
                cx.dumps.push((name, loopc_ir::module_to_string(m)));
            }
        }
        Ok(())
    }
}

fn check(m: &Module, pass: &'static str) -> Result<(), PipelineError> {
    loopc_ir::verify(m).map_err(|errors| PipelineError { pass, errors, ir: loopc_ir::module_to_string(m) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopc_ir::InstData;

    /// Deletes every block's terminator: produces invalid IR on purpose.
    struct BreakTerminators;

    impl Pass for BreakTerminators {
        fn name(&self) -> &'static str {
            "break"
        }
        fn run(&self, m: &mut Module, _cx: &mut PassCx) -> Changed {
            let fs: Vec<FuncRef> = m.defined_funcs().collect();
            for f in fs {
                let func = &mut m.bodies[f];
                let blocks: Vec<_> = func.layout.blocks().collect();
                for b in blocks {
                    if let Some(t) = func.layout.last_inst(b) {
                        func.layout.remove_inst(t);
                    }
                }
            }
            Changed::Yes
        }
    }

    fn module() -> Module {
        loopc_ir::parse("func @f() -> i64 {\nblock0:\n    v0 = iconst.i64 1\n    v1 = iconst.i64 2\n    return v0\n}\n")
            .expect("valid text")
    }

    #[test]
    fn verifier_failure_names_the_pass_and_dumps_ir() {
        let mut m = module();
        let pm = PassManager { passes: vec![Box::new(Cleanup), Box::new(BreakTerminators)], verify: true };
        let err = pm.run(&mut m, &mut PassCx::default()).expect_err("the pass breaks the IR");
        assert_eq!(err.pass, "break");
        assert!(err.errors.iter().any(|e| e.message.contains("does not end with a terminator")));
        assert!(err.ir.contains("v0 = iconst.i64 1"), "{}", err.ir);
        assert!(err.to_string().starts_with("IR verification failed after pass `break`"));
    }

    #[test]
    fn dump_after_named_pass_and_invalidation() {
        let mut m = module();
        let mut cx = PassCx::new(PassCx::parse_debug_flags("dump=cleanup,verify"));
        let f = m.decls.func_by_name("f").expect("declared");
        cx.domtree(&m, f);
        assert!(cx.has_cached_analyses());
        PassManager::standard().run(&mut m, &mut cx).expect("cleanup keeps IR valid");
        assert!(!cx.has_cached_analyses(), "cleanup changed the module, so analyses are dropped");
        assert_eq!(cx.dumps.len(), 1);
        assert_eq!(cx.dumps[0].0, "cleanup");
        assert!(!cx.dumps[0].1.contains("iconst.i64 2"));
        assert_eq!(cx.timings.len(), PIPELINE.len());
        assert!(matches!(
            m.bodies[f].dfg.insts
                [m.bodies[f].layout.last_inst(m.bodies[f].layout.entry_block().expect("entry")).expect("term")],
            InstData::Return { .. }
        ));
    }

    #[test]
    fn unknown_pass_is_an_error() {
        assert_eq!(PassManager::from_names(&["cleanup", "nope"]).err(), Some(UnknownPass("nope".into())));
        assert_eq!(PassManager::standard().pass_names(), PIPELINE);
    }
}
