//! loopc's IR passes and the machinery that runs them.
//!
//! Position in the compiler: lowering produces a [`loopc_ir::Module`]; the driver builds a
//! [`PassManager`] from the declarative [`PIPELINE`] (plus `-d=` options in [`PassCx`]) and
//! runs it; codegen consumes the result. Passes never see the AST or Cranelift, never print
//! (remarks leave as data in [`PassCx`]), and never keep state between runs.
//!
//! - [`Pass`]: one uniform trait, like rustc's `MirPass`.
//! - [`PassCx`]: options (`-d=` map), remarks, dumps, timings, and cached analyses
//!   ([`analysis`]) that are invalidated whenever a pass reports [`Changed::Yes`].
//! - [`PassManager`]: runs the pipeline, verifying the input and the output of every pass
//!   when asked; a verifier failure names the pass and carries the IR dump.
//! - Passes, in [`PIPELINE`] order: [`inline`] (small functions and directly called func
//!   literals, as gc inlines before loopvar), [`rangefunc`] (the `#stateN` checks of range-over-func
//!   loops, SEMANTICS §4), [`loopvar`] (per-iteration
//!   loop variables, `-d=loopvar`/`-d=loopvarhash`), [`escape`] (stack/heap placement and
//!   closure capture modes; also emits the loopvar reports, which need placements), and
//!   [`cleanup`] (unreachable blocks, dead pure instructions).
//! - Driver interface: fill [`PassCx::options`] (see its docs), install source positions
//!   with [`PassCx::set_positions`] ([`source`]), run, then take [`PassCx::take_remarks`] and
//!   print them with [`Remark::render`] (sorting the positioned ones).
//!
//! Invariants: passes take verified IR and leave verified IR; a pass that changes nothing
//! returns [`Changed::No`] and leaves the module byte-for-byte identical when printed.

#![warn(missing_docs)]

pub mod analysis;
pub mod bisect;
pub mod cleanup;
pub mod escape;
pub mod inline;
pub mod loopvar;
pub mod manager;
pub mod rangefunc;
pub mod remark;
pub mod source;

pub use analysis::{CallGraph, LoopForest, NaturalLoop};
pub use manager::{pass_by_name, Changed, Pass, PassCx, PassManager, PipelineError, UnknownPass, PIPELINE};
pub use remark::{Remark, RemarkKind};
pub use source::{NamedPositions, PositionResolver, SourcePos};
