//! The few statistics the learning measure needs: means, spreads, the normal
//! quantile (for d′) and intervals. Bevy-free, and free of the rest of the core.

/// The mean of some values; `None` for none.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The sample standard deviation (n − 1); `None` below two values.
pub fn sd(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    (values.len() >= 2).then(|| {
        let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
        (squares / (values.len() - 1) as f64).sqrt()
    })
}

/// z for a two-sided 95 % interval.
pub const Z95: f64 = 1.959_964;

/// The quantile of the standard normal distribution (the probit): the z below
/// which a share `p` of it lies. Acklam's rational approximation, good to about
/// 1e-9; `p` is clamped into (0, 1).
pub fn probit(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.024_25 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.024_25 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// The two-sided 95 % quantile of Student's t with `df` degrees of freedom
/// (exact to three decimals up to 30, then the normal's).
pub fn t95(df: usize) -> f64 {
    const T: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::INFINITY,
        1..=30 => T[df - 1],
        31..=60 => 2.0,
        _ => Z95,
    }
}

/// A mean with its 95 % interval (Student's t), over children.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub n: usize,
    pub mean: f64,
    /// The interval; None below two values or with no spread to scale by.
    pub low: Option<f64>,
    pub high: Option<f64>,
}

impl Estimate {
    /// None for no values.
    pub fn of(values: &[f64]) -> Option<Self> {
        let m = mean(values)?;
        let half = sd(values)
            .filter(|s| *s > f64::EPSILON)
            .map(|s| t95(values.len() - 1) * s / (values.len() as f64).sqrt());
        Some(Self {
            n: values.len(),
            mean: m,
            low: half.map(|h| m - h),
            high: half.map(|h| m + h),
        })
    }

    /// The same, its interval cut to what the measure can be (a share stays
    /// within 0 and 1, however few the children).
    pub fn within(self, least: f64, most: f64) -> Self {
        Self {
            low: self.low.map(|l| l.max(least)),
            high: self.high.map(|h| h.min(most)),
            ..self
        }
    }

    /// Whether the whole interval lies above zero.
    pub fn above_zero(&self) -> bool {
        self.low.is_some_and(|l| l > 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, by: f64) -> bool {
        (a - b).abs() < by
    }

    #[test]
    fn probit_matches_the_normal_table() {
        assert!(close(probit(0.5), 0.0, 1e-9));
        assert!(close(probit(0.975), 1.959_964, 1e-6));
        assert!(close(probit(0.841_344_746), 1.0, 1e-6));
        assert!(close(probit(0.01), -2.326_348, 1e-6));
        assert!(close(probit(0.999), 3.090_232, 1e-6));
        assert!(probit(0.0).is_finite() && probit(1.0).is_finite());
    }

    #[test]
    fn an_estimate_by_hand() {
        // 0, 0.5, 1: mean 0.5, sd 0.5, t(2) = 4.303: half-width 4.303 × 0.5 / √3 = 1.2422.
        let e = Estimate::of(&[0.0, 0.5, 1.0]).unwrap();
        assert_eq!((e.n, e.mean), (3, 0.5));
        assert!(close(e.low.unwrap(), 0.5 - 1.242_168, 1e-5), "{e:?}");
        assert!(!e.above_zero());
        assert_eq!(Estimate::of(&[0.3]).unwrap().low, None);
        assert_eq!(Estimate::of(&[]), None);
        assert!(Estimate::of(&[0.4, 0.5, 0.6, 0.5]).unwrap().above_zero());
    }
}
