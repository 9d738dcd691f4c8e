//! A scenario played as a plain state machine: start, the current step, choose,
//! outcome. Bevy only drives it; tests and the explorer walk it directly.

mod compose;
mod craft;
#[cfg(test)]
mod facts_tests;
mod lock;
mod score;
mod setup;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use thiserror::Error;

use crate::content::{
    Act, Card, Choice, Craft, Lock, Mood, Node, Outcome, Part, Phrase, Pile, Post, Scenario,
    Setting, Speaker, Verdict,
};
pub use compose::ComposeResult;
pub use craft::CraftResult;
pub use lock::LockResult;
pub use score::{EvidenceLevel, RunResult, put_right, stars};
pub use setup::SetupResult;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlayError {
    #[error("scenario `{scenario}` has no beat `{beat}`")]
    NoSuchBeat { scenario: String, beat: String },
    #[error("this step is a decision: choose first")]
    NeedsChoice,
    #[error("this step is not a decision")]
    NotADecision,
    #[error("there is no choice number {0}")]
    NoSuchChoice(usize),
    #[error("the scenario is over")]
    Over,
    #[error("this step is not a spot-the-clues card")]
    NotASpot,
    #[error("there is no part number {0}")]
    NoSuchPart(usize),
    #[error("this step is not a feed to sort")]
    NotASort,
    #[error("there is no post number {0}")]
    NoSuchPost(usize),
    #[error("post {0} is not on a pile yet")]
    NotSorted(usize),
    #[error("this step is not an account to set up")]
    NotASetup,
    #[error("there is no setting number {0}")]
    NoSuchSetting(usize),
    #[error("the setting has no value number {0}")]
    NoSuchValue(usize),
    #[error("this step is not a message, passphrase or post to build")]
    NothingToBuild,
    #[error("there is no phrase number {0}")]
    NoSuchPhrase(usize),
    #[error("the post has room for {0}: take one out first")]
    Full(usize),
    #[error("this step is not an account to lock")]
    NotALock,
    #[error("lock the account before signing in")]
    NotLocked,
    #[error("there is no page number {0}")]
    NoSuchPage(usize),
    #[error("this step is not a fake post to build")]
    NotACraft,
}

/// What the player sees now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    /// A line; the player continues.
    Line {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
    },
    /// A line and choices, in the order shown to this player.
    Decision {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        choices: Vec<&'a Choice>,
    },
    /// A card to inspect: tap the parts that give it away, then go on.
    Spot {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        card: &'a Card,
        parts: Vec<&'a Part>,
        /// Parts tapped so far, by index into `parts`.
        tapped: &'a [usize],
    },
    /// A feed to sort: put each post on a pile, then go on.
    Sort {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        posts: &'a [Post],
        /// The pile each post is on so far, by index into `posts`.
        placed: &'a [Option<Pile>],
    },
    /// An account to set up: a value for each setting, then go on.
    Setup {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        settings: &'a [Setting],
        /// The value of each setting so far (the app's defaults at first), by
        /// index into its `values`.
        chosen: &'a [usize],
        /// The order the settings are shown in this play (indices into
        /// `settings`), so where a setting sits tells nothing.
        shown: &'a [usize],
    },
    /// A message to build from phrases, then send.
    Compose {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        /// Who it goes to (a message key).
        to: &'a str,
        phrases: &'a [Phrase],
        /// The phrases in the message so far, in the order added.
        added: &'a [usize],
        /// The order the phrases are shown in this play (indices into `phrases`).
        shown: &'a [usize],
    },
    /// An account to lock: a passphrase and sign-in settings, then, once
    /// `locked`, the page to sign in on.
    Lock {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        lock: &'a Lock,
        /// The passphrase's pieces so far, in the order added.
        added: &'a [usize],
        /// The value of each sign-in setting so far.
        chosen: &'a [usize],
        /// The order the pieces are shown in this play.
        shown: &'a [usize],
        /// The order the pages are shown in this play.
        pages: &'a [usize],
        /// Locked: now to sign in.
        locked: bool,
    },
    /// A fake post to build from techniques, then post.
    Craft {
        beat: &'a str,
        speaker: &'a Speaker,
        mood: Mood,
        text: &'a str,
        craft: &'a Craft,
        /// The techniques in the post so far, in the order added.
        added: &'a [usize],
        /// The order the techniques are shown in this play.
        shown: &'a [usize],
    },
    /// The end of the story.
    Ending {
        beat: &'a str,
        outcome: Outcome,
        mood: Mood,
        text: &'a str,
    },
}

/// A choice the player made.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub beat: String,
    pub verdict: Verdict,
    pub evidence: BTreeMap<String, i32>,
    /// What the choice did (a clue card has none).
    pub act: Option<Act>,
    /// The choice's words (its message key); none for a clue card.
    pub choice: Option<String>,
}

impl Decision {
    /// Blocking, reporting or telling, as the best thing to do: after a slip, this
    /// puts it right.
    pub fn is_help(&self) -> bool {
        self.verdict == Verdict::Safe && self.act.is_some_and(Act::is_help_seeking)
    }
}

/// How a spot-the-clues card went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpotResult {
    pub found: usize,
    pub clues: usize,
    /// Innocent parts tapped as if they were clues.
    pub mistaken: usize,
    /// Every part of the card was tapped: suspicion, not spotting.
    pub tapped_everything: bool,
    pub verdict: Verdict,
}

impl SpotResult {
    /// Every message Sango may say about how a card was tapped (read aloud too).
    pub const ADVICE: [&'static str; 3] = [
        "level-spot-everything",
        "level-spot-some-fine",
        "level-spot-missed",
    ];

    /// What Sango says about how the card was tapped: suspicion is not spotting.
    pub fn advice(&self) -> Option<&'static str> {
        if self.tapped_everything && self.mistaken > 0 {
            Some(Self::ADVICE[0])
        } else if self.mistaken > 0 {
            Some(Self::ADVICE[1])
        } else if self.found < self.clues {
            Some(Self::ADVICE[2])
        } else {
            None
        }
    }

    /// Clues found minus innocent parts tapped: a child who taps everything finds
    /// every clue and scores less than one who finds the clues alone.
    fn judge(found: usize, clues: usize, mistaken: usize, parts: usize) -> Self {
        let net = found.saturating_sub(mistaken);
        let verdict = if found == clues && mistaken == 0 {
            Verdict::Safe
        } else if net > 0 && net * 2 >= clues {
            Verdict::Cautious
        } else {
            Verdict::Risky
        };
        Self {
            found,
            clues,
            mistaken,
            tapped_everything: parts > 0 && found + mistaken == parts,
            verdict,
        }
    }
}

/// How a sorted feed went: discernment, not suspicion. Each post earns credit
/// for its pile (see [`SortResult::credit`]); what is fit to share and what is
/// not are averaged apart, and the verdict is the weaker of the two, so trusting
/// nothing scores as badly as trusting everything.
#[derive(Debug, Clone, PartialEq)]
pub struct SortResult {
    /// Of the posts fit to share, how much was passed on (0 to 1).
    pub kept: f32,
    /// Of the posts not to pass on as they are, how much was held back (0 to 1).
    pub caught: f32,
    /// Each post: where the child put it, and whether that is where it belongs.
    pub posts: Vec<(Pile, bool)>,
    pub verdict: Verdict,
}

impl SortResult {
    /// What a post on a pile earns. A post fit to share kept from everyone, or
    /// a false or cruel one passed on, earns nothing; "check first" is half right
    /// for a post that was fine or was plainly not to pass on, and right for one
    /// that needs checking (holding it back entirely is right too).
    pub fn credit(belongs: Pile, put: Pile) -> f32 {
        match (belongs, put) {
            (a, b) if a == b => 1.0,
            (Pile::Check, Pile::DontShare) => 1.0,
            (_, Pile::Check) => 0.5,
            _ => 0.0,
        }
    }

    fn judge(posts: &[Post], placed: &[Pile]) -> Self {
        let mean = |fit: bool| {
            let credits: Vec<f32> = posts
                .iter()
                .zip(placed)
                .filter(|(p, _)| (p.pile == Pile::Share) == fit)
                .map(|(p, &put)| Self::credit(p.pile, put))
                .collect();
            if credits.is_empty() {
                1.0
            } else {
                credits.iter().sum::<f32>() / credits.len() as f32
            }
        };
        let (kept, caught) = (mean(true), mean(false));
        let weaker = kept.min(caught);
        let verdict = if weaker >= 0.8 {
            Verdict::Safe
        } else if weaker >= 0.5 {
            Verdict::Cautious
        } else {
            Verdict::Risky
        };
        Self {
            kept,
            caught,
            posts: posts
                .iter()
                .zip(placed)
                .map(|(p, &put)| (put, Self::credit(p.pile, put) >= 1.0))
                .collect(),
            verdict,
        }
    }
}

/// One play-through of a scenario.
#[derive(Debug, Clone)]
pub struct Run {
    scenario: Arc<Scenario>,
    beat: String,
    rng: StdRng,
    /// The detail chosen for each `vary` variable: (variable, local message key).
    variables: Vec<(String, String)>,
    /// Parts tapped on the current spot-the-clues card.
    tapped: Vec<usize>,
    /// The pile of each post of the current feed to sort.
    placed: Vec<Option<Pile>>,
    /// The value of each setting of the current account to set up.
    chosen: Vec<usize>,
    /// The phrases in the current message (the pieces of a passphrase, the
    /// techniques of a fake post), in the order added.
    added: Vec<usize>,
    /// The current lock is locked: now to sign in.
    locked: bool,
    /// The order the current lock's pages are shown in.
    pages: Vec<usize>,
    /// The current beat's choices, as indices into its `choices`, in shown order.
    order: Vec<usize>,
    decisions: Vec<Decision>,
    visited: Vec<String>,
    /// What has been said so far, as (speaker, message key): each line moved past,
    /// and each question with the child's answer. A chat stage shows the last few.
    said: Vec<(Speaker, String)>,
    /// What the story remembers: facts from earlier levels and this play.
    facts: BTreeSet<String>,
    /// The facts this play set.
    set_here: BTreeSet<String>,
}

impl Run {
    /// Starts at the scenario's start beat. The seed fixes the order of choices.
    pub fn start(scenario: Arc<Scenario>, seed: u64) -> Result<Self, PlayError> {
        let start = scenario.start.clone();
        Self::start_at(scenario, &start, seed)
    }

    /// Starts at any beat, for authors trying a part of their story.
    pub fn start_at(scenario: Arc<Scenario>, beat: &str, seed: u64) -> Result<Self, PlayError> {
        Self::start_remembering(scenario, beat, seed, BTreeSet::new())
    }

    /// Starts at a beat in a world that remembers `facts` (from the child's
    /// earlier levels): choices and branches that depend on them follow.
    pub fn start_remembering(
        scenario: Arc<Scenario>,
        beat: &str,
        seed: u64,
        facts: BTreeSet<String>,
    ) -> Result<Self, PlayError> {
        let mut rng = StdRng::seed_from_u64(seed);
        let variables = scenario
            .vary
            .iter()
            .filter_map(|(name, options)| {
                options
                    .choose(&mut rng)
                    .map(|key| (name.clone(), key.clone()))
            })
            .collect();
        let mut run = Self {
            scenario,
            beat: String::new(),
            rng,
            variables,
            tapped: Vec::new(),
            placed: Vec::new(),
            chosen: Vec::new(),
            added: Vec::new(),
            locked: false,
            pages: Vec::new(),
            order: Vec::new(),
            decisions: Vec::new(),
            visited: Vec::new(),
            said: Vec::new(),
            facts,
            set_here: BTreeSet::new(),
        };
        run.enter(beat)?;
        Ok(run)
    }

    /// Gives the recurring people (the scenario's `cast`) the names this child
    /// knows them by: fixed by `people` (from the profile), the same in every
    /// level, where the rest of `vary` changes with each play.
    pub fn meet(mut self, people: u64) -> Self {
        for (name, key) in &mut self.variables {
            if !self.scenario.cast.contains(name) {
                continue;
            }
            let options = self.scenario.vary.get(name.as_str());
            if let Some(pick) =
                options.and_then(|o| crate::content::story::cast_pick(people, name, o))
            {
                *key = pick.clone();
            }
        }
        self
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn beat_id(&self) -> &str {
        &self.beat
    }

    /// Beats seen so far, in order.
    pub fn visited(&self) -> &[String] {
        &self.visited
    }

    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// What has been said so far, in order, as (speaker, scenario-local message
    /// key): every line moved past, every question answered and the child's answer.
    pub fn said(&self) -> &[(Speaker, String)] {
        &self.said
    }

    /// What the story remembers now.
    pub fn facts(&self) -> &BTreeSet<String> {
        &self.facts
    }

    /// The facts this play set: what the child's later levels remember of it.
    pub fn facts_set_here(&self) -> &BTreeSet<String> {
        &self.set_here
    }

    fn remember(&mut self, facts: &[String]) {
        for fact in facts {
            self.facts.insert(fact.clone());
            self.set_here.insert(fact.clone());
        }
    }

    /// The details chosen for this play: (variable, scenario-local message key).
    pub fn variables(&self) -> &[(String, String)] {
        &self.variables
    }

    fn node(&self) -> &Node {
        // `enter` only ever stores an id it found.
        self.scenario
            .beat(&self.beat)
            .expect("the current beat exists")
    }

    fn enter(&mut self, beat: &str) -> Result<(), PlayError> {
        let node = self
            .scenario
            .beat(beat)
            .ok_or_else(|| PlayError::NoSuchBeat {
                scenario: self.scenario.id.clone(),
                beat: beat.to_string(),
            })?;
        // What is shown in an order of its own for each play: a decision's
        // choices, an account's settings, a message's phrases.
        self.order = match node {
            // A choice that depends on what the story remembers is offered
            // only when it holds.
            Node::Beat(b) => (0..b.choices.len())
                .filter(|&i| crate::content::holds(&b.choices[i].when, &self.facts))
                .collect(),
            Node::Setup(s) => (0..s.settings.len()).collect(),
            Node::Compose(c) => (0..c.phrases.len()).collect(),
            Node::Lock(l) => (0..l.pieces.len()).collect(),
            Node::Craft(c) => (0..c.techniques.len()).collect(),
            Node::Spot(_) | Node::Sort(_) | Node::Ending(_) => Vec::new(),
        };
        self.added.clear();
        self.locked = false;
        self.pages = match node {
            Node::Lock(l) => (0..l.pages.len()).collect(),
            _ => Vec::new(),
        };
        self.pages.shuffle(&mut self.rng);
        self.placed = match node {
            Node::Sort(s) => vec![None; s.posts.len()],
            _ => Vec::new(),
        };
        self.chosen = match node {
            Node::Setup(s) => s.settings.iter().map(|s| s.start).collect(),
            Node::Lock(l) => l.settings.iter().map(|s| s.start).collect(),
            _ => Vec::new(),
        };
        self.tapped.clear();
        // Shuffled so the best answer is not always first.
        self.order.shuffle(&mut self.rng);
        self.beat = beat.to_string();
        self.visited.push(beat.to_string());
        Ok(())
    }

    pub fn step(&self) -> Step<'_> {
        match self.node() {
            Node::Beat(b) if b.choices.is_empty() => Step::Line {
                beat: &self.beat,
                speaker: &b.speaker,
                mood: b.mood.unwrap_or_default(),
                text: &b.text,
            },
            Node::Beat(b) => Step::Decision {
                beat: &self.beat,
                speaker: &b.speaker,
                mood: b.mood.unwrap_or(Mood::Thinking),
                text: &b.text,
                choices: self.order.iter().map(|&i| &b.choices[i]).collect(),
            },
            Node::Spot(s) => Step::Spot {
                beat: &self.beat,
                speaker: &s.speaker,
                mood: s.mood.unwrap_or(Mood::Curious),
                text: &s.text,
                card: &s.card,
                parts: s.parts.iter().collect(),
                tapped: &self.tapped,
            },
            Node::Sort(s) => Step::Sort {
                beat: &self.beat,
                speaker: &s.speaker,
                mood: s.mood.unwrap_or(Mood::Curious),
                text: &s.text,
                posts: &s.posts,
                placed: &self.placed,
            },
            Node::Setup(s) => Step::Setup {
                beat: &self.beat,
                speaker: &s.speaker,
                mood: s.mood.unwrap_or(Mood::Curious),
                text: &s.text,
                settings: &s.settings,
                chosen: &self.chosen,
                shown: &self.order,
            },
            Node::Compose(c) => Step::Compose {
                beat: &self.beat,
                speaker: &c.speaker,
                mood: c.mood.unwrap_or(Mood::Thinking),
                text: &c.text,
                to: &c.to,
                phrases: &c.phrases,
                added: &self.added,
                shown: &self.order,
            },
            Node::Lock(l) => Step::Lock {
                beat: &self.beat,
                speaker: &l.speaker,
                mood: l.mood.unwrap_or(Mood::Curious),
                text: &l.text,
                lock: l,
                added: &self.added,
                chosen: &self.chosen,
                shown: &self.order,
                pages: &self.pages,
                locked: self.locked,
            },
            Node::Craft(c) => Step::Craft {
                beat: &self.beat,
                speaker: &c.speaker,
                mood: c.mood.unwrap_or(Mood::Thinking),
                text: &c.text,
                craft: c,
                added: &self.added,
                shown: &self.order,
            },
            Node::Ending(e) => Step::Ending {
                beat: &self.beat,
                outcome: e.outcome,
                mood: e.mood.unwrap_or(match e.outcome {
                    Outcome::Safe | Outcome::Recovered => Mood::Proud,
                    Outcome::Mixed => Mood::Thinking,
                    Outcome::Harmful => Mood::Worried,
                }),
                text: &e.text,
            },
        }
    }

    pub fn is_over(&self) -> bool {
        matches!(self.node(), Node::Ending(_))
    }

    /// Goes on from a line.
    pub fn advance(&mut self) -> Result<(), PlayError> {
        let (next, line, sets) = match self.node() {
            Node::Ending(_) => return Err(PlayError::Over),
            Node::Beat(b) if !b.choices.is_empty() => return Err(PlayError::NeedsChoice),
            Node::Beat(b) => {
                let branch = b
                    .branches
                    .iter()
                    .find(|br| crate::content::holds(&br.when, &self.facts));
                let next = branch.map(|br| br.next.clone()).or_else(|| b.next.clone());
                (next, (b.speaker.clone(), b.text.clone()), b.sets.clone())
            }
            _ => return Err(PlayError::NeedsChoice),
        };
        self.remember(&sets);
        match next {
            Some(next) => {
                self.enter(&next)?;
                self.said.push(line);
                Ok(())
            }
            None => Err(PlayError::NoSuchBeat {
                scenario: self.scenario.id.clone(),
                beat: format!("(after `{}`)", self.beat),
            }),
        }
    }

    /// Takes the choice shown at `shown` (0-based, in shown order) and moves on.
    /// Returns the choice, whose feedback the game shows before the next step.
    pub fn choose(&mut self, shown: usize) -> Result<Choice, PlayError> {
        let (choice, asked) = match self.node() {
            Node::Ending(_) => return Err(PlayError::Over),
            Node::Beat(b) if b.choices.is_empty() => return Err(PlayError::NotADecision),
            Node::Beat(b) => {
                let index = *self
                    .order
                    .get(shown)
                    .ok_or(PlayError::NoSuchChoice(shown))?;
                (
                    b.choices[index].clone(),
                    (b.speaker.clone(), b.text.clone()),
                )
            }
            _ => return Err(PlayError::NotADecision),
        };
        self.remember(&choice.sets);
        self.enter(&choice.next)?;
        self.said.push(asked);
        self.said.push((Speaker::Player, choice.text.clone()));
        self.decisions.push(Decision {
            beat: self.visited[self.visited.len() - 2].clone(),
            verdict: choice.verdict,
            evidence: choice.evidence.clone(),
            act: choice.act,
            choice: Some(choice.text.clone()),
        });
        Ok(choice)
    }

    /// Taps a part of the card; returns it, so its feedback can be shown. Tapping a
    /// part twice changes nothing.
    pub fn tap(&mut self, part: usize) -> Result<Part, PlayError> {
        let Node::Spot(s) = self.node() else {
            return Err(PlayError::NotASpot);
        };
        let tapped = s
            .parts
            .get(part)
            .cloned()
            .ok_or(PlayError::NoSuchPart(part))?;
        if !self.tapped.contains(&part) {
            self.tapped.push(part);
        }
        Ok(tapped)
    }

    /// Ends inspecting the card, scores it like a decision, and moves on.
    pub fn finish_spot(&mut self) -> Result<SpotResult, PlayError> {
        let Node::Spot(s) = self.node() else {
            return Err(PlayError::NotASpot);
        };
        let found = self.tapped.iter().filter(|&&i| s.parts[i].clue).count();
        let result = SpotResult::judge(
            found,
            s.clue_count(),
            self.tapped.len() - found,
            s.parts.len(),
        );
        let (next, evidence) = (s.next.clone(), s.evidence.clone());
        self.judged(&next, result.verdict, &evidence)?;
        Ok(result)
    }

    /// Puts a post of the feed on a pile (again, if the child changes their mind).
    pub fn place(&mut self, post: usize, pile: Pile) -> Result<(), PlayError> {
        if !matches!(self.node(), Node::Sort(_)) {
            return Err(PlayError::NotASort);
        }
        let slot = self
            .placed
            .get_mut(post)
            .ok_or(PlayError::NoSuchPost(post))?;
        *slot = Some(pile);
        Ok(())
    }

    /// Takes every post of the feed off its pile, to sort it again.
    pub fn sort_again(&mut self) -> Result<(), PlayError> {
        if !matches!(self.node(), Node::Sort(_)) {
            return Err(PlayError::NotASort);
        }
        self.placed.iter_mut().for_each(|p| *p = None);
        Ok(())
    }

    /// Ends sorting the feed once every post is on a pile, scores it like a
    /// decision, and moves on.
    pub fn finish_sort(&mut self) -> Result<SortResult, PlayError> {
        let Node::Sort(s) = self.node() else {
            return Err(PlayError::NotASort);
        };
        let placed: Vec<Pile> = self
            .placed
            .iter()
            .enumerate()
            .map(|(i, p)| p.ok_or(PlayError::NotSorted(i)))
            .collect::<Result<_, _>>()?;
        let result = SortResult::judge(&s.posts, &placed);
        let (next, evidence) = (s.next.clone(), s.evidence.clone());
        let line = (s.speaker.clone(), s.text.clone());
        self.judged(&next, result.verdict, &evidence)?;
        self.said.push(line);
        Ok(result)
    }

    /// A clue card or a feed judged like a decision: its evidence earned when
    /// Safe, nothing when Cautious, lost when Risky; then on to `next`.
    fn judged(
        &mut self,
        next: &str,
        verdict: Verdict,
        evidence: &BTreeMap<String, i32>,
    ) -> Result<(), PlayError> {
        let evidence = match verdict {
            Verdict::Safe => evidence.clone(),
            Verdict::Cautious => BTreeMap::new(),
            Verdict::Risky => evidence.iter().map(|(k, v)| (k.clone(), -v)).collect(),
        };
        let beat = self.beat.clone();
        self.enter(next)?;
        self.decisions.push(Decision {
            beat,
            verdict,
            evidence,
            act: None,
            choice: None,
        });
        Ok(())
    }

    /// The choice that put a slip right (its message key), if one did: the
    /// debrief names it.
    pub fn put_right_by(&self) -> Option<&str> {
        let forgiven = score::put_right(&self.decisions);
        (forgiven > 0)
            .then(|| self.decisions[forgiven].choice.as_deref())
            .flatten()
    }

    /// Whether the current beat was already passed on this run: the story looped.
    pub fn looped(&self) -> bool {
        self.visited.iter().filter(|b| **b == self.beat).count() > 1
    }

    /// The score, once the run has reached an ending.
    pub fn result(&self) -> Option<RunResult> {
        match self.node() {
            Node::Ending(e) => Some(RunResult::score(&self.scenario, &self.decisions, e.outcome)),
            _ => None,
        }
    }
}

/// Every combination of the facts a scenario reads but does not set itself
/// (they come from the child's earlier levels): the explorer plays the
/// scenario from each. Past six such facts, each alone, none and all.
pub fn remembered_worlds(scenario: &Scenario) -> Vec<BTreeSet<String>> {
    let set = scenario.facts_set();
    let outside: Vec<&str> = scenario
        .facts_read()
        .into_iter()
        .filter(|f| !set.contains(f))
        .collect();
    let world = |pick: &dyn Fn(usize) -> bool| -> BTreeSet<String> {
        (0..outside.len())
            .filter(|&i| pick(i))
            .map(|i| outside[i].to_string())
            .collect()
    };
    if outside.len() <= 6 {
        (0u32..1 << outside.len())
            .map(|mask| world(&|i| mask & (1 << i) != 0))
            .collect()
    } else {
        let mut worlds = vec![world(&|_| false), world(&|_| true)];
        worlds.extend((0..outside.len()).map(|n| world(&|i| i == n)));
        worlds
    }
}

/// Every way through a scenario from its start, in every world its earlier
/// levels may have left ([`remembered_worlds`]).
pub fn every_path_in_every_world(
    scenario: Arc<Scenario>,
    seed: u64,
) -> Result<Vec<Run>, PlayError> {
    let mut endings = Vec::new();
    for facts in remembered_worlds(&scenario) {
        let start = scenario.start.clone();
        endings.extend(every_path(Run::start_remembering(
            scenario.clone(),
            &start,
            seed,
            facts,
        )?)?);
    }
    Ok(endings)
}

/// Every way through a scenario from where a run stands: each choice shown;
/// three children at a clue card (one finds every clue, one taps every part, one
/// taps nothing); and three at a feed to sort (one with discernment, one who
/// trusts nothing, one who shares everything); five at an account to set up
/// (see [`crate::content::Setup::ways`]); and three at a message to build
/// ([`crate::content::Compose::ways`]), an account to lock
/// ([`crate::content::Lock::ways`]) and a fake post to build
/// ([`crate::content::Craft::ways`]). Returns the run at each ending; a step a
/// child could take that fails is an error. For the path tests, `sango paths` and the benchmarks.
///
/// A path that comes back to a beat it has already passed is a loop: it is not
/// followed round again (the ways out of the loop are explored from its first
/// pass), so a story that loops back with a way out still ends.
pub fn every_path(run: Run) -> Result<Vec<Run>, PlayError> {
    let mut endings = Vec::new();
    let mut todo = vec![run];
    while let Some(run) = todo.pop() {
        let next: Vec<Run> = match run.step() {
            Step::Line { .. } => {
                let mut next = run.clone();
                next.advance()?;
                vec![next]
            }
            Step::Decision { choices, .. } => (0..choices.len())
                .map(|i| {
                    let mut next = run.clone();
                    next.choose(i).map(|_| next)
                })
                .collect::<Result<_, _>>()?,
            Step::Spot { parts, .. } => {
                let clues: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].clue).collect();
                let all: Vec<usize> = (0..parts.len()).collect();
                let mut runs = Vec::new();
                for taps in [clues, all, Vec::new()] {
                    let mut next = run.clone();
                    for i in taps {
                        next.tap(i)?;
                    }
                    next.finish_spot()?;
                    runs.push(next);
                }
                runs
            }
            Step::Sort { posts, .. } => {
                // Three children: one who sorts with discernment, one who trusts
                // nothing, one who shares everything.
                let discerning: Vec<Pile> = posts.iter().map(|p| p.pile).collect();
                let mut runs = Vec::new();
                for piles in [
                    discerning,
                    vec![Pile::DontShare; posts.len()],
                    vec![Pile::Share; posts.len()],
                ] {
                    let mut next = run.clone();
                    for (i, pile) in piles.into_iter().enumerate() {
                        next.place(i, pile)?;
                    }
                    next.finish_sort()?;
                    runs.push(next);
                }
                runs
            }
            Step::Setup { .. } => run
                .setup_ways()
                .into_iter()
                .map(|values| {
                    let mut next = run.clone();
                    for (i, value) in values.into_iter().enumerate() {
                        next.set(i, value)?;
                    }
                    next.finish_setup()?;
                    Ok(next)
                })
                .collect::<Result<_, _>>()?,
            Step::Compose { .. } => run
                .compose_ways()
                .into_iter()
                .map(|added| {
                    let mut next = run.clone();
                    for phrase in added {
                        next.add(phrase)?;
                    }
                    next.finish_compose()?;
                    Ok(next)
                })
                .collect::<Result<_, _>>()?,
            Step::Lock { .. } => run
                .lock_ways()
                .into_iter()
                .map(|way| {
                    let mut next = run.clone();
                    for piece in way.pieces {
                        next.add(piece)?;
                    }
                    for (i, value) in way.values.into_iter().enumerate() {
                        next.set(i, value)?;
                    }
                    next.lock_in()?;
                    let shown = next.page_shown_at(way.page).unwrap_or(way.page);
                    next.sign_in(shown)?;
                    Ok(next)
                })
                .collect::<Result<_, _>>()?,
            Step::Craft { .. } => run
                .craft_ways()
                .into_iter()
                .map(|added| {
                    let mut next = run.clone();
                    for technique in added {
                        next.add(technique)?;
                    }
                    next.finish_craft()?;
                    Ok(next)
                })
                .collect::<Result<_, _>>()?,
            Step::Ending { .. } => Vec::new(),
        };
        if run.is_over() {
            endings.push(run);
        } else {
            todo.extend(next.into_iter().filter(|r| !r.looped()));
        }
    }
    Ok(endings)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::load::parse;
    use std::path::Path;

    pub(crate) fn scenario() -> Arc<Scenario> {
        Arc::new(
            parse(
                Path::new("t.ron"),
                r#"Scenario(
    id: "t", risk: Contact, ages: [Ages9To12],
    objectives: ["block-report-tell", "guard-personal-info"],
    start: "intro",
    beats: {
        "intro": Beat(speaker: Sango, mood: Happy, text: "intro", next: "ask"),
        "ask": Beat(speaker: Npc("pal"), text: "ask", choices: [
            Choice(text: "tell", verdict: Safe, evidence: {"block-report-tell": 1}, feedback: "f1", next: "safe"),
            Choice(text: "ignore", verdict: Cautious, feedback: "f2", next: "mixed"),
            Choice(text: "share", verdict: Risky, evidence: {"guard-personal-info": -1}, feedback: "f3", next: "harm"),
        ]),
        "safe": Ending(outcome: Safe, text: "safe"),
        "mixed": Ending(outcome: Mixed, text: "mixed"),
        "harm": Ending(outcome: Harmful, text: "harm"),
    },
)"#,
            )
            .expect("test scenario parses"),
        )
    }

    fn choose_text(run: &mut Run, text: &str) -> Choice {
        let Step::Decision { choices, .. } = run.step() else {
            panic!("a decision")
        };
        let shown = choices
            .iter()
            .position(|c| c.text == text)
            .expect("offered");
        run.choose(shown).expect("valid choice")
    }

    #[test]
    fn a_run_starts_at_the_start_and_goes_on_from_a_line() {
        let mut run = Run::start(scenario(), 1).unwrap();
        assert!(matches!(
            run.step(),
            Step::Line {
                text: "intro",
                mood: Mood::Happy,
                ..
            }
        ));
        assert_eq!(run.choose(0), Err(PlayError::NotADecision));
        run.advance().unwrap();
        assert!(matches!(run.step(), Step::Decision { ref choices, .. } if choices.len() == 3));
        assert_eq!(run.advance(), Err(PlayError::NeedsChoice));
    }

    #[test]
    fn what_was_said_is_kept_in_order_with_the_childs_answer() {
        let mut run = Run::start(scenario(), 5).unwrap();
        assert!(run.said().is_empty());
        run.advance().unwrap();
        assert_eq!(run.said(), &[(Speaker::Sango, "intro".to_string())]);
        // A refused step says nothing.
        assert!(run.advance().is_err());
        assert_eq!(run.said().len(), 1);
        choose_text(&mut run, "ignore");
        assert_eq!(
            run.said(),
            &[
                (Speaker::Sango, "intro".to_string()),
                (Speaker::Npc("pal".into()), "ask".to_string()),
                (Speaker::Player, "ignore".to_string()),
            ]
        );
    }

    #[test]
    fn the_same_seed_shows_the_same_order_and_seeds_vary_it() {
        let order = |seed| {
            let mut run = Run::start(scenario(), seed).unwrap();
            run.advance().unwrap();
            match run.step() {
                Step::Decision { choices, .. } => {
                    choices.iter().map(|c| c.text.clone()).collect::<Vec<_>>()
                }
                _ => unreachable!(),
            }
        };
        assert_eq!(order(7), order(7));
        assert!((0..20).any(|s| order(s) != order(0)), "some seed reorders");
    }

    #[test]
    fn a_choice_moves_on_and_is_scored_at_the_ending() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        let choice = choose_text(&mut run, "tell");
        assert_eq!(choice.feedback, "f1");
        assert!(run.is_over());
        let result = run.result().unwrap();
        assert_eq!(result.outcome, Outcome::Safe);
        assert_eq!(result.stars, 3);
        assert_eq!(result.evidence.get("block-report-tell"), Some(&1));
        assert_eq!(run.advance(), Err(PlayError::Over));
    }

    #[test]
    fn a_risky_choice_costs_evidence_for_its_objective() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        choose_text(&mut run, "share");
        let result = run.result().unwrap();
        assert_eq!(result.evidence.get("guard-personal-info"), Some(&-1));
        assert_eq!(result.stars, 1);
    }

    #[test]
    fn an_out_of_range_choice_is_an_error_not_a_panic() {
        let mut run = Run::start(scenario(), 3).unwrap();
        run.advance().unwrap();
        assert_eq!(run.choose(9), Err(PlayError::NoSuchChoice(9)));
    }

    pub(crate) fn spot_scenario() -> Arc<Scenario> {
        Arc::new(
            parse(
                Path::new("s.ron"),
                r#"Scenario(
    id: "s", risk: Content, ages: [Ages9To12], objectives: ["check-before-trust"],
    stage: Feed(app: "app"),
    vary: {"app": ["app-a", "app-b", "app-c"], "friend": ["name-a", "name-b"]},
    start: "post",
    beats: {
        "post": Spot(speaker: Sango, text: "tap", card: Card(title: "who", body: "what"),
            parts: [
                Part(text: "link", clue: true, feedback: "f-link"),
                Part(text: "date", clue: false, feedback: "f-date"),
                Part(text: "caps", clue: true, feedback: "f-caps"),
            ],
            evidence: {"check-before-trust": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#,
            )
            .expect("spot scenario parses"),
        )
    }

    const FEED: &str = r#"Scenario(
    id: "f", risk: Content, ages: [Ages9To12], objectives: ["check-before-trust"],
    stage: Feed(app: "app"),
    start: "feed",
    beats: {
        "feed": Sort(speaker: Sango, text: "sort",
            posts: [
                Post(from: "school", text: "match", pile: Share, feedback: "f-match"),
                Post(from: "stranger", text: "miracle", pile: DontShare, feedback: "f-miracle"),
                Post(from: "friend", text: "puppy", pile: Share, feedback: "f-puppy"),
                Post(from: "someone", text: "rumour", pile: Check, feedback: "f-rumour"),
            ],
            evidence: {"check-before-trust": 1}, next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    fn sorted(piles: [Pile; 4]) -> (SortResult, RunResult) {
        let scenario = Arc::new(parse(Path::new("f.ron"), FEED).expect("feed parses"));
        let mut run = Run::start(scenario, 1).unwrap();
        for (i, pile) in piles.into_iter().enumerate() {
            run.place(i, pile).unwrap();
        }
        let result = run.finish_sort().unwrap();
        (result, run.result().unwrap())
    }

    #[test]
    fn sorting_scores_discernment_never_suspicion() {
        use Pile::*;
        let (discerning, score) = sorted([Share, DontShare, Share, Check]);
        assert_eq!(discerning.verdict, Verdict::Safe);
        assert_eq!((discerning.kept, discerning.caught), (1.0, 1.0));
        assert!(discerning.posts.iter().all(|(_, right)| *right));
        assert_eq!(score.evidence["check-before-trust"], 1);
        // Holding back a rumour altogether is as right as checking it.
        assert_eq!(
            sorted([Share, DontShare, Share, DontShare]).0.verdict,
            Verdict::Safe
        );

        // Trusting nothing: every fake stopped, and every real post lost.
        let (suspicious, score) = sorted([DontShare; 4]);
        assert_eq!((suspicious.kept, suspicious.caught), (0.0, 1.0));
        assert_eq!(suspicious.verdict, Verdict::Risky);
        assert_eq!(score.evidence["check-before-trust"], -1);
        // Sharing everything is as bad; "check first" for all is not winning.
        assert_eq!(sorted([Share; 4]).0.verdict, Verdict::Risky);
        assert_eq!(sorted([Check; 4]).0.verdict, Verdict::Cautious);
        // One real post doubted: half its side's credit gone.
        let (one_slip, _) = sorted([Share, DontShare, DontShare, Check]);
        assert_eq!(one_slip.kept, 0.5);
        assert_eq!(one_slip.verdict, Verdict::Cautious);
        assert!(!one_slip.posts[2].1);
    }

    #[test]
    fn a_feed_is_finished_only_when_every_post_is_on_a_pile() {
        let scenario: Arc<Scenario> =
            Arc::new(parse(Path::new("f.ron"), FEED).expect("feed parses"));
        let mut run = Run::start(scenario.clone(), 1).unwrap();
        assert!(matches!(run.step(), Step::Sort { placed, .. } if placed == [None; 4]));
        run.place(0, Pile::DontShare).unwrap();
        run.place(0, Pile::Share).unwrap();
        assert_eq!(run.place(4, Pile::Share), Err(PlayError::NoSuchPost(4)));
        assert_eq!(run.finish_sort().unwrap_err(), PlayError::NotSorted(1));
        for i in 1..4 {
            run.place(i, Pile::Check).unwrap();
        }
        run.sort_again().unwrap();
        assert!(matches!(run.step(), Step::Sort { placed, .. } if placed == [None; 4]));
        assert_eq!(run.advance(), Err(PlayError::NeedsChoice));
        // The explorer tries a discerning child, a suspicious one and a credulous one.
        let endings = every_path(Run::start(scenario, 1).unwrap()).unwrap();
        let verdicts: Vec<Verdict> = endings.iter().map(|r| r.decisions()[0].verdict).collect();
        assert_eq!(verdicts.len(), 3);
        assert!(verdicts.contains(&Verdict::Safe));
        assert_eq!(verdicts.iter().filter(|v| **v == Verdict::Risky).count(), 2);
    }

    #[test]
    fn finding_every_clue_and_no_decoy_is_the_safe_result() {
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        assert_eq!(run.tap(0).unwrap().feedback, "f-link");
        run.tap(0).unwrap();
        run.tap(2).unwrap();
        assert!(matches!(run.step(), Step::Spot { tapped, .. } if tapped == [0, 2]));
        let found = run.finish_spot().unwrap();
        assert_eq!(
            (found.found, found.clues, found.verdict),
            (2, 2, Verdict::Safe)
        );
        let result = run.result().unwrap();
        assert_eq!(result.evidence["check-before-trust"], 1);
        assert_eq!(result.stars, 3);
    }

    #[test]
    fn a_decoy_or_a_missed_clue_lowers_the_result_kindly() {
        // One clue found: half the clues, a Cautious result.
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        run.tap(0).unwrap();
        assert_eq!(run.finish_spot().unwrap().verdict, Verdict::Cautious);
        // One clue and one innocent part: clues found minus parts wrongly accused.
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        run.tap(0).unwrap();
        run.tap(1).unwrap();
        assert_eq!(run.finish_spot().unwrap().verdict, Verdict::Risky);
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        assert_eq!(run.finish_spot().unwrap().verdict, Verdict::Risky);
        assert_eq!(run.result().unwrap().evidence["check-before-trust"], -1);
        assert_eq!(run.tap(0), Err(PlayError::NotASpot));
    }

    #[test]
    fn tapping_everything_scores_less_than_finding_the_clues() {
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        for part in 0..3 {
            run.tap(part).unwrap();
        }
        let everything = run.finish_spot().unwrap();
        assert!(everything.tapped_everything);
        assert_eq!(everything.found, everything.clues);
        assert_eq!(everything.verdict, Verdict::Cautious);
        let everything_points = run.result().unwrap().points;
        let mut run = Run::start(spot_scenario(), 1).unwrap();
        run.tap(0).unwrap();
        run.tap(2).unwrap();
        assert!(!run.finish_spot().unwrap().tapped_everything);
        assert!(run.result().unwrap().points > everything_points);
    }

    #[test]
    fn details_vary_with_the_seed_and_stay_fixed_for_a_seed() {
        let pick = |seed| {
            Run::start(spot_scenario(), seed)
                .unwrap()
                .variables()
                .to_vec()
        };
        assert_eq!(pick(4), pick(4));
        assert_eq!(pick(4).len(), 2);
        assert!(
            (0..20).any(|s| pick(s) != pick(0)),
            "some seed picks other details"
        );
    }

    #[test]
    fn a_recurring_person_keeps_their_name_whatever_the_seed_and_the_rest_still_varies() {
        let mut cast = (*spot_scenario()).clone();
        cast.cast = vec!["friend".into()];
        let cast = Arc::new(cast);
        let met = |seed, people| {
            Run::start(cast.clone(), seed)
                .unwrap()
                .meet(people)
                .variables()
                .to_vec()
        };
        let friend = |vars: Vec<(String, String)>| vars.into_iter().find(|(n, _)| n == "friend");
        for seed in 0..20 {
            assert_eq!(friend(met(seed, 5)), friend(met(0, 5)));
        }
        assert!(
            (0..20).any(|s| met(s, 5) != met(0, 5)),
            "the app still varies"
        );
        assert!(
            (0..20).any(|p| friend(met(0, p)) != friend(met(0, 0))),
            "another child meets another friend"
        );
    }

    #[test]
    fn a_story_that_loops_back_with_a_way_out_is_explored_and_ends() {
        let looping = Arc::new(
            parse(
                Path::new("l.ron"),
                r#"Scenario(
    id: "l", risk: Contact, ages: [Ages9To12], objectives: ["block-report-tell"],
    start: "ask",
    beats: {
        "ask": Beat(speaker: Sango, text: "ask", choices: [
            Choice(text: "again", verdict: Cautious, feedback: "f", next: "think"),
            Choice(text: "tell", verdict: Safe, feedback: "f", next: "told"),
        ]),
        "think": Beat(speaker: Narrator, text: "think", next: "ask"),
        "told": Beat(speaker: Sango, text: "told", choices: [
            Choice(text: "ok", verdict: Safe, feedback: "f", next: "end"),
            Choice(text: "back", verdict: Risky, feedback: "f", next: "ask"),
        ]),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#,
            )
            .expect("parses"),
        );
        // Without the bound this never returned: ask → think → ask → think …
        let endings = every_path(Run::start(looping, 1).unwrap()).unwrap();
        assert_eq!(endings.len(), 1, "the one loop-free way to the ending");
        assert_eq!(endings[0].visited(), ["ask", "told", "end"]);
    }

    #[test]
    fn starting_at_a_missing_beat_is_an_error() {
        assert!(matches!(
            Run::start_at(scenario(), "nope", 0),
            Err(PlayError::NoSuchBeat { .. })
        ));
    }
}
