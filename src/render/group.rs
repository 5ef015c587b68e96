//! Which occurrences are the same error. The human report explains each distinct error once;
//! the CI formats annotate each distinct error once and count its repeats.

use crate::diagnose::Diagnosis;
use crate::model::{ApiError, Occurrence};
use crate::normalize;

/// What makes two complete errors "the same": everything but the numbers in the message (a
/// retry delay changes from one copy to the next).
pub fn identity(e: &ApiError) -> String {
    let message = e.message.as_deref().unwrap_or("");
    let words: Vec<&str> = message
        .split_whitespace()
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let quota: Vec<String> = e
        .quota
        .iter()
        .map(|q| format!("{:?}/{:?}/{:?}", q.metric, q.quota_id, q.limit))
        .collect();
    format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{}|{}",
        e.provider,
        e.http,
        e.status,
        e.reason,
        e.model,
        quota.join(","),
        words.join(" ")
    )
}

/// Is `e` another copy of `known`? A cut-off copy matches the complete error it agrees with.
pub fn same_error(known: &ApiError, known_identity: &str, e: &ApiError) -> bool {
    if e.truncated || known.truncated {
        normalize::compatible(known, e)
    } else {
        identity(e) == known_identity
    }
}

/// One distinct error and every place it occurred.
#[derive(Clone, Debug)]
pub struct Group {
    /// The copy that says the most (a complete one rather than a cut one).
    pub first: Occurrence,
    pub diag: Diagnosis,
    /// The other places, in input order.
    pub others: Vec<Occurrence>,
    identity: String,
}

impl Group {
    /// How many times the error occurred.
    pub fn count(&self) -> usize {
        1 + self.others.len()
    }
}

/// Distinct errors, in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Groups {
    groups: Vec<Group>,
}

impl Groups {
    pub fn add(&mut self, occ: &Occurrence, diag: &Diagnosis) {
        let found = self
            .groups
            .iter_mut()
            .find(|g| same_error(&g.first.error, &g.identity, &occ.error));
        match found {
            Some(g) => {
                if g.first.error.truncated && !occ.error.truncated {
                    // The complete copy represents the error; the cut one becomes a repeat.
                    let old = std::mem::replace(&mut g.first, occ.clone());
                    g.others.insert(0, old);
                    g.diag = diag.clone();
                    g.identity = identity(&occ.error);
                } else {
                    g.others.push(occ.clone());
                }
            }
            None => self.groups.push(Group {
                first: occ.clone(),
                diag: diag.clone(),
                others: Vec::new(),
                identity: identity(&occ.error),
            }),
        }
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// All occurrences counted.
    pub fn total(&self) -> usize {
        self.groups.iter().map(Group::count).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}
