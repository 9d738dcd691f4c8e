//! The record store over HTTP: what its answers mean and how it is addressed
//! (for the desktop and the browser), and the desktop's way there: HTTP or
//! HTTPS through ureq, blocking, on the game's sending thread (never on the
//! frame), and from `sango report`.

use super::{Reply, Unreachable};
#[cfg(not(target_arch = "wasm32"))]
pub use desktop::Http;

/// The xAPI version the statements are written in.
pub const XAPI_VERSION: &str = "1.0.3";

/// What an HTTP status means for the statements sent (`body` read only when a
/// refusal needs explaining).
pub fn answer(status: u16, body: impl FnOnce() -> String) -> Result<Reply, Unreachable> {
    match status {
        200..=299 => Ok(Reply::Stored),
        409 => Ok(Reply::AlreadyStored),
        // Busy, timed out, or the store's own trouble: try again later.
        408 | 429 | 500..=599 => Err(Unreachable(format!("the record store answered {status}"))),
        _ => Ok(Reply::Refused(format!(
            "the record store refused the statements ({status}): {}",
            short(&body())
        ))),
    }
}

/// The statements resource under the school's endpoint.
pub fn statements_url(endpoint: &str) -> String {
    format!("{}/statements", endpoint.trim_end_matches('/'))
}

/// HTTP Basic credentials.
pub fn basic_authorization(key: &str, secret: &str) -> String {
    use base64ct::Encoding;
    format!(
        "Basic {}",
        base64ct::Base64::encode_string(format!("{key}:{secret}").as_bytes())
    )
}

/// A `more` link: absolute, or a path on the store's host.
#[cfg(not(target_arch = "wasm32"))]
fn resolve(statements: &str, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        return more.to_string();
    }
    let origin_end = statements
        .find("://")
        .and_then(|scheme| statements[scheme + 3..].find('/').map(|p| p + scheme + 3))
        .unwrap_or(statements.len());
    format!("{}{more}", &statements[..origin_end])
}

fn short(text: &str) -> String {
    text.chars().take(300).collect()
}

#[cfg(not(target_arch = "wasm32"))]
mod desktop {
    use std::time::Duration;

    use serde_json::Value;

    use super::{XAPI_VERSION, answer, basic_authorization, resolve, short, statements_url};
    use crate::xapi::{LrsSettings, Reply, Transport, Unreachable};

    /// A request that takes longer than this is given up and tried later.
    const TIMEOUT: Duration = Duration::from_secs(20);

    /// A school's record store, reached over HTTP(S).
    pub struct Http {
        agent: ureq::Agent,
        statements: String,
        authorization: String,
    }

    impl Http {
        pub fn new(lrs: &LrsSettings) -> Self {
            let agent = ureq::Agent::config_builder()
                .timeout_global(Some(TIMEOUT))
                // A 409 or a 400 is an answer, not a failure to reach the store.
                .http_status_as_error(false)
                .user_agent(concat!("sango/", env!("CARGO_PKG_VERSION")))
                .build()
                .into();
            Self {
                agent,
                statements: statements_url(&lrs.endpoint),
                authorization: basic_authorization(&lrs.key, &lrs.secret),
            }
        }

        fn reply(
            response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
        ) -> Result<Reply, Unreachable> {
            let mut response = response.map_err(|e| Unreachable(e.to_string()))?;
            let status = response.status().as_u16();
            answer(status, || {
                response.body_mut().read_to_string().unwrap_or_default()
            })
        }

        /// Every statement the store holds, following its `more` links (for the
        /// teacher's report read back from the store).
        pub fn all_statements(&self) -> Result<Vec<Value>, String> {
            let mut out = Vec::new();
            let mut url = format!("{}?limit=500", self.statements);
            // A store that keeps pointing at more pages is stopped after this many.
            for _ in 0..10_000 {
                let mut response = self
                    .agent
                    .get(&url)
                    .header("Authorization", &self.authorization)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .call()
                    .map_err(|e| e.to_string())?;
                let status = response.status().as_u16();
                let body = response
                    .body_mut()
                    .read_to_string()
                    .map_err(|e| e.to_string())?;
                if status != 200 {
                    return Err(format!(
                        "the record store answered {status}: {}",
                        short(&body)
                    ));
                }
                let page: Value = serde_json::from_str(&body)
                    .map_err(|e| format!("the record store's answer is not JSON: {e}"))?;
                if let Some(statements) = page["statements"].as_array() {
                    out.extend(statements.iter().cloned());
                }
                match page["more"].as_str().filter(|m| !m.is_empty()) {
                    Some(more) => url = resolve(&self.statements, more),
                    None => return Ok(out),
                }
            }
            Err("the record store's pages never ended".into())
        }
    }

    impl Transport for Http {
        async fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable> {
            let body = Value::Array(statements.to_vec()).to_string();
            Self::reply(
                self.agent
                    .post(&self.statements)
                    .header("Authorization", &self.authorization)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .header("Content-Type", "application/json")
                    .send(body),
            )
        }

        async fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable> {
            let id = statement["id"].as_str().unwrap_or_default();
            let url = format!("{}?statementId={id}", self.statements);
            Self::reply(
                self.agent
                    .put(&url)
                    .header("Authorization", &self.authorization)
                    .header("X-Experience-API-Version", XAPI_VERSION)
                    .header("Content-Type", "application/json")
                    .send(statement.to_string()),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_credentials_and_links() {
        assert_eq!(answer(200, String::new), Ok(Reply::Stored));
        assert_eq!(answer(204, String::new), Ok(Reply::Stored));
        assert_eq!(answer(409, String::new), Ok(Reply::AlreadyStored));
        assert!(answer(503, String::new).is_err());
        assert!(
            matches!(answer(400, || "bad verb".into()), Ok(Reply::Refused(why)) if why.contains("bad verb"))
        );
        assert_eq!(
            basic_authorization("school", "secret"),
            "Basic c2Nob29sOnNlY3JldA=="
        );
        assert_eq!(
            statements_url("https://lrs.example/xAPI/"),
            "https://lrs.example/xAPI/statements"
        );
        assert_eq!(
            resolve(
                "http://127.0.0.1:8100/xAPI/statements",
                "/xAPI/statements?pit=1"
            ),
            "http://127.0.0.1:8100/xAPI/statements?pit=1"
        );
    }
}
