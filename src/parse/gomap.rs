//! Go's `%v` rendering of decoded JSON (`map[@type:type.googleapis.com/google.rpc.RetryInfo
//! retryDelay:14s]`), as go-genai prints error details: keys sorted, nothing quoted. A value
//! runs until the next ` key:` (a key is followed by a colon and no space, unlike prose) or
//! the closing bracket.

use serde_json::{Map, Value};

const MAX_DEPTH: usize = 32;

/// Reads a Go map or list at `start` (`map[` or `[`); returns the value and the end offset.
pub fn parse_at(text: &str, start: usize) -> Option<(Value, usize)> {
    let mut p = GoReader {
        s: text,
        b: text.as_bytes(),
        pos: start,
        depth: 0,
    };
    let v = p.value(b']')?;
    matches!(v, Value::Object(_) | Value::Array(_)).then_some((v, p.pos))
}

struct GoReader<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: usize,
}

impl GoReader<'_> {
    fn value(&mut self, closer: u8) -> Option<Value> {
        if self.b[self.pos..].starts_with(b"map[") {
            self.pos += 4;
            return self.map();
        }
        if self.b.get(self.pos) == Some(&b'[') {
            self.pos += 1;
            return self.list();
        }
        Some(Value::String(self.scalar(closer == b')')))
    }

    fn map(&mut self) -> Option<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let mut m = Map::new();
        loop {
            match self.b.get(self.pos)? {
                b']' => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Some(Value::Object(m));
                }
                b' ' => self.pos += 1,
                _ => {
                    let key_len = self.b[self.pos..]
                        .iter()
                        .position(|&c| c == b':')
                        .filter(|&n| n > 0 && !self.b[self.pos..self.pos + n].contains(&b' '))?;
                    let key = self.s[self.pos..self.pos + key_len].to_owned();
                    self.pos += key_len + 1;
                    let v = self.value(b']')?;
                    m.insert(key, v);
                }
            }
        }
    }

    fn list(&mut self) -> Option<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let mut items = Vec::new();
        loop {
            match self.b.get(self.pos)? {
                b']' => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Some(Value::Array(items));
                }
                b' ' => self.pos += 1,
                // A list cut off at the line end: what came before it is all there is.
                b'\n' => return None,
                _ => {
                    if self.b[self.pos..].starts_with(b"map[") || self.b[self.pos] == b'[' {
                        items.push(self.value(b']')?);
                    } else {
                        items.push(Value::String(self.scalar(true)));
                    }
                }
            }
        }
    }

    /// A scalar: in a list it ends at a space; in a map at the next ` key:` or at `]`.
    fn scalar(&mut self, in_list: bool) -> String {
        let start = self.pos;
        while let Some(&c) = self.b.get(self.pos) {
            if c == b']' || c == b'\n' {
                break;
            }
            if c == b' ' && (in_list || self.next_is_key(self.pos + 1)) {
                break;
            }
            self.pos += 1;
        }
        self.s[start..self.pos].to_owned()
    }

    fn next_is_key(&self, at: usize) -> bool {
        let rest = &self.b[at..];
        let n = rest
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@' | b'.' | b'-'))
            .count();
        n > 0 && rest.get(n) == Some(&b':') && rest.get(n + 1).is_some_and(|&c| c != b' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn go_genai_details() {
        let text = "[map[@type:type.googleapis.com/google.rpc.QuotaFailure violations:[map[quotaDimensions:map[location:global model:gemini-2.5-flash] quotaId:PerMinute quotaValue:10]]] map[@type:type.googleapis.com/google.rpc.Help links:[map[description:Learn more about Gemini API quotas url:https://ai.google.dev/x]]] map[@type:type.googleapis.com/google.rpc.RetryInfo retryDelay:14s]]";
        let (v, end) = parse_at(text, 0).expect("parses");
        assert_eq!(end, text.len());
        assert_eq!(
            v,
            json!([
                {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                 "violations": [{"quotaDimensions": {"location": "global", "model": "gemini-2.5-flash"},
                                 "quotaId": "PerMinute", "quotaValue": "10"}]},
                {"@type": "type.googleapis.com/google.rpc.Help",
                 "links": [{"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/x"}]},
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "14s"}
            ])
        );
    }

    #[test]
    fn cut_maps_fail_quietly() {
        assert!(parse_at("map[a:b c:[map[d", 0).is_none());
    }
}
