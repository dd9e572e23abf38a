//! Benchmarks of loopc: the compiler's own throughput (criterion, `cargo bench -p
//! loopc-benches`) and, with the backend, JIT-compiled Go benchmark programs.
//!
//! This library holds what the benchmark targets share: a generator of synthetic but
//! realistic Go programs of a requested size, so compile-time figures (lines per second
//! through each stage) are measured on inputs of known shape, and [`Stages`], the
//! compiler's pipeline cut at every stage boundary so each stage can be timed alone:
//!
//! ```text
//! source ─parse─▶ ast ─check─▶ program ─lower─▶ IR ─rangefunc─▶ ─loopvar─▶ ─escape─▶ ─cleanup─▶ IR
//!        ─cranelift (JIT: the program, the std packages it uses, the runtime core)─▶ code
//! ```
//! `criterion` (benches/compile.rs) and the report (src/bin/report.rs) both time these.

use loopc_driver::pipeline::{codegen_options, link_units};
use loopc_driver::{Compilation, Session};
use loopc_ir::Module;
use loopc_passes::{PassCx, PassManager};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// A program taken through the pipeline once, keeping each stage's input so any stage can
/// be re-run (and timed) on its own.
pub struct Stages {
    /// The source text.
    pub src: String,
    /// The checked compilation (parse + check).
    pub compilation: Compilation,
    /// The lowered module, before any pass.
    pub lowered: Module,
    /// The module before each pass of the standard pipeline, by pass name, and after all.
    pub before_pass: Vec<(&'static str, Module)>,
    /// The optimised module.
    pub optimized: Module,
    session: Session,
}

impl Stages {
    /// Runs `src` through every stage; panics if it does not compile (benchmark inputs
    /// are generated and must).
    pub fn new(src: &str) -> Stages {
        let mut session = Session::new(Default::default());
        let compilation =
            session.compile_source("./gen.go", src.to_string(), Path::new(".")).expect("in-memory source");
        assert!(!compilation.has_errors(), "{}", compilation.render(&session.sources));
        let lowered = lower(&compilation);
        let mut before_pass = Vec::new();
        let mut m = lowered.clone();
        for name in PassManager::standard().pass_names() {
            before_pass.push((name, m.clone()));
            run_pass(name, &mut m);
        }
        Stages { src: src.to_string(), compilation, lowered, before_pass, optimized: m, session }
    }

    /// Parses the source.
    pub fn parse(&self) -> loopc_syntax::ast::File {
        let mut map = loopc_span::SourceMap::new();
        let f = map.add("gen.go", self.src.clone());
        loopc_syntax::parse_file(f, &self.src).0
    }

    /// Parses and type-checks the source (with the std packages it imports).
    pub fn check(&self) -> Compilation {
        let mut session = Session::new(Default::default());
        session.compile_source("./gen.go", self.src.clone(), Path::new(".")).expect("in-memory source")
    }

    /// Lowers the checked program.
    pub fn lower(&self) -> Module {
        lower(&self.compilation)
    }

    /// Runs pass `i` of the standard pipeline on a copy of its input (the copy is made
    /// before the clock starts); returns the time the pass took.
    pub fn time_pass(&self, i: usize) -> Duration {
        let (name, input) = &self.before_pass[i];
        let mut m = input.clone();
        let start = Instant::now();
        run_pass(name, &mut m);
        start.elapsed()
    }

    /// JIT-compiles the optimised program with the runtime core (Cranelift).
    pub fn cranelift(&self) {
        let units = link_units(&self.optimized).expect("runtime IR parses");
        let refs: Vec<&Module> = units.iter().collect();
        let opts = codegen_options(&self.session.options, false, false);
        loopc_codegen::jit::compile(&refs, &opts).expect("JIT compilation");
    }

    /// Source to JIT-compiled code, every stage: what `loopc run` does before it runs.
    pub fn jit_total(&self) {
        let mut session = Session::new(Default::default());
        let c = session.compile_source("./gen.go", self.src.clone(), Path::new(".")).expect("in-memory source");
        let opt = session.optimize(&c).expect("optimize");
        let units = link_units(&opt.module).expect("runtime IR parses");
        let refs: Vec<&Module> = units.iter().collect();
        loopc_codegen::jit::compile(&refs, &codegen_options(&session.options, false, false)).expect("JIT");
    }
}

fn lower(c: &Compilation) -> Module {
    let program = c.program.as_ref().expect("checked program");
    let opts = loopc_lower::LowerOptions { main_distinct_vars: c.version.0.has_per_iteration_loopvars() };
    loopc_lower::lower_program(program, &c.ast, &opts).expect("lowering")
}

fn run_pass(name: &str, m: &mut Module) {
    let mut options = BTreeMap::new();
    options.insert("loopvar".to_string(), "0".to_string());
    let mut cx = PassCx::new(options);
    let manager = PassManager::from_names(&[name]).expect("standard pass");
    manager.run(m, &mut cx).expect("pass");
}

/// A valid Go program of about `lines` lines: functions with 3-clause and range loops,
/// closures capturing loop variables, structs with methods, and maps — the constructs the
/// loop passes work on. Deterministic for a given size.
pub fn generate_program(lines: usize) -> String {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p *point) move(dx int) { p.x += dx }\n\n");
    let mut n = 0;
    while src.lines().count() + 20 < lines {
        let _ = write!(
            src,
            "func work{n}(xs []int) int {{\n\
             \tvar fs []func() int\n\
             \tfor i := 0; i < len(xs); i++ {{\n\
             \t\tfs = append(fs, func() int {{ return xs[i] * {k} }})\n\
             \t}}\n\
             \ttotal := 0\n\
             \tfor _, f := range fs {{\n\
             \t\ttotal += f()\n\
             \t}}\n\
             \tm := map[string]int{{}}\n\
             \tfor j, v := range xs {{\n\
             \t\tif v%2 == 0 {{\n\
             \t\t\tm[fmt.Sprint(j)] = v\n\
             \t\t}}\n\
             \t}}\n\
             \tp := point{{total, len(m)}}\n\
             \tp.move({k})\n\
             \treturn p.x + p.y\n\
             }}\n\n",
            k = n % 7 + 1
        );
        n += 1;
    }
    src.push_str("func main() {\n\txs := []int{1, 2, 3, 4}\n\tsum := 0\n");
    for i in 0..n {
        let _ = writeln!(src, "\tsum += work{i}(xs)");
    }
    src.push_str("\tfmt.Println(sum)\n}\n");
    src
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_programs_type_check_and_have_the_requested_size() {
        for lines in [100, 1000] {
            let src = generate_program(lines);
            let n = src.lines().count();
            assert!(n >= lines * 9 / 10 && n <= lines * 11 / 10, "{n} lines for {lines}");
            let mut session = loopc_driver::Session::new(Default::default());
            let c = session.compile_source("./gen.go", src, std::path::Path::new(".")).expect("in-memory source");
            assert!(!c.has_errors(), "{}", c.render(&session.sources));
        }
    }
}
