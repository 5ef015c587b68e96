//! The YAML that `gcloud` prints error details in, after `ERROR: (gcloud.…) STATUS: message`:
//! a block sequence of mappings with plain or quoted scalars. Only that subset is read; anything
//! else ends the block.

use serde_json::{Map, Value};

/// Reads the block sequence whose first line is `lines[0]` (it starts with `- `). Returns the
/// value and how many lines it used.
pub fn parse_block(lines: &[&str]) -> Option<(Value, usize)> {
    let first = lines.first()?;
    let indent = indent_of(first);
    if !first.trim_start().starts_with("- ") {
        return None;
    }
    let mut p = Yaml { lines, i: 0 };
    let v = p.sequence(indent, 0)?;
    Some((v, p.i))
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn scalar(s: &str) -> Value {
    let t = s.trim();
    let unquoted = if t.len() >= 2
        && ((t.starts_with('\'') && t.ends_with('\'')) || (t.starts_with('"') && t.ends_with('"')))
    {
        &t[1..t.len() - 1]
    } else {
        t
    };
    Value::String(unquoted.replace("''", "'"))
}

/// `key: value` with an optionally quoted key.
fn key_value(s: &str) -> Option<(String, &str)> {
    let (k, v) = if let Some(rest) = s.strip_prefix('\'') {
        let end = rest.find("':")?;
        (rest[..end].to_owned(), &rest[end + 2..])
    } else if let Some(rest) = s.strip_prefix('"') {
        let end = rest.find("\":")?;
        (rest[..end].to_owned(), &rest[end + 2..])
    } else {
        let end = s.find(':')?;
        let k = &s[..end];
        if k.is_empty() || k.contains(' ') {
            return None;
        }
        (k.to_owned(), &s[end + 1..])
    };
    if !(v.is_empty() || v.starts_with(' ')) {
        return None;
    }
    Some((k, v.trim()))
}

struct Yaml<'a, 'b> {
    lines: &'a [&'b str],
    i: usize,
}

const MAX_DEPTH: usize = 24;

impl Yaml<'_, '_> {
    fn sequence(&mut self, indent: usize, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut items = Vec::new();
        while let Some(line) = self.lines.get(self.i) {
            if indent_of(line) != indent || !line.trim_start().starts_with("- ") {
                break;
            }
            let content = &line.trim_start()[2..];
            match key_value(content) {
                // `- key: value` opens a mapping whose keys sit at indent + 2.
                Some(_) => {
                    items.push(self.mapping(indent + 2, Some(content), depth + 1)?);
                }
                None => {
                    items.push(scalar(content));
                    self.i += 1;
                }
            }
        }
        Some(Value::Array(items))
    }

    fn mapping(&mut self, indent: usize, first: Option<&str>, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut m = Map::new();
        let mut pending_first = first;
        loop {
            let content = match pending_first.take() {
                Some(c) => c,
                None => {
                    let Some(line) = self.lines.get(self.i) else {
                        break;
                    };
                    if indent_of(line) != indent || line.trim_start().starts_with("- ") {
                        break;
                    }
                    line.trim_start()
                }
            };
            let Some((key, value)) = key_value(content) else {
                break;
            };
            self.i += 1;
            if !value.is_empty() {
                m.insert(key, scalar(value));
                continue;
            }
            // A nested block: a sequence (at this indent or deeper) or a mapping (deeper).
            let Some(next) = self.lines.get(self.i) else {
                m.insert(key, Value::Null);
                break;
            };
            let ni = indent_of(next);
            if next.trim_start().starts_with("- ") && ni >= indent {
                m.insert(key, self.sequence(ni, depth + 1)?);
            } else if ni > indent {
                m.insert(key, self.mapping(ni, None, depth + 1)?);
            } else {
                m.insert(key, Value::Null);
            }
        }
        Some(Value::Object(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn gcloud_details() {
        let text = "- '@type': type.googleapis.com/google.rpc.Help\n  links:\n  - description: Google developers console API activation\n    url: https://console.developers.google.com/apis/api/x/overview?project=1\n- '@type': type.googleapis.com/google.rpc.ErrorInfo\n  domain: googleapis.com\n  metadata:\n    consumer: projects/1\n    service: x\n  reason: SERVICE_DISABLED\n\n$ next command";
        let lines: Vec<&str> = text.lines().collect();
        let (v, used) = parse_block(&lines).expect("parses");
        assert_eq!(used, 10);
        assert_eq!(
            v,
            json!([
                {"@type": "type.googleapis.com/google.rpc.Help",
                 "links": [{"description": "Google developers console API activation",
                            "url": "https://console.developers.google.com/apis/api/x/overview?project=1"}]},
                {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "domain": "googleapis.com",
                 "metadata": {"consumer": "projects/1", "service": "x"}, "reason": "SERVICE_DISABLED"}
            ])
        );
    }
}
