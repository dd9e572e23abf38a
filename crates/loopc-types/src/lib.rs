//! The type checker for loopc's Go subset — the Go-specific half of the frontend, modelled
//! on gc's `types2`.
//!
//! Data flow: the driver parses the main file and calls [`check_program`] with an
//! [`Importer`] that yields the parsed files of each standard-library package (their
//! sources are `loopc-runtime`'s Go stubs; their `FileId`s must be in the same
//! [`SourceMap`]). Packages are checked once each, dependencies first, as their own packages
//! (so messages name `strings.Builder`). The result is a [`Program`]: the type arena
//! ([`Types`]), the object and scope arenas, the packages, and an [`Info`] keyed by
//! [`NodeKey`] (file, node) with everything IR lowering needs:
//! - `types`: mode and final type of every expression (untyped constants get the type they
//!   were implicitly converted to; constants carry their exact [`ConstValue`]);
//! - `defs`/`uses`/`implicits`: the object each identifier declares or denotes;
//! - `selections`: field paths through embedded fields (with implicit dereferences), method
//!   values and method expressions, interface methods;
//! - `instances`: type arguments of each generic function/type use;
//! - `captures`: free variables of each function literal; `address_taken`: variables whose
//!   address is taken explicitly or implicitly (pointer-method calls, slicing arrays);
//! - `ranges`: what each `for range` iterates over (int/slice/array/ptr-array/string/map/func
//!   with its yield arity); `branches`: the target statement of each break/continue/goto.
//!
//! Diagnostics are worded and positioned as gc reports them (see `ir-tests/types/`); the
//! caller sorts them with `loopc_span::sort_and_dedup`. After ten errors gc stops with
//! "too many errors": [`check_program`] keeps the first ten (in report order) and appends a
//! `too many errors` diagnostic at the tenth's position, which the driver prints last.
//! Constructs outside the subset (goroutines, channels, select, complex numbers, unsafe)
//! are reported as `loopc does not support …`.
//!
//! Invariants:
//! - User input never panics the checker; an invalid type (`types::INVALID`) stops cascades.
//! - Sizes and alignments ([`Types::sizeof`]) follow gc on 64-bit targets.
//! - Output is deterministic: arenas are filled in checking order, which follows source order.

pub mod constant;

mod assign;
mod builtins;
mod call;
mod check;
mod constops;
mod decl;
mod expr;
pub mod exprstring;
mod index;
pub mod info;
mod infer;
mod lookup;
pub mod objects;
mod operand;
mod stmt;
mod subst;
pub mod types;
mod typexpr;
mod universe;

pub use constant::ConstValue;
pub use info::{Info, Instance, Mode, NodeKey, RangeInfo, RangeKind, Selection, SelectionKind, TypeAndValue};
pub use objects::{Builtin, FuncRef, ObjId, ObjKind, Object, Package, PkgId, Scope, ScopeId, VarKind};
pub use types::{BasicKind, TypeId, TypeKind, Types, INVALID};

use loopc_span::{Diagnostic, SourceMap};
use loopc_syntax::ast;

/// Checker configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The Go language version in effect (`-lang`), e.g. `(1, 23)`.
    pub lang: (u32, u32),
}

impl Default for Config {
    fn default() -> Self {
        Config { lang: (1, 23) }
    }
}

/// Supplies the parsed files of standard-library packages.
pub trait Importer {
    /// The files of package `path` (already in the caller's [`SourceMap`]), or `None` if
    /// there is no such package.
    fn import(&mut self, path: &str) -> Option<Vec<ast::File>>;
}

/// The checked program.
#[derive(Debug)]
pub struct Program {
    /// All types.
    pub types: Types,
    /// All objects.
    pub objects: Vec<Object>,
    /// All scopes.
    pub scopes: Vec<Scope>,
    /// Packages in dependency order; the main package is last.
    pub packages: Vec<Package>,
    /// The parsed files of each imported package, parallel to `packages` (empty for main,
    /// whose file the caller owns).
    pub package_files: Vec<Vec<ast::File>>,
    /// Facts keyed by node.
    pub info: Info,
}

impl Program {
    /// The object with id `id`.
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// Prints a type as gc does (qualified with package names outside `main`).
    pub fn type_string(&self, t: TypeId) -> String {
        struct Names<'p>(&'p Program);
        impl types::NameSource for Names<'_> {
            fn type_name(&self, obj: ObjId) -> String {
                let o = self.0.object(obj);
                match o.pkg {
                    Some(p) if self.0.packages[p.0 as usize].path != "main" => format!("{}.{}", self.0.packages[p.0 as usize].name, o.name),
                    _ => o.name.clone(),
                }
            }
        }
        self.types.type_string(t, &Names(self))
    }
}

/// Loads the packages `main` imports (transitively) through `importer`, in dependency order.
fn load_packages(main: &ast::File, importer: &mut dyn Importer) -> Vec<(String, Vec<ast::File>)> {
    let mut order: Vec<(String, Vec<ast::File>)> = Vec::new();
    let mut visiting: Vec<String> = Vec::new();
    fn visit(path: &str, importer: &mut dyn Importer, order: &mut Vec<(String, Vec<ast::File>)>, visiting: &mut Vec<String>) {
        if order.iter().any(|(p, _)| p == path) || visiting.iter().any(|p| p == path) {
            return;
        }
        let Some(files) = importer.import(path) else { return };
        visiting.push(path.to_string());
        let deps: Vec<String> = files.iter().flat_map(|f| f.imports.iter().map(|i| i.path.clone())).collect();
        for d in deps {
            visit(&d, importer, order, visiting);
        }
        visiting.pop();
        order.push((path.to_string(), files));
    }
    for imp in &main.imports {
        visit(&imp.path, importer, &mut order, &mut visiting);
    }
    order
}

/// Type-checks the main package file `main` and the standard packages it imports.
pub fn check_program(map: &SourceMap, main: &ast::File, cfg: &Config, importer: &mut dyn Importer) -> (Program, Vec<Diagnostic>) {
    let loaded = load_packages(main, importer);
    let (types, objs, scopes, pkgs, info, mut diags, too_many) = {
        let mut c = check::Checker::new(map, cfg);
        for (path, files) in &loaded {
            let refs: Vec<&ast::File> = files.iter().collect();
            c.check_package(path, &refs, true);
        }
        c.lang = cfg.lang;
        c.errors = 0;
        c.too_many_at = None;
        let std_diags = std::mem::take(&mut c.diags);
        c.check_package("main", &[main], false);
        let mut diags = std_diags;
        diags.append(&mut c.diags);
        (c.types, c.objs, c.scopes, c.pkgs, c.info, diags, c.too_many_at)
    };
    if let Some(at) = too_many {
        let n = diags.len().min(10);
        let main_start = diags.len() - diags.iter().rev().take_while(|d| d.span.file == main.span.file).count();
        let _ = main_start;
        diags.truncate(n.max(10));
        diags.push(Diagnostic::error(at, "too many errors"));
    }
    let mut package_files: Vec<Vec<ast::File>> = loaded.into_iter().map(|(_, f)| f).collect();
    package_files.push(Vec::new());
    let program = Program { types, objects: objs, scopes, packages: pkgs, package_files, info };
    (program, diags)
}
