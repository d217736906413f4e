// Loading the wasm engine and the rules it evaluates.
//
// The page passes asset URLs and SRI hashes in data attributes of #checker
// (no inline script under the CSP). Go's wasm_exec.js, loaded by a script
// tag before this bundle, defines globalThis.Go.

import { setMessages } from "./messages.js";

/** config reads the asset URLs and integrity hashes from root's dataset. */
export function config(root) {
  const d = root.dataset;
  return {
    wasm: d.wasm, wasmIntegrity: d.wasmIntegrity,
    rules: d.rules, rulesIntegrity: d.rulesIntegrity,
    messages: d.messages, messagesIntegrity: d.messagesIntegrity,
  };
}

/**
 * loadEngine fetches the wasm, rules.json and messages.json (same origin,
 * checked against their SRI hashes), starts the Go program and hands it
 * the rules once; the report's messages are worded from messages.json
 * (messages.js).
 * Resolves to {rules (parsed), rulesHash (the SRI "sha384-…" hash the
 * browser checked the bytes against), evaluate(profile, asOf, category),
 * plan(profile, asOf, category) (the plan JSON, "endorse-plan/1", in the
 * same {report, error}),
 * checkProfile(text) ("" or the problems of a profile's JSON text that no
 * form can hold, one "field.path: message" per line)};
 * rejects with a readable Error.
 */
export async function loadEngine(cfg) {
  if (typeof globalThis.Go !== "function" || typeof WebAssembly !== "object") {
    throw new Error("this browser cannot run WebAssembly");
  }
  const go = new globalThis.Go();
  const [result, rulesText, messagesText] = await Promise.all([
    instantiate(cfg, go.importObject),
    fetchText(cfg.rules, cfg.rulesIntegrity),
    fetchText(cfg.messages, cfg.messagesIntegrity),
  ]);
  go.run(result.instance); // resolves only when the Go program exits: not awaited
  const api = globalThis.endorseEngine;
  if (!api) throw new Error("the engine did not start");
  const err = api.setRules(rulesText);
  if (err) throw new Error(err);
  const rules = JSON.parse(rulesText);
  setMessages(JSON.parse(messagesText), rules);
  return {
    rules,
    rulesHash: cfg.rulesIntegrity,
    evaluate: (profile, asOf, category = "") => evaluate(api, profile, asOf, category),
    plan: (profile, asOf, category = "") => evaluate(api, profile, asOf, category, "plan"),
    checkProfile: (text) => api.checkProfile(text),
  };
}

/**
 * instantiate compiles the wasm while it downloads; a host that does not
 * send Content-Type application/wasm makes streaming fail, and then the
 * bytes are compiled after the download.
 */
async function instantiate(cfg, imports) {
  const get = () => fetch(cfg.wasm, { integrity: cfg.wasmIntegrity });
  try {
    return await WebAssembly.instantiateStreaming(get(), imports);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    const resp = await get();
    if (!resp.ok) throw new Error(`could not load ${cfg.wasm} (HTTP ${resp.status})`);
    return WebAssembly.instantiate(await resp.arrayBuffer(), imports);
  }
}

async function fetchText(url, integrity) {
  const resp = await fetch(url, { integrity });
  if (!resp.ok) throw new Error(`could not load ${url} (HTTP ${resp.status})`);
  return resp.text();
}

/**
 * evaluate runs the engine (its function fn: "evaluate" or "plan") on a
 * profile object and returns {report (parsed JSON), error: ""} or
 * {report: null, error: "text"}. Each evaluate leaves the measure
 * "checker-wasm" for the benchmarks: the call into the wasm alone (the
 * strings copied in and out, the Go decoder, engine and encoder), without
 * JSON.stringify and JSON.parse on this side.
 */
function evaluate(api, profile, asOf, category, fn = "evaluate") {
  const text = JSON.stringify(profile);
  const t0 = performance.now();
  const [report, error] = api[fn](text, asOf, category);
  if (fn === "evaluate") performance.measure("checker-wasm", { start: t0 });
  if (error) return { report: null, error };
  return { report: JSON.parse(report), error: "" };
}
