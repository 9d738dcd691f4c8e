//! Learning you can measure: the statistics behind the warm-up and look-back checks
//! (issue 10). Bevy-free. A child's score on an objective is the share of its
//! check items answered well (0 to 1); the gain is the look-back score minus the
//! warm-up score; a class's effect size is Cohen's d for paired scores.

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

/// A class's change from warm-up to look-back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Effect {
    /// Children with both a warm-up and a look-back.
    pub n: usize,
    pub mean_pre: f64,
    pub mean_post: f64,
    /// The mean of each child's gain (post − pre).
    pub mean_gain: f64,
    /// Cohen's d for paired scores (d_z): the mean gain over the standard deviation
    /// of the gains.
    pub d: f64,
    /// Its 95 % confidence interval.
    pub low: f64,
    pub high: f64,
}

/// z for a two-sided 95 % interval.
const Z95: f64 = 1.959_964;

/// Cohen's d_z with a 95 % interval from its large-sample standard error,
/// √(1/n + d²/2n). Pairs are (pre, post) for the same child. `None` below two
/// children, or when every child gained exactly the same (no spread to scale by).
pub fn paired_effect(pairs: &[(f64, f64)]) -> Option<Effect> {
    let n = pairs.len();
    let gains: Vec<f64> = pairs.iter().map(|(pre, post)| post - pre).collect();
    let spread = sd(&gains)?;
    if spread <= f64::EPSILON {
        return None;
    }
    let mean_gain = mean(&gains)?;
    let d = mean_gain / spread;
    let n_f = n as f64;
    let se = (1.0 / n_f + d * d / (2.0 * n_f)).sqrt();
    let pre: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let post: Vec<f64> = pairs.iter().map(|p| p.1).collect();
    Some(Effect {
        n,
        mean_pre: mean(&pre)?,
        mean_post: mean(&post)?,
        mean_gain,
        d,
        low: d - Z95 * se,
        high: d + Z95 * se,
    })
}

#[cfg(test)]
mod tests {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-4
    }

    #[test]
    fn mean_and_sd_by_hand() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5; squares sum 32; 32 / 7 = 4.5714; sd 2.1381.
        let v = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(mean(&v), Some(5.0));
        assert!(close(sd(&v).unwrap(), 2.138_090), "{:?}", sd(&v));
        assert_eq!(mean(&[]), None);
        assert_eq!(sd(&[1.0]), None);
    }

    #[test]
    fn paired_effect_by_hand() {
        // Gains 0.2, 0.4, 0.1, 0.3: mean 0.25; deviations −0.05, 0.15, −0.15, 0.05;
        // squares 0.0025 + 0.0225 + 0.0225 + 0.0025 = 0.05; /3 = 0.016667;
        // sd 0.129099; d = 0.25 / 0.129099 = 1.936492.
        // SE = √(1/4 + 1.936492² / 8) = √(0.25 + 0.46875) = 0.847791;
        // interval 1.936492 ± 1.959964 × 0.847791 = [0.274851, 3.598132].
        let pairs = [(0.2, 0.4), (0.4, 0.8), (0.5, 0.6), (0.3, 0.6)];
        let e = paired_effect(&pairs).unwrap();
        assert_eq!(e.n, 4);
        assert!(close(e.mean_pre, 0.35) && close(e.mean_post, 0.6));
        assert!(close(e.mean_gain, 0.25));
        assert!(close(e.d, 1.936_492), "{}", e.d);
        assert!(close(e.low, 0.274_851), "{}", e.low);
        assert!(close(e.high, 3.598_132), "{}", e.high);
    }

    #[test]
    fn no_effect_without_spread_or_children() {
        assert_eq!(paired_effect(&[(0.2, 0.4)]), None);
        assert_eq!(paired_effect(&[(0.2, 0.4), (0.5, 0.7)]), None);
        assert_eq!(paired_effect(&[]), None);
    }

    /// A child's score on a check of `items` three-choice items, each answered well
    /// with probability `p`.
    fn score(rng: &mut StdRng, items: usize, p: f64) -> f64 {
        (0..items).filter(|_| rng.random_bool(p)).count() as f64 / items as f64
    }

    #[test]
    fn simulated_learners_gain_and_random_responders_do_not() {
        let mut rng = StdRng::seed_from_u64(2020);
        let items = 10;
        // A class of 30 who learn: from about 45 % to about 75 % answered well.
        let learners: Vec<(f64, f64)> = (0..30)
            .map(|_| {
                let ability: f64 = rng.random_range(0.3..0.6);
                let pre = score(&mut rng, items, ability);
                let post = score(&mut rng, items, (ability + 0.3).min(0.95));
                (pre, post)
            })
            .collect();
        let e = paired_effect(&learners).unwrap();
        assert!(e.mean_gain > 0.2, "{e:?}");
        assert!(e.low > 0.0, "the interval is above zero: {e:?}");

        // Children who answer at random, one in three, before and after: over many
        // classes the interval holds zero about 95 times in 100.
        let mut holds_zero = 0;
        for _ in 0..200 {
            let random: Vec<(f64, f64)> = (0..30)
                .map(|_| {
                    (
                        score(&mut rng, items, 1.0 / 3.0),
                        score(&mut rng, items, 1.0 / 3.0),
                    )
                })
                .collect();
            let e = paired_effect(&random).unwrap();
            if e.low <= 0.0 && 0.0 <= e.high {
                holds_zero += 1;
            }
        }
        assert!(
            (180..=200).contains(&holds_zero),
            "{holds_zero} of 200 random classes"
        );
    }
}
