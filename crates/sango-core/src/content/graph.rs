//! The story map of a scenario, for authors: beats as nodes, choices as edges
//! coloured by verdict, endings marked, unreachable beats flagged. Written as
//! Graphviz DOT and as Mermaid (which GitHub and many editors draw).

use std::collections::BTreeSet;
use std::fmt::Write;

use super::schema::{Node, Outcome, Scenario, Verdict};

fn verdict_color(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Safe => "#1f8b4c",
        Verdict::Cautious => "#b37400",
        Verdict::Risky => "#c7403a",
    }
}

fn outcome_color(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Safe => "#c9f0d6",
        Outcome::Mixed => "#fbe8bf",
        Outcome::Recovered => "#d6e8fb",
        Outcome::Harmful => "#f8d3d1",
    }
}

/// Beats reachable from the start.
pub fn reachable(scenario: &Scenario) -> BTreeSet<&str> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![scenario.start.as_str()];
    while let Some(id) = stack.pop() {
        let Some(node) = scenario.beat(id) else {
            continue;
        };
        if !seen.insert(id) {
            continue;
        }
        stack.extend(node.nexts());
    }
    seen
}

/// One edge: from, to, label, colour.
fn edges(scenario: &Scenario) -> Vec<(&str, &str, String, &'static str)> {
    let mut out = Vec::new();
    for (id, node) in scenario.beats.iter() {
        match node {
            Node::Beat(b) => {
                if let Some(next) = &b.next {
                    out.push((id.as_str(), next.as_str(), String::new(), "#555555"));
                }
                for br in &b.branches {
                    let label = format!("when {}", br.when.join(", "));
                    out.push((id.as_str(), br.next.as_str(), label, "#8a5a00"));
                }
                for c in &b.choices {
                    out.push((
                        id.as_str(),
                        c.next.as_str(),
                        format!("{:?}: {}", c.verdict, c.text),
                        verdict_color(c.verdict),
                    ));
                }
            }
            other => {
                if let (Some(next), Some(label)) = (other.played_next(), other.played_label()) {
                    out.push((id.as_str(), next, label.into(), "#1f5fa8"));
                }
            }
        }
    }
    out
}

pub fn dot(scenario: &Scenario) -> String {
    let live = reachable(scenario);
    let mut out = format!(
        "digraph \"{}\" {{\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Noto Sans\"];\n",
        scenario.id
    );
    let _ = writeln!(
        out,
        "  \"__start\" [shape=point];\n  \"__start\" -> \"{}\";",
        scenario.start
    );
    for (id, node) in scenario.beats.iter() {
        let (shape, fill, kind) = match node {
            Node::Beat(b) if b.choices.is_empty() => ("box", "#ffffff", "line"),
            Node::Beat(_) => ("box", "#e3eefb", "decision"),
            Node::Ending(e) => ("doubleoctagon", outcome_color(e.outcome), "ending"),
            other => ("box", "#e3eefb", other.played_label().unwrap_or("step")),
        };
        let label = match node {
            Node::Ending(e) => format!("{id}\\n{kind}: {:?}", e.outcome),
            _ => format!("{id}\\n{kind}"),
        };
        let flag = if live.contains(id.as_str()) {
            String::new()
        } else {
            ", color=\"#c7403a\", penwidth=3, xlabel=\"unreachable\"".into()
        };
        let _ = writeln!(
            out,
            "  \"{id}\" [label=\"{label}\", shape={shape}, fillcolor=\"{fill}\"{flag}];"
        );
    }
    for (from, to, label, color) in edges(scenario) {
        let _ = writeln!(
            out,
            "  \"{from}\" -> \"{to}\" [label=\"{}\", color=\"{color}\", fontcolor=\"{color}\"];",
            label.replace('"', "'")
        );
    }
    out.push_str("}\n");
    out
}

/// Mermaid ids may not contain `-`; beats are numbered instead.
pub fn mermaid(scenario: &Scenario) -> String {
    let live = reachable(scenario);
    let ids: Vec<&str> = scenario.beats.ids().collect();
    let n = |id: &str| {
        ids.iter()
            .position(|b| *b == id)
            .map_or_else(|| "missing".to_string(), |i| format!("b{i}"))
    };
    let mut out = String::from("flowchart LR\n");
    let _ = writeln!(out, "  start((start)) --> {}", n(&scenario.start));
    for (id, node) in scenario.beats.iter() {
        let shape = match node {
            Node::Ending(e) => format!("{}{{{{\"{id}: {:?} ending\"}}}}", n(id), e.outcome),
            Node::Beat(b) if !b.choices.is_empty() => format!("{}[/\"{id}: decision\"/]", n(id)),
            Node::Beat(_) => format!("{}[\"{id}\"]", n(id)),
            other => format!(
                "{}[/\"{id}: {}\"/]",
                n(id),
                other.played_label().unwrap_or("step")
            ),
        };
        let _ = writeln!(out, "  {shape}");
        if !live.contains(id.as_str()) {
            let _ = writeln!(out, "  class {} unreachable", n(id));
        }
    }
    let mut styles = Vec::new();
    for (i, (from, to, label, color)) in edges(scenario).into_iter().enumerate() {
        if label.is_empty() {
            let _ = writeln!(out, "  {} --> {}", n(from), n(to));
        } else {
            let _ = writeln!(
                out,
                "  {} -- \"{}\" --> {}",
                n(from),
                label.replace('"', "'"),
                n(to)
            );
        }
        // Link 0 is the arrow from `start`.
        styles.push(format!(
            "  linkStyle {} stroke:{color},color:{color}",
            i + 1
        ));
    }
    for s in styles {
        let _ = writeln!(out, "{s}");
    }
    out.push_str("  classDef unreachable stroke:#c7403a,stroke-width:3px,stroke-dasharray: 5 5\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;
    use std::path::Path;

    const SOURCE: &str = r#"Scenario(id: "g", risk: Contract, ages: [Ages9To12], objectives: [], start: "a",
        beats: {
            "a": Beat(speaker: Sango, text: "a", choices: [
                Choice(text: "ok", verdict: Safe, feedback: "f", next: "end"),
                Choice(text: "no", verdict: Risky, feedback: "f", next: "end"),
            ]),
            "orphan": Beat(speaker: Sango, text: "x", next: "end"),
            "end": Ending(outcome: Safe, text: "e"),
        })"#;

    #[test]
    fn the_story_map_colours_choices_and_flags_unreachable_beats() {
        let s = parse(Path::new("g.ron"), SOURCE).unwrap();
        let d = dot(&s);
        assert!(d.contains("\"a\" -> \"end\" [label=\"Safe: ok\", color=\"#1f8b4c\""));
        assert!(d.contains("\"a\" -> \"end\" [label=\"Risky: no\", color=\"#c7403a\""));
        assert!(d.contains("xlabel=\"unreachable\""));
        assert!(d.contains("doubleoctagon"));
        let m = mermaid(&s);
        assert!(m.starts_with("flowchart LR"));
        assert!(m.contains("class b1 unreachable"));
        assert!(m.contains("b0 -- \"Safe: ok\" --> b2"));
        // Link 0 is the arrow from start, so the first choice is link 1.
        assert!(m.contains("linkStyle 1 stroke:#1f8b4c"));
    }
}
