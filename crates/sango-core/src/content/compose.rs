//! How a message built from phrases is judged ("say it well"): it must say
//! what is needed and leave out what does harm. The linter and the player share
//! the rule.

use super::schema::{Belongs, Compose, Verdict};

impl Compose {
    /// How many of the needed phrases a message has, of how many, and how many
    /// phrases that do harm.
    pub fn counts(&self, added: &[usize]) -> (usize, usize, usize) {
        let has = |belongs| {
            self.phrases
                .iter()
                .enumerate()
                .filter(|(i, p)| p.belongs == belongs && added.contains(i))
                .count()
        };
        let needed = self
            .phrases
            .iter()
            .filter(|p| p.belongs == Belongs::In)
            .count();
        (has(Belongs::In), needed, has(Belongs::Out))
    }

    /// Safe when the message has every needed phrase and nothing that does
    /// harm; risky when it does harm (an insult back, a personal detail) or has
    /// under half of what is needed; cautious between.
    pub fn verdict(&self, added: &[usize]) -> Verdict {
        let (needed_in, needed, harmful) = self.counts(added);
        if harmful > 0 {
            Verdict::Risky
        } else if needed_in == needed {
            Verdict::Safe
        } else if needed_in * 2 >= needed {
            Verdict::Cautious
        } else {
            Verdict::Risky
        }
    }

    /// Three ways a child may build the message: the phrases it needs, every
    /// phrase, and none. The explorer plays them all; only the first may win.
    pub fn ways(&self) -> [(&'static str, Vec<usize>); 3] {
        let needed = self
            .phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| p.belongs == Belongs::In)
            .map(|(i, _)| i)
            .collect();
        [
            ("saying it well", needed),
            ("adding every phrase", (0..self.phrases.len()).collect()),
            ("sending nothing", Vec::new()),
        ]
    }
}
