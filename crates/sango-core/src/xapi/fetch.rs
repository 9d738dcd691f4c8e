//! The browser's way to the record store: `fetch`. The store must allow the
//! game's page (CORS); docs/XAPI.md says how.

use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::http::{XAPI_VERSION, answer, basic_authorization, statements_url};
use super::{LrsSettings, Reply, Transport, Unreachable};

/// A school's record store, reached with the browser's `fetch`.
pub struct Fetch {
    statements: String,
    authorization: String,
}

impl Fetch {
    pub fn new(lrs: &LrsSettings) -> Self {
        Self {
            statements: statements_url(&lrs.endpoint),
            authorization: basic_authorization(&lrs.key, &lrs.secret),
        }
    }

    async fn send(&self, method: &str, url: &str, body: String) -> Result<Reply, Unreachable> {
        let js = |e: JsValue| Unreachable(format!("{e:?}"));
        let headers = web_sys::Headers::new().map_err(js)?;
        headers
            .set("Authorization", &self.authorization)
            .map_err(js)?;
        headers
            .set("X-Experience-API-Version", XAPI_VERSION)
            .map_err(js)?;
        headers
            .set("Content-Type", "application/json")
            .map_err(js)?;
        let init = web_sys::RequestInit::new();
        init.set_method(method);
        init.set_body(&JsValue::from_str(&body));
        init.set_headers(&headers);
        let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(js)?;
        let window = web_sys::window().ok_or_else(|| Unreachable("no window".into()))?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(js)?
            .dyn_into()
            .map_err(js)?;
        let status = response.status();
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default(),
            Err(_) => String::new(),
        };
        answer(status, || text)
    }
}

impl Transport for Fetch {
    async fn post(&mut self, statements: &[Value]) -> Result<Reply, Unreachable> {
        let body = Value::Array(statements.to_vec()).to_string();
        self.send("POST", &self.statements, body).await
    }

    async fn put(&mut self, statement: &Value) -> Result<Reply, Unreachable> {
        let id = statement["id"].as_str().unwrap_or_default();
        let url = format!("{}?statementId={id}", self.statements);
        self.send("PUT", &url, statement.to_string()).await
    }
}

/// Runs `then` after `ms` milliseconds, from the page's event loop.
pub fn after(ms: i32, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}
