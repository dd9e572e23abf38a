//! Declaring IR units in a `cranelift_module::Module`, defining their data, and driving
//! translation of every function body.
//!
//! Naming: `export` and `import` symbols keep their IR name, so units link by name (the
//! runtime's `export func @rt_alloc` is the program's `declare @rt_alloc`). A `local` symbol
//! keeps its name unless another unit uses the same name, in which case it becomes
//! `name.uN` (N = unit index); local symbols are never visible outside the object.

use crate::translate::{cl_signature, FuncTranslator};
use crate::{CodegenError, CodegenOptions};
use cranelift_codegen::entity::{EntityRef, SecondaryMap};
use cranelift_codegen::ir as cl;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use loopc_ir as ir;
use std::collections::{BTreeMap, HashMap};

/// The Cranelift ids of one unit's functions and globals.
pub(crate) struct UnitSymbols {
    pub funcs: SecondaryMap<ir::FuncRef, FuncId>,
    pub globals: SecondaryMap<ir::Global, DataId>,
}

/// Per-function listings recorded when [`EmitOptions`](crate::EmitOptions) asks for them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// `(symbol, Cranelift IR text)` per defined function, in definition order.
    pub clif: Vec<(String, String)>,
    /// `(symbol, disassembly)` per defined function, in definition order.
    pub asm: Vec<(String, String)>,
}

impl Listing {
    /// All recorded Cranelift IR, functions separated by blank lines.
    pub fn clif_text(&self) -> String {
        join(&self.clif)
    }

    /// All recorded disassembly, each function under a `name:` header.
    pub fn asm_text(&self) -> String {
        join(&self.asm)
    }
}

fn join(items: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, text) in items {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("; {name}\n{text}"));
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// Lazily declared imports that instructions need (runtime ABI and libc).
pub(crate) struct RuntimeImports {
    ids: BTreeMap<&'static str, FuncId>,
}

impl RuntimeImports {
    /// The id of runtime/libc function `name`, declaring it on first use.
    pub fn get<M: Module>(&mut self, module: &mut M, name: &'static str) -> Result<FuncId, CodegenError> {
        if let Some(&id) = self.ids.get(name) {
            return Ok(id);
        }
        let sig = crate::runtime_abi::signature(name).expect("invariant: runtime ABI name has a signature");
        let sig = cl_signature(module, &sig);
        let id = module.declare_function(name, Linkage::Import, &sig).map_err(|e| CodegenError::module(name, e))?;
        self.ids.insert(name, id);
        Ok(id)
    }
}

fn cl_linkage(l: ir::Linkage) -> Linkage {
    match l {
        ir::Linkage::Local => Linkage::Local,
        ir::Linkage::Export => Linkage::Export,
        ir::Linkage::Import => Linkage::Import,
    }
}

/// Chooses the Cranelift symbol name of every function and global of every unit.
fn symbol_names(units: &[&ir::Module]) -> Vec<(Vec<String>, Vec<String>)> {
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for u in units {
        for d in u.decls.funcs.values() {
            *uses.entry(&d.name).or_default() += 1;
        }
        for d in u.decls.globals.values() {
            *uses.entry(&d.name).or_default() += 1;
        }
    }
    let name = |n: &str, linkage: ir::Linkage, unit: usize| {
        if linkage == ir::Linkage::Local && uses.get(n).copied().unwrap_or(0) > 1 {
            format!("{n}.u{unit}")
        } else {
            n.to_string()
        }
    };
    units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let f = u.decls.funcs.values().map(|d| name(&d.name, d.linkage, i)).collect();
            let g = u.decls.globals.values().map(|d| name(&d.name, d.linkage, i)).collect();
            (f, g)
        })
        .collect()
}

/// Compiles IR units into `module`: declares every symbol, defines data and functions.
///
/// The caller finalizes (JIT) or emits (object) afterwards. Units must be verified IR.
pub fn compile_units<M: Module>(
    module: &mut M,
    units: &[&ir::Module],
    opts: &CodegenOptions,
) -> Result<Listing, CodegenError> {
    let names = symbol_names(units);
    let mut syms = Vec::with_capacity(units.len());
    for (u, (fnames, gnames)) in units.iter().zip(&names) {
        let mut funcs = SecondaryMap::with_default(FuncId::from_u32(0));
        for ((f, d), name) in u.decls.funcs.iter().zip(fnames) {
            let sig = cl_signature(module, &d.sig);
            let id = module
                .declare_function(name, cl_linkage(d.linkage), &sig)
                .map_err(|e| CodegenError::module(name, e))?;
            funcs[f] = id;
        }
        let mut globals = SecondaryMap::with_default(DataId::from_u32(0));
        for ((g, d), name) in u.decls.globals.iter().zip(gnames) {
            let id = module
                .declare_data(name, cl_linkage(d.linkage), !d.readonly, false)
                .map_err(|e| CodegenError::module(name, e))?;
            globals[g] = id;
        }
        syms.push(UnitSymbols { funcs, globals });
    }

    for ((u, s), (_, gnames)) in units.iter().zip(&syms).zip(&names) {
        for (g, d) in u.decls.globals.iter() {
            if d.linkage != ir::Linkage::Import {
                define_data(module, s, s.globals[g], d, &gnames[g.index()])?;
            }
        }
    }

    let mut listing = Listing::default();
    let mut rt = RuntimeImports { ids: BTreeMap::new() };
    let mut ctx = module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    for ((u, s), (fnames, _)) in units.iter().zip(&syms).zip(&names) {
        for f in u.defined_funcs() {
            let name = &fnames[f.index()];
            define_function(module, &mut ctx, &mut fctx, &mut rt, u, s, f, name, opts, &mut listing)?;
        }
    }
    Ok(listing)
}

#[allow(clippy::too_many_arguments)]
fn define_function<M: Module>(
    module: &mut M,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    rt: &mut RuntimeImports,
    unit: &ir::Module,
    syms: &UnitSymbols,
    f: ir::FuncRef,
    name: &str,
    opts: &CodegenOptions,
    listing: &mut Listing,
) -> Result<(), CodegenError> {
    module.clear_context(ctx);
    ctx.func.signature = cl_signature(module, &unit.decls.funcs[f].sig);
    ctx.func.name = cl::UserFuncName::user(0, syms.funcs[f].as_u32());
    FuncTranslator::translate(module, &mut ctx.func, fctx, rt, unit, syms, f)?;
    if opts.emit.clif {
        listing.clif.push((name.to_string(), ctx.func.display().to_string()));
    }
    ctx.set_disasm(opts.emit.asm);
    module.define_function(syms.funcs[f], ctx).map_err(|e| CodegenError::module(name, e))?;
    if opts.emit.asm {
        let asm = ctx.compiled_code().and_then(|c| c.vcode.clone()).unwrap_or_default();
        listing.asm.push((name.to_string(), asm));
    }
    Ok(())
}

fn define_data<M: Module>(
    module: &mut M,
    syms: &UnitSymbols,
    id: DataId,
    g: &ir::GlobalData,
    name: &str,
) -> Result<(), CodegenError> {
    let mut bytes = vec![0u8; g.size as usize];
    let mut desc = DataDescription::new();
    desc.set_align(u64::from(g.align.max(1)));
    for (off, item) in &g.init {
        let off = *off as usize;
        match item {
            ir::DataValue::Bytes(b) => bytes[off..off + b.len()].copy_from_slice(b),
            ir::DataValue::Int(ty, v) => {
                let n = ty.bytes() as usize;
                bytes[off..off + n].copy_from_slice(&v.to_le_bytes()[..n]);
            }
            ir::DataValue::FuncAddr(callee) => {
                let r = module.declare_func_in_data(syms.funcs[*callee], &mut desc);
                desc.write_function_addr(off as u32, r);
            }
            ir::DataValue::GlobalAddr(target, addend) => {
                let r = module.declare_data_in_data(syms.globals[*target], &mut desc);
                desc.write_data_addr(off as u32, r, *addend);
            }
        }
    }
    desc.define(bytes.into_boxed_slice());
    module.define_data(id, &desc).map_err(|e| CodegenError::module(name, e))
}
