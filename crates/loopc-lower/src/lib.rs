//! loopc-lower: type-checked Go to loopc IR, like Go's `ssagen`/`walk`.
//!
//! Data flow: [`lower_program`] takes the checker's [`Program`] (types, objects, `Info`
//! keyed by AST node) and the ASTs of the main file and of every imported std package, and
//! builds ONE [`Module`] for the whole program. Lowering is demand driven: it starts from
//! `main.main`, the `init` functions and the package variables' initialisers, and lowers a
//! function (or an instance of a generic function, a method wrapper, a func-value wrapper)
//! the first time something refers to it (`Lower::func_ref`, the job queue). Function
//! literals and range-over-func bodies are lowered when their enclosing body reaches them.
//!
//! Conventions (binding for codegen and the runtime; see `loopc-ir`'s crate doc and the
//! runtime's `abi.go`):
//! - Symbols: `pkg.F`, `pkg.T.M`, `pkg.(*T).M`, instances `pkg.F[int,string]`, closures
//!   `pkg.F.func1` (nested: `pkg.F.func1.1`), range-over-func bodies `pkg.F-range1`,
//!   interface method wrappers `pkg.T.M·i`, func-value wrappers `pkg.F·f` with their static
//!   closure `pkg.F·f.clo`, type descriptors `type:<%T string>`, itabs `itab:<T>,<I>`,
//!   string literals `go:str.N`. `go.entry(g)` (exported) runs the packages' variable
//!   initialisers and `init` functions in dependency order, then `main.main`. The process
//!   entry is package runtime's `runtime.main(g, argc, argv)` (exported; proc.go): it saves
//!   os.Args, calls `go.entry` through its `main_main` intrinsic, and reports an uncaught
//!   panic as gc does.
//! - Signatures: `(clo?, g, out..., recv?, params...) -> scalar results`: the closure
//!   object first for closures, then the goroutine pointer, then one pointer per aggregate
//!   result (string, slice, interface, struct, array), where the callee stores it, then the
//!   receiver and parameters: scalars as values, aggregates as a pointer to the value, which
//!   the callee copies at entry. Scalar results are returned in order.
//! - Runtime functions (`runtime.NAME`, api.go) follow the same convention and are
//!   `import` declarations until package runtime itself is lowered; `//loopc:libc` ones are
//!   direct calls without `g`.
//! - Everything else follows `loopc-ir`: aggregates in memory, address-taken/captured
//!   variables and aggregates in slots, scalars in SSA ([`ssa`]), one `loop_next` per loop,
//!   panics checked after every call that may panic, defers on `defer_frame g`.
//!
//! Invariants: checked programs never make lowering fail, except constructs the checker lets
//! through that loopc does not support, reported as `loopc does not support ...`
//! diagnostics; every lowered function passes `loopc_ir::verify`; output is deterministic
//! (no `HashMap` order reaches the module).

mod builder;
mod builtins;
mod call;
mod closure;
mod compare;
mod convert;
mod descriptors;
mod expr;
mod func;
mod iface;
mod loops;
mod order;
mod rangefunc;
mod runtime;
pub mod ssa;
mod stmt;
pub mod types_layout;
mod walk;

use loopc_ir::{FuncRef, Global, Linkage, Module, Signature};
use loopc_span::{Diagnostic, FileId, Span};
use loopc_syntax::ast;
use loopc_types::{ObjId, Program};
use std::collections::{HashMap, HashSet, VecDeque};
use types_layout::{Ty, TyCx};

/// Lowering options.
#[derive(Clone, Debug, Default)]
pub struct LowerOptions {
    /// The main file's language version gives loop variables per-iteration semantics
    /// (go1.22 or later): its 3-clause and range loops are marked `distinct`, Go's
    /// `DistinctVars`. The std packages are always at the latest version.
    pub main_distinct_vars: bool,
}

/// Whether `symbol` belongs to the package with import path `pkg` under the symbol
/// conventions above: its functions, methods, closures, range-over-func bodies, wrappers,
/// instances and package variables are all `pkg.…`.
pub fn symbol_in_package(symbol: &str, pkg: &str) -> bool {
    symbol.strip_prefix(pkg).is_some_and(|rest| rest.starts_with('.'))
}

/// Lowers the checked program (main file `main` plus the std packages in
/// `program.package_files`) to one IR module.
pub fn lower_program(program: &Program, main: &ast::File, opts: &LowerOptions) -> Result<Module, Vec<Diagnostic>> {
    let mut lw = Lower::new(program, main);
    lw.main_distinct_vars = opts.main_distinct_vars;
    lw.run();
    if lw.diags.is_empty() {
        Ok(lw.m)
    } else {
        Err(lw.diags)
    }
}

/// A function declaration found in some package's AST.
#[derive(Clone, Copy)]
pub(crate) struct DeclSite<'p> {
    pub decl: &'p ast::FuncDecl,
    pub file: FileId,
}

/// Work waiting to be lowered.
pub(crate) enum Job {
    /// A declared function or method (instance) with its substitution.
    Func { fref: FuncRef, obj: ObjId, env: types_layout::Env },
    /// An interface-method wrapper: receives the data word of an interface holding `recv`.
    IfaceWrapper { fref: FuncRef, recv: Ty, method: String },
    /// A func-value wrapper of a top-level function (ignores the closure object).
    FuncValueWrapper { fref: FuncRef, target: FuncRef, span: Span },
}

/// Module-wide lowering state.
pub(crate) struct Lower<'p> {
    /// [`LowerOptions::main_distinct_vars`].
    pub main_distinct_vars: bool,
    pub p: &'p Program,
    pub tcx: TyCx<'p>,
    pub m: Module,
    pub main: &'p ast::File,
    /// Top-level functions and methods by object.
    pub decl_sites: HashMap<ObjId, DeclSite<'p>>,
    /// Declared functions by (object, type arguments).
    pub instances: HashMap<(ObjId, Vec<Ty>), FuncRef>,
    pub queue: VecDeque<Job>,
    pub descriptors: HashMap<Ty, Global>,
    pub itabs: HashMap<(Ty, Ty), Global>,
    pub strings: HashMap<Vec<u8>, Global>,
    pub runtime: HashMap<String, FuncRef>,
    pub diags: Vec<Diagnostic>,
    /// Variables captured by function literals or range-over-func bodies.
    pub captured: HashSet<ObjId>,
    /// Package-level variables.
    pub globals: HashMap<ObjId, Global>,
    /// Closure numbering per parent symbol.
    pub closure_counts: HashMap<String, (u32, u32)>,
    /// Wrappers already made (name → function).
    pub wrappers: HashMap<String, FuncRef>,
    /// Static closures of top-level functions used as values.
    pub static_closures: HashMap<FuncRef, Global>,
    /// Package-level var specs in dependency (package) order, then source order.
    pub var_specs: Vec<(&'p ast::ValueSpec, FileId)>,
    /// `init` functions in package order.
    pub init_funcs: Vec<ObjId>,
    pub unsupported_seen: HashSet<String>,
    /// Functions called as C functions (no `g`, cannot panic).
    pub libc_funcs: HashSet<FuncRef>,
    /// `go.entry`, once built: what the `main_main` intrinsic calls.
    pub go_entry: Option<FuncRef>,
}

impl<'p> Lower<'p> {
    fn new(p: &'p Program, main: &'p ast::File) -> Lower<'p> {
        Lower {
            main_distinct_vars: false,
            p,
            tcx: TyCx::new(p),
            m: Module::new(),
            main,
            decl_sites: HashMap::new(),
            instances: HashMap::new(),
            queue: VecDeque::new(),
            descriptors: HashMap::new(),
            itabs: HashMap::new(),
            strings: HashMap::new(),
            runtime: HashMap::new(),
            diags: Vec::new(),
            captured: HashSet::new(),
            globals: HashMap::new(),
            closure_counts: HashMap::new(),
            wrappers: HashMap::new(),
            static_closures: HashMap::new(),
            var_specs: Vec::new(),
            init_funcs: Vec::new(),
            unsupported_seen: HashSet::new(),
            libc_funcs: HashSet::new(),
            go_entry: None,
        }
    }

    /// All files in package order (std packages first, main last).
    fn files(&self) -> Vec<&'p ast::File> {
        let mut out: Vec<&'p ast::File> = self.p.package_files.iter().flatten().collect();
        out.push(self.main);
        out
    }

    fn run(&mut self) {
        for file in self.files() {
            self.index_file(file);
        }
        self.declare_globals();
        self.build_entry();
        // The process starts in package runtime's `main(argc, argv)` (proc.go), which calls
        // `go.entry` through its `main_main` intrinsic and reports an uncaught panic.
        if let Some(obj) = runtime::runtime_object(self, "main") {
            let f = self.func_ref(obj, Vec::new());
            self.m.decls.funcs[f].linkage = Linkage::Export;
        }
        // Runtime functions that IR passes call by symbol after lowering (`//loopc:root PASS`,
        // e.g. the rangefunc pass's `panicrangestate`) are lowered whether or not the program
        // refers to them; the pass declares them as imports, which these bodies then define.
        let mut pass_roots: Vec<ObjId> = (self.p.info.func_directives.iter())
            .filter_map(|(&obj, d)| matches!(d, loopc_types::FuncDirective::Root(_)).then_some(obj))
            .collect();
        pass_roots.sort();
        for obj in pass_roots {
            self.func_ref(obj, Vec::new());
        }
        while let Some(job) = self.queue.pop_front() {
            self.run_job(job);
        }
    }

    /// Records declarations and the variables closures capture.
    fn index_file(&mut self, file: &'p ast::File) {
        let fid = file.span.file;
        for d in &file.decls {
            match d {
                ast::Decl::Func(fd) => {
                    if let Some(obj) = self.p.info.object_of(fid, fd.name.id) {
                        self.decl_sites.insert(obj, DeclSite { decl: fd, file: fid });
                        if fd.recv.is_none() && fd.name.name == "init" {
                            self.init_funcs.push(obj);
                        }
                    }
                    if let Some(body) = &fd.body {
                        closure::collect_captures(self, fid, body);
                    }
                }
                ast::Decl::Gen(g) => {
                    for spec in &g.specs {
                        if let ast::Spec::Value(vs) = spec {
                            if g.kind == ast::GenKind::Var {
                                self.var_specs.push((vs, fid));
                            }
                            for v in &vs.values {
                                closure::collect_captures_expr(self, fid, v);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Declares a global for every package-level variable.
    fn declare_globals(&mut self) {
        let specs = self.var_specs.clone();
        for (vs, fid) in specs {
            for name in &vs.names {
                let Some(obj) = self.p.info.object_of(fid, name.id) else { continue };
                let o = self.p.object(obj);
                let ty = self.tcx.conv(o.ty, &Vec::new());
                let (size, align) = self.tcx.size_align(ty);
                let sym = format!(
                    "{}.{}",
                    self.pkg_prefix(obj),
                    if name.is_blank() { format!("_{}", name.id.0) } else { o.name.clone() }
                );
                let data = loopc_ir::GlobalData::zeroed(sym, size.max(1) as u32, align.max(1) as u32);
                if let Ok(g) = self.m.decls.declare_global(data) {
                    self.globals.insert(obj, g);
                }
            }
        }
    }

    /// The package path prefix of an object's symbols.
    pub fn pkg_prefix(&self, obj: ObjId) -> String {
        match self.p.object(obj).pkg {
            Some(p) => self.p.packages[p.0 as usize].path.clone(),
            None => "go".to_string(),
        }
    }

    /// Reports a construct loopc does not lower.
    pub fn unsupported(&mut self, span: Span, what: &str) {
        if self.unsupported_seen.insert(format!("{span:?}{what}")) {
            self.diags.push(Diagnostic::error(span, format!("loopc does not support {what}")));
        }
    }

    /// Declares a function symbol (returns the existing one if already declared).
    pub fn declare(&mut self, name: &str, sig: Signature, linkage: Linkage) -> FuncRef {
        if let Some(f) = self.m.decls.func_by_name(name) {
            return f;
        }
        match self.m.declare_func(name, sig.clone(), linkage) {
            Ok(f) => f,
            Err(_) => {
                // A global of the same name: disambiguate.
                let alt = format!("{name}·fn");
                self.m.declare_func(alt, sig, linkage).expect("invariant: disambiguated name is fresh")
            }
        }
    }

    fn run_job(&mut self, job: Job) {
        match job {
            Job::Func { fref, obj, env } => func::lower_decl(self, fref, obj, env),
            Job::IfaceWrapper { fref, recv, method } => iface::build_iface_wrapper(self, fref, recv, &method),
            Job::FuncValueWrapper { fref, target, span } => closure::build_func_value_wrapper(self, fref, target, span),
        }
    }

    /// Builds `go.entry(g)`: package variable initialisers, `init` functions, `main.main`.
    fn build_entry(&mut self) -> FuncRef {
        let f = func::build_entry(self);
        self.go_entry = Some(f);
        f
    }

    /// Map of objects to symbol suffixes; used to keep numbering deterministic.
    pub fn next_closure_name(&mut self, parent: &str, range: bool, nested: bool) -> String {
        let e = self.closure_counts.entry(parent.to_string()).or_insert((0, 0));
        if range {
            e.1 += 1;
            format!("{parent}-range{}", e.1)
        } else {
            e.0 += 1;
            if nested {
                format!("{parent}.{}", e.0)
            } else {
                format!("{parent}.func{}", e.0)
            }
        }
    }
}
