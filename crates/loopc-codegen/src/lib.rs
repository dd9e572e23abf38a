//! loopc IR → Cranelift: JIT execution and object-file emission.
//!
//! # Data flow
//!
//! ```text
//! [ir::Module]* ──declare──▶ cranelift_module ids ──translate (per func)──▶ cl::Function
//!   (program, runtime, entry shim)      │                                    │
//!                                       └── data objects ◀───────────────────┴─▶ JIT | object
//! ```
//!
//! [`compile_units`] compiles several IR modules ("units": the program, loopc's runtime
//! written in IR, and the [`entry_shim`]) into one `cranelift_module::Module`, either a
//! [`JITModule`](cranelift_jit::JITModule) ([`jit`]) or an
//! [`ObjectModule`](cranelift_object::ObjectModule) ([`object`]). Units link by name:
//! `export`/`import` symbols of different units are the same symbol; `local` ones are private
//! to their unit (renamed `name.uN` when two units use the same local name).
//!
//! Translation ([`translate`]) is one pass over each function in reverse postorder, with
//! one `SecondaryMap<ir::Value, cl::Value>`; IR block parameters become Cranelift block
//! parameters. Codegen has no Go-specific knowledge: defers, heap allocation and closures
//! become calls to the runtime ABI listed in [`runtime_abi`], and everything else is plain
//! Cranelift. Which passes ran is irrelevant, with one tolerance: leftover `loop_next` /
//! `loop_exit` markers (normally removed by the loopvar and rangefunc passes) are ignored.
//!
//! # Invariants
//!
//! - Generated code calls only libc (`calloc`, `memcpy`, `memset`, `write`, `exit` …) and
//!   functions defined by IR units; no Rust function is ever linked into a program.
//! - The IR's `ptr` is 64-bit, so only 64-bit targets are accepted (x86-64, aarch64).
//! - Depends on `loopc-ir` and Cranelift only; the drivers here spawn the system linker
//!   (object) or fork (JIT) but read no environment.

#![warn(missing_docs)]

pub mod jit;
mod memory;
pub mod object;
pub mod runtime_abi;
mod symbols;
pub mod translate;

use cranelift_codegen::settings::{self, Configurable};
use loopc_ir as ir;
use std::fmt;
use target_lexicon::Triple;

pub use symbols::{compile_units, Listing};

/// Cranelift's optimisation level (`opt_level` setting).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum OptLevel {
    /// No optimisation.
    None,
    /// Optimise for speed.
    #[default]
    Speed,
    /// Optimise for speed and size.
    SpeedAndSize,
}

impl OptLevel {
    /// The value of Cranelift's `opt_level` setting.
    pub const fn setting(self) -> &'static str {
        match self {
            OptLevel::None => "none",
            OptLevel::Speed => "speed",
            OptLevel::SpeedAndSize => "speed_and_size",
        }
    }
}

/// What to record while compiling, besides the code itself.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmitOptions {
    /// Record each function's Cranelift IR text (`-emit=clif`).
    pub clif: bool,
    /// Record each function's disassembly (`-emit=asm`).
    pub asm: bool,
}

/// Options shared by the JIT and object drivers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodegenOptions {
    /// Cranelift optimisation level.
    pub opt_level: OptLevel,
    /// Listings to record.
    pub emit: EmitOptions,
}

/// A back-end failure (never a user error: the IR was verified before).
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// The target triple is not known to Cranelift or not supported by loopc.
    #[error("unsupported target `{0}`: loopc supports x86_64-unknown-linux-gnu and aarch64-unknown-linux-gnu")]
    UnsupportedTarget(String),
    /// Cranelift rejected the ISA settings.
    #[error("cannot configure Cranelift for `{triple}`: {message}")]
    Isa {
        /// The target.
        triple: String,
        /// Cranelift's message.
        message: String,
    },
    /// A `cranelift_module` operation failed (duplicate or incompatible declarations,
    /// compilation errors, unresolved JIT symbols).
    #[error("in `{context}`: {source}")]
    Module {
        /// The symbol being declared or defined.
        context: String,
        /// The underlying error.
        #[source]
        source: Box<cranelift_module::ModuleError>,
    },
    /// An IR construct codegen cannot translate (e.g. a call to an undeclared function).
    #[error("cannot translate `{func}`: {message}")]
    Unsupported {
        /// The function.
        func: String,
        /// What is wrong.
        message: String,
    },
    /// The runtime's IR text does not parse (a bug in loopc-runtime).
    #[error("runtime IR `{unit}` does not parse: {message}")]
    RuntimeIr {
        /// The runtime file.
        unit: String,
        /// The parse error.
        message: String,
    },
    /// Writing the object, or running the linker or the program, failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A required external tool is not installed.
    #[error("`{tool}` not found; install it with `apt-get install {package}`")]
    MissingTool {
        /// The executable.
        tool: String,
        /// The Debian package providing it.
        package: String,
    },
    /// The linker ran and failed.
    #[error("linking with `{linker}` failed:\n{stderr}")]
    Link {
        /// The linker command.
        linker: String,
        /// Its diagnostics.
        stderr: String,
    },
    /// The JIT entry symbol is not defined by any unit.
    #[error("no function `{0}` to run")]
    MissingEntry(String),
}

impl CodegenError {
    pub(crate) fn module(context: impl fmt::Display, source: cranelift_module::ModuleError) -> CodegenError {
        CodegenError::Module { context: context.to_string(), source: Box::new(source) }
    }
}

/// The Cranelift settings of every compilation (JIT and objects), for `opt_level`.
pub(crate) fn flag_settings(opt: OptLevel) -> [(&'static str, &'static str); 3] {
    [
        ("opt_level", opt.setting()),
        // Go functions may return more values than there are return registers; they only
        // call each other (never C with such signatures), so Cranelift's implicit return
        // area is fine.
        ("enable_multi_ret_implicit_sret", "true"),
        // `frame_addr`/`caller_frame` (recover's check of who called it) walk the
        // frame-pointer chain, so every function keeps one.
        ("preserve_frame_pointers", "true"),
    ]
}

/// Cranelift shared flags for `opt_level`, with `is_pic` for object files.
pub(crate) fn shared_flags(opt: OptLevel, is_pic: bool) -> Result<settings::Flags, CodegenError> {
    let mut b = settings::builder();
    let bad = |e: settings::SetError| CodegenError::Isa { triple: "(any)".into(), message: e.to_string() };
    for (name, value) in flag_settings(opt) {
        b.set(name, value).map_err(bad)?;
    }
    b.set("is_pic", if is_pic { "true" } else { "false" }).map_err(bad)?;
    Ok(settings::Flags::new(b))
}

/// Whether loopc supports `triple` (64-bit Linux on x86-64 or aarch64).
pub fn is_supported_triple(triple: &Triple) -> bool {
    use target_lexicon::{Architecture, OperatingSystem, PointerWidth};
    matches!(triple.architecture, Architecture::X86_64 | Architecture::Aarch64(_))
        && triple.operating_system == OperatingSystem::Linux
        && triple.pointer_width().ok() == Some(PointerWidth::U64)
}

/// The unit that connects the runtime's process entry to the program: it defines
/// `rt_go_entry(g, argc, argv)` (declared by the runtime's `main`) as a call of `entry(g)`,
/// an entry function that takes only the goroutine (IR test programs). Making it a separate
/// unit keeps the entry name a parameter of the link step rather than something the
/// runtime hard-codes.
pub fn entry_shim(entry: &str) -> Result<ir::Module, CodegenError> {
    shim(entry, false)
}

/// Like [`entry_shim`], for an entry that also takes the process arguments:
/// `entry(g, argc: i32, argv: ptr)`, the Go runtime's `runtime.main`, which runs the
/// program's initialisers and `main.main`, reports an uncaught panic and exits.
pub fn entry_shim_with_args(entry: &str) -> Result<ir::Module, CodegenError> {
    shim(entry, true)
}

fn shim(entry: &str, with_args: bool) -> Result<ir::Module, CodegenError> {
    let mut name = String::new();
    ir::write::write_name(&mut name, entry).expect("invariant: writing to a String cannot fail");
    let (decl, args) = if with_args { ("ptr, i32, ptr", "v0, v1, v2") } else { ("ptr", "v0") };
    let text = format!(
        "declare {name}({decl})\n\nfunc @{shim}(ptr, i32, ptr) export {{\nblock0(v0: ptr, v1: i32, v2: ptr):\n    call {name}({args})\n    return\n}}\n",
        shim = runtime_abi::GO_ENTRY
    );
    ir::parse(&text).map_err(|e| CodegenError::RuntimeIr { unit: "entry shim".into(), message: e.to_string() })
}
