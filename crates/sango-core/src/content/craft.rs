//! How a fake post is judged ("play the other side"): it shows the child knows
//! the tricks when it fools everyone it is shown to and wastes no room on an
//! honest part. The linter and the player share the rule.

use super::schema::{Craft, Trick, Verdict};

impl Craft {
    /// The tricks the techniques added use (an honest part is none).
    fn tricks(&self, added: &[usize]) -> Vec<Trick> {
        added
            .iter()
            .filter_map(|&i| self.techniques.get(i))
            .map(|t| t.trick)
            .filter(|t| *t != Trick::Honest)
            .collect()
    }

    /// Whether each person is fooled: by any trick they fall for.
    pub fn fooled(&self, added: &[usize]) -> Vec<bool> {
        let tricks = self.tricks(added);
        self.people
            .iter()
            .map(|p| p.falls_for.iter().any(|t| tricks.contains(t)))
            .collect()
    }

    /// Honest parts used: they fool nobody.
    pub fn honest(&self, added: &[usize]) -> usize {
        added
            .iter()
            .filter_map(|&i| self.techniques.get(i))
            .filter(|t| t.trick == Trick::Honest)
            .count()
    }

    /// Safe when everyone is fooled and no room went on an honest part;
    /// risky when under half are fooled; cautious between.
    pub fn verdict(&self, added: &[usize]) -> Verdict {
        let fooled = self.fooled(added).iter().filter(|f| **f).count();
        let everyone = self.people.len();
        if fooled == everyone && self.honest(added) == 0 && added.len() <= self.room {
            Verdict::Safe
        } else if fooled > 0 && fooled * 2 >= everyone {
            Verdict::Cautious
        } else {
            Verdict::Risky
        }
    }

    /// Every set of tricks (no honest part) that fits the room, smallest
    /// first, as indices into `techniques`.
    fn trick_sets(&self) -> Vec<Vec<usize>> {
        let tricks: Vec<usize> = (0..self.techniques.len())
            .filter(|&i| self.techniques[i].trick != Trick::Honest)
            .collect();
        // A post holds a handful: past 16 tricks, the sets are not searched.
        if tricks.len() > 16 {
            return Vec::new();
        }
        let mut sets: Vec<Vec<usize>> = (1u32..1 << tricks.len())
            .filter(|m| m.count_ones() as usize <= self.room)
            .map(|m| {
                (0..tricks.len())
                    .filter(|b| m & (1 << b) != 0)
                    .map(|b| tricks[b])
                    .collect()
            })
            .collect();
        sets.sort_by_key(Vec::len);
        sets
    }

    /// The smallest post that fools everyone: what a child who reads the
    /// people builds. None if no post that fits the room does.
    pub fn best(&self) -> Option<Vec<usize>> {
        self.trick_sets()
            .into_iter()
            .find(|set| self.verdict(set) == Verdict::Safe)
    }

    /// A post full of tricks that still misses someone, if there is one: it
    /// shows that which tricks matter, not just using tricks.
    pub fn a_full_miss(&self) -> Option<Vec<usize>> {
        let full = self
            .techniques
            .iter()
            .filter(|t| t.trick != Trick::Honest)
            .count()
            .min(self.room);
        self.trick_sets()
            .into_iter()
            .find(|set| set.len() == full && self.verdict(set) != Verdict::Safe)
    }

    /// The ways a child may build the post: for the people shown (the
    /// smallest post that fools them all), full of tricks that miss someone,
    /// honest parts only, and nothing. The explorer plays them all; only the
    /// first may win.
    pub fn ways(&self) -> Vec<(&'static str, Vec<usize>)> {
        let honest: Vec<usize> = (0..self.techniques.len())
            .filter(|&i| self.techniques[i].trick == Trick::Honest)
            .take(self.room)
            .collect();
        let mut ways = Vec::new();
        if let Some(best) = self.best() {
            ways.push(("building it for the people shown", best));
        }
        if let Some(miss) = self.a_full_miss() {
            ways.push(("filling it with tricks that miss someone", miss));
        }
        ways.push(("using honest parts only", honest));
        ways.push(("posting nothing", Vec::new()));
        ways
    }
}
