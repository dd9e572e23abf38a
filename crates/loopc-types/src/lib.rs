//! The type checker for loopc's Go subset — the Go-specific half of the frontend, modelled
//! on gc's `types2`.
//!
//! Data flow: the driver parses the main file and calls [`check_program`] with an
//! [`Importer`] that yields the parsed files of each standard-library package (their
//! sources are `loopc-runtime`'s Go packages; their `FileId`s must be in the same
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
//!   with its yield arity); `branches`: the target statement of each break/continue/goto;
//! - `init_order`: package variable initializers in execution order;
//! - `func_directives`: bodiless standard-library functions implemented by libc
//!   (`//loopc:libc NAME`) or by the compiler (`//loopc:intrinsic NAME`).
//!
//! loopc's own standard packages (the `runtime` package above all) may import `unsafe`,
//! which is predeclared as in Go: `unsafe.Pointer` is [`BasicKind::UnsafePointer`],
//! conversions between it and pointer types or `uintptr` follow the spec (they are ordinary
//! conversions in `Info`: a call whose callee is recorded as [`Mode::TypeExpr`]), and its
//! functions are the `Builtin::Unsafe*` builtins (`Sizeof`, `Alignof` and `Offsetof` are
//! constants laid out as gc does on 64-bit targets). User code importing `unsafe` or
//! `runtime` is told `loopc does not support package …`, as for any other standard package
//! loopc does not provide.
//!
//! Diagnostics are worded and positioned as gc reports them (see `ir-tests/types/`), and
//! returned in report order, all of them: the caller applies gc's ten-error limit (which
//! counts errors in report order) and sorts them for printing (the driver's
//! `finish_diagnostics`). Constructs outside the subset (goroutines, channels, select,
//! complex numbers, unsafe) are reported as `loopc does not support …`.
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
mod gostd;
mod index;
mod infer;
pub mod info;
mod initorder;
mod lookup;
pub mod objects;
mod operand;
mod stmt;
mod subst;
pub mod types;
mod typexpr;
mod universe;

pub use constant::ConstValue;
pub use info::{
    Info, Initializer, Instance, Mode, NodeKey, RangeInfo, RangeKind, Selection, SelectionKind, TypeAndValue,
};
pub use objects::{Builtin, FuncDirective, FuncRef, ObjId, ObjKind, Object, Package, PkgId, Scope, ScopeId, VarKind};
pub use types::{BasicKind, TypeId, TypeKind, Types, INVALID};

use loopc_span::{Diagnostic, SourceMap};
use loopc_syntax::ast;

/// Checker configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The Go language version in effect (`-lang`), e.g. `(1, 23)`.
    pub lang: (u32, u32),
    /// Std packages checked even when nothing imports them (the driver passes `runtime`,
    /// which every program links), loaded before the main file's imports.
    pub implicit_imports: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config { lang: (1, 23), implicit_imports: Vec::new() }
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
    /// Packages in dependency order; the main package is last. The predeclared package
    /// `unsafe` is among them (without files) when a standard package imports it.
    pub packages: Vec<Package>,
    /// The parsed files of each imported package, parallel to `packages` (empty for
    /// `unsafe`, and for main, whose file the caller owns).
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
                    Some(p) if self.0.packages[p.0 as usize].path != "main" => {
                        format!("{}.{}", self.0.packages[p.0 as usize].name, o.name)
                    }
                    _ => o.name.clone(),
                }
            }
        }
        self.types.type_string(t, &Names(self))
    }
}

/// Loads the packages `main` imports (transitively) through `importer`, in dependency order.
fn load_packages(main: &ast::File, implicit: &[String], importer: &mut dyn Importer) -> Vec<(String, Vec<ast::File>)> {
    let mut order: Vec<(String, Vec<ast::File>)> = Vec::new();
    let mut visiting: Vec<String> = Vec::new();
    fn visit(
        path: &str,
        importer: &mut dyn Importer,
        order: &mut Vec<(String, Vec<ast::File>)>,
        visiting: &mut Vec<String>,
    ) {
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
    for path in implicit.iter().chain(main.imports.iter().map(|i| &i.path)) {
        visit(path, importer, &mut order, &mut visiting);
    }
    order
}

/// Type-checks the main package file `main` and the standard packages it imports. The
/// diagnostics are in report order (std packages first), not limited in number.
pub fn check_program(
    map: &SourceMap,
    main: &ast::File,
    cfg: &Config,
    importer: &mut dyn Importer,
) -> (Program, Vec<Diagnostic>) {
    let mut loaded = load_packages(main, &cfg.implicit_imports, importer);
    let (types, objs, scopes, pkgs, info, diags) = {
        let mut c = check::Checker::new(map, cfg);
        if loaded.iter().any(|(_, files)| files.iter().any(|f| f.imports.iter().any(|i| i.path == "unsafe"))) {
            // Predeclared, so it precedes the packages importing it.
            c.unsafe_package();
        }
        for (path, files) in &loaded {
            let refs: Vec<&ast::File> = files.iter().collect();
            c.check_package(path, &refs, true);
        }
        c.check_package("main", &[main], false);
        (c.types, c.objs, c.scopes, c.pkgs, c.info, c.diags)
    };
    let package_files = pkgs
        .iter()
        .map(|p| match loaded.iter().position(|(path, _)| *path == p.path) {
            Some(i) if p.is_std => std::mem::take(&mut loaded[i].1),
            _ => Vec::new(),
        })
        .collect();
    let program = Program { types, objects: objs, scopes, packages: pkgs, package_files, info };
    (program, diags)
}
