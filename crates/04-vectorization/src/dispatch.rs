//! Choosing the vector instructions at run time.
//!
//! The binaries are built for the x86-64 baseline, whose vector registers
//! (SSE2) hold two f64. Most machines have wider ones — AVX2 holds four,
//! AVX-512 eight — but a binary that used them unconditionally would crash
//! with "illegal instruction" on a machine without them. So the loops that
//! matter are compiled several times, once per instruction set, and the
//! widest one the processor reports is picked when the program runs. numpy
//! does the same in C.
//!
//! The copies come from the `multiversion` crate: its attribute compiles a
//! function once per listed target and, at the first call, asks the
//! processor which it supports (`is_x86_feature_detected!`). Calling a
//! function compiled for instructions the machine lacks is what `unsafe`
//! would have to vouch for; the crate performs that check itself, so the
//! code here stays free of `unsafe`. Rust's own `#[target_feature]` alone
//! is not enough for that: it lets a function use AVX2, but a caller
//! without AVX2 must still call it in an `unsafe` block.
//!
//! [`Isa::run`] takes the work as a value of a type that implements
//! [`Work`], whose `run` method is marked `#[inline(always)]`: its body,
//! and the kernels it calls (also always inlined), are then compiled into
//! each copy, and that is how one plain Rust loop becomes three
//! machine-code loops. (A closure would be simpler to write, but the
//! compiler only inlines closures it judges small; a large one stays a
//! single baseline function that every copy calls — measured: the fused
//! step ran no wider than before.)
//!
//! No copy changes a result. The wider registers hold more of the same
//! independent partial sums (eight accumulators are four SSE2 registers,
//! two AVX2 or one AVX-512), and every addition happens in the order the
//! source gives. Fused multiply-add (FMA) is not used although AVX2
//! machines have it: it rounds `a·b + c` once instead of twice, so the
//! answers would depend on the machine. The tests hold every copy to the
//! baseline's bits.

use std::sync::OnceLock;

use multiversion::multiversion;

/// An instruction set a kernel can run on, from the narrowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Isa {
    /// SSE2, which every x86-64 processor has (and what other processors
    /// get: the code compiled for the target's baseline).
    Baseline,
    /// AVX2 with FMA: 256-bit registers, four f64.
    Avx2,
    /// AVX-512: 512-bit registers, eight f64.
    Avx512,
}

impl Isa {
    /// Every instruction set, from the narrowest.
    pub const ALL: [Isa; 3] = [Isa::Baseline, Isa::Avx2, Isa::Avx512];

    /// Whether this processor can run it.
    pub fn is_available(self) -> bool {
        match self {
            Isa::Baseline => true,
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => {
                std::arch::is_x86_feature_detected!("avx2")
                    && std::arch::is_x86_feature_detected!("fma")
            }
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512 => {
                Isa::Avx2.is_available()
                    && std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("avx512vl")
            }
            #[cfg(not(target_arch = "x86_64"))]
            Isa::Avx2 | Isa::Avx512 => false,
        }
    }

    /// The instruction sets this processor can run, from the narrowest.
    pub fn available() -> Vec<Isa> {
        Isa::ALL.into_iter().filter(|i| i.is_available()).collect()
    }

    /// The widest instruction set this processor can run: what the
    /// chapter's kernels use unless told otherwise.
    pub fn widest() -> Isa {
        // Asked once: a dot product of a thousand numbers takes less time
        // than building the list.
        static WIDEST: OnceLock<Isa> = OnceLock::new();
        *WIDEST.get_or_init(|| Isa::available().pop().unwrap_or(Isa::Baseline))
    }

    /// The name the benchmarks and tables use.
    pub fn name(self) -> &'static str {
        match self {
            Isa::Baseline => "baseline",
            Isa::Avx2 => "avx2",
            Isa::Avx512 => "avx512",
        }
    }

    // ANCHOR: run
    /// Runs `work` compiled for this instruction set. On a processor
    /// without it, `work` runs as compiled for the baseline — the same
    /// answer, only slower — so a caller never has to check first.
    #[inline]
    pub fn run<W: Work>(self, work: W) -> W::Output {
        match self {
            Isa::Baseline => work.run(),
            Isa::Avx2 => on_avx2(work),
            Isa::Avx512 => on_avx512(work),
        }
    }
    // ANCHOR_END: run
}

/// A computation to compile once per instruction set. Implementations
/// mark `run` `#[inline(always)]`, or the copies would all call one
/// baseline `run`.
pub trait Work {
    type Output;
    fn run(self) -> Self::Output;
}

impl std::fmt::Display for Isa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

// ANCHOR: copies
#[multiversion(targets("x86_64+avx2+fma"))]
fn on_avx2<W: Work>(work: W) -> W::Output {
    work.run()
}

#[multiversion(targets("x86_64+avx512f+avx512vl+avx2+fma"))]
fn on_avx512<W: Work>(work: W) -> W::Output {
    work.run()
}
// ANCHOR_END: copies

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baseline_is_always_available_and_the_widest_is_available() {
        let available = Isa::available();
        assert_eq!(available.first(), Some(&Isa::Baseline));
        assert!(Isa::widest().is_available());
        assert_eq!(available.last(), Some(&Isa::widest()));
    }

    struct Count<'a>(&'a mut u32);

    impl Work for Count<'_> {
        type Output = u32;
        #[inline(always)]
        fn run(self) -> u32 {
            *self.0 += 1;
            41 + 1
        }
    }

    #[test]
    fn work_runs_once_and_returns_its_value_on_every_instruction_set() {
        for isa in Isa::ALL {
            let mut calls = 0;
            let got = isa.run(Count(&mut calls));
            assert_eq!((got, calls), (42, 1), "{isa}");
        }
    }
}
