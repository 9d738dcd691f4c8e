//! A class read back from the record store: the statements of finished levels
//! and checks carry their results whole, so `sango report --lrs` gives the same
//! report as the children's folders would.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{CHECK_EXTENSION, RESULT_EXTENSION, Verb};
use crate::play::RunResult;
use crate::progress::Profile;
use crate::progress::checks::{CheckRecord, Due};

/// The children of `school` found in these statements, one profile each, named
/// by the nickname the statements carry (only if the school sends them), else
/// by the start of their random account.
pub fn class_from_statements(statements: &[Value], school: &str) -> Vec<Profile> {
    let mut ours: Vec<&Value> = statements
        .iter()
        .filter(|s| s["actor"]["account"]["homePage"] == school)
        .filter(|s| s["verb"]["id"] == Verb::Completed.id())
        .collect();
    // Oldest first: the first check taken is the one that counts, as in a folder.
    ours.sort_by(|a, b| {
        let key = |s: &Value| {
            (
                s["timestamp"].as_str().unwrap_or("").to_string(),
                s["id"].to_string(),
            )
        };
        key(a).cmp(&key(b))
    });
    let mut children: BTreeMap<String, Profile> = BTreeMap::new();
    for statement in ours {
        let Some(account) = statement["actor"]["account"]["name"].as_str() else {
            continue;
        };
        let child = children
            .entry(account.to_string())
            .or_insert_with(|| Profile::new(0, short_name(account), Default::default()));
        if let Some(name) = statement["actor"]["name"].as_str() {
            child.nickname = name.to_string();
        }
        let extensions = &statement["result"]["extensions"];
        if let Ok(result) =
            serde_json::from_value::<RunResult>(extensions[RESULT_EXTENSION].clone())
        {
            child.keep_best(result);
        } else if let (Some(due), Ok(record)) = (
            due_of(statement["object"]["id"].as_str().unwrap_or("")),
            serde_json::from_value::<CheckRecord>(extensions[CHECK_EXTENSION].clone()),
        ) {
            child.checks.slot(due).get_or_insert(record);
        }
    }
    let mut class: Vec<Profile> = children.into_values().collect();
    class.sort_by(|a, b| a.nickname.cmp(&b.nickname));
    for (i, child) in class.iter_mut().enumerate() {
        child.id = i as u32 + 1;
    }
    class
}

/// "Child 3f9a2c": what the report calls a child whose nickname is not sent.
fn short_name(account: &str) -> String {
    format!("#{}", account.chars().take(6).collect::<String>())
}

fn due_of(activity: &str) -> Option<Due> {
    [Due::WarmUp, Due::LookBack, Due::Booster]
        .into_iter()
        .find(|&due| activity == super::activity_id("check-set", &[super::due_key(due)]))
}
