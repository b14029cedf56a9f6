// The letter page: the form becomes a termination document; the guide check and a preview follow the typing.
"use strict";

const form = document.getElementById("letter-form");
const profile = document.getElementById("provider-profile");
const LIST_FIELDS = new Set(["client.address.lines", "transition.items"]);
const CHECKBOXES = new Set(["closing.thanks", "closing.wishWell"]);
let lastProblem = null;

/** Sets a value at a dotted path with [i] indexes, creating objects and arrays on the way. */
function put(target, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let node = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    if (last) {
      node[key] = value;
      return;
    }
    if (node[key] === undefined) {
      node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    }
    node = node[key];
  });
}

/** The termination document the form describes; empty fields are left out, as a user would leave them out. */
function documentFromForm() {
  const doc = {};
  for (const element of form.elements) {
    if (!element.name) {
      continue;
    }
    if (CHECKBOXES.has(element.name)) {
      put(doc, element.name, element.checked);
      continue;
    }
    const value = element.value.trim();
    if (value === "") {
      continue;
    }
    put(doc, element.name, LIST_FIELDS.has(element.name)
      ? value.split("\n").map(line => line.trim()).filter(line => line !== "") : value);
  }
  for (const list of ["reasons", "stepsTaken", "finalInvoices", "refunds"]) {
    if (Array.isArray(doc[list])) {
      doc[list] = doc[list].filter(entry => entry !== undefined);
    }
  }
  return doc;
}

function query(extra) {
  const params = new URLSearchParams(extra || {});
  if (profile.value) {
    params.set("provider", profile.value);
  }
  const text = params.toString();
  return text ? "?" + text : "";
}

function fieldId(path) {
  return "f_" + path.replace(/[^A-Za-z0-9]/g, "_");
}

/** The message slot for a field path: the field's own, else the nearest list row or section, else none. */
function slotFor(path) {
  let candidate = path;
  while (candidate) {
    const own = document.getElementById(fieldId(candidate) + "-msg");
    if (own) {
      return own;
    }
    candidate = candidate.replace(/(\[\d+\]|\.[^.[\]]*|^[^.[\]]*)$/, "");
  }
  return null;
}

function clearFindings() {
  for (const slot of document.querySelectorAll(".msg")) {
    slot.textContent = "";
    slot.className = slot.className.replace(/ ?(has-error|has-warning)/g, "");
  }
  for (const element of form.querySelectorAll("[aria-invalid]")) {
    element.removeAttribute("aria-invalid");
  }
  document.getElementById("findings-general").replaceChildren();
}

function showFinding(problem, severity) {
  const general = document.getElementById("findings-general");
  const inData = problem.path && !problem.path.startsWith("letter");
  const slot = inData ? slotFor(problem.path) : null;
  const label = Farvel.t(severity) + ": ";
  const message = problem.message.replace(/^warning: /, "");
  if (slot) {
    const line = document.createElement("span");
    line.className = "finding " + severity;
    line.dataset.path = problem.path;
    line.dataset.code = problem.code;
    line.textContent = label + message;
    slot.appendChild(line);
    slot.classList.add("has-" + severity);
    const input = document.getElementById(fieldId(problem.path));
    if (input && severity === "error") {
      input.setAttribute("aria-invalid", "true");
    }
  }
  const item = document.createElement("li");
  item.className = severity;
  item.dataset.code = problem.code;
  item.textContent = label + (problem.path ? problem.path + ": " : "") + message;
  general.appendChild(item);
}

async function check() {
  const state = document.getElementById("check-state");
  state.textContent = Farvel.t("checking");
  const body = JSON.stringify(documentFromForm());
  const response = await Farvel.api("/v1/check" + query(), {
    method: "POST", headers: {"Content-Type": "application/json"}, body
  });
  const result = await response.json();
  clearFindings();
  (result.violations || []).forEach(p => showFinding(p, "error"));
  (result.warnings || []).forEach(p => showFinding(p, "warning"));
  lastProblem = response.ok ? null : result;
  const count = (result.violations || []).length + (result.warnings || []).length;
  state.textContent = count === 0 ? Farvel.t("findings.none") : "";
  await preview(body, result);
}

async function preview(body, checked) {
  const frame = document.getElementById("preview");
  const waiting = document.getElementById("preview-waiting");
  const invalid = checked.type && !checked.type.endsWith(":guide-check-failed");
  if (invalid) {
    frame.hidden = true;
    waiting.hidden = false;
    return;
  }
  const response = await Farvel.api("/v1/letters" + query({format: "html", allowFindings: "true"}), {
    method: "POST", headers: {"Content-Type": "application/json"}, body
  });
  if (!response.ok) {
    frame.hidden = true;
    waiting.hidden = false;
    return;
  }
  frame.srcdoc = await response.text();
  frame.hidden = false;
  waiting.hidden = true;
}

async function download(format) {
  const result = document.getElementById("action-result");
  const doc = documentFromForm();
  const response = await Farvel.api("/v1/letters" + query({format}), {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(doc)
  });
  if (!response.ok) {
    const problem = await response.json();
    result.textContent = Farvel.t("error") + ": " + problem.detail;
    return;
  }
  result.textContent = "";
  Farvel.saveBlob(await response.blob(), (doc.id || "letter") + "." + format);
}

async function send() {
  const result = document.getElementById("action-result");
  const response = await Farvel.api("/v1/letters/send" + query(), {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(documentFromForm())
  });
  const body = await response.json();
  if (!response.ok) {
    result.textContent = Farvel.t("error") + ": " + body.detail;
    return;
  }
  const letter = body.letters[0] || {};
  result.textContent = Farvel.t(letter.status || "sent") + ": " + (letter.recipients || []).join(", ");
}

function renumber(list) {
  const rows = document.querySelectorAll("#rows-" + list + " > fieldset");
  rows.forEach((row, index) => {
    const from = row.dataset.path;
    const to = list + "[" + index + "]";
    row.dataset.path = to;
    for (const element of row.querySelectorAll("[name], [id], [for], [aria-describedby]")) {
      for (const attribute of ["name", "id", "for", "aria-describedby"]) {
        const value = element.getAttribute(attribute);
        if (value) {
          element.setAttribute(attribute, value.split(from).join(to).split(fieldId(from)).join(fieldId(to)));
        }
      }
    }
    row.querySelector("legend").textContent = list + " " + (index + 1);
  });
}

function addRow(list) {
  const rows = document.getElementById("rows-" + list);
  const index = rows.children.length;
  const html = document.getElementById("tpl-" + list).innerHTML
    .split("[ROW]").join("[" + index + "]").split("_ROW_").join("_" + index + "_");
  rows.insertAdjacentHTML("beforeend", html);
  const row = rows.lastElementChild;
  row.querySelector("legend").textContent = list + " " + (index + 1);
  row.querySelector(".remove").addEventListener("click", () => {
    row.remove();
    renumber(list);
    scheduleCheck();
  });
  Farvel.applyLanguage();
  return row;
}

async function loadProfiles() {
  const response = await Farvel.api("/v1/providers");
  if (!response.ok) {
    return;
  }
  const body = await response.json();
  for (const entry of body.providers) {
    const option = document.createElement("option");
    option.value = entry.profile;
    option.textContent = entry.name + " (" + entry.profile + ")";
    profile.appendChild(option);
  }
  if (body.providers.length > 0) {
    profile.value = body.providers[0].profile;
  }
}

const scheduleCheck = Farvel.debounce(() => check().catch(() => {}), 400);

document.addEventListener("DOMContentLoaded", async () => {
  Farvel.setUpChrome();
  for (const button of document.querySelectorAll("button.add")) {
    button.addEventListener("click", () => {
      const row = addRow(button.dataset.list);
      row.querySelector("input, select, textarea").focus();
    });
  }
  addRow("reasons");
  const today = new Date().toISOString().slice(0, 10);
  document.getElementById("f_letterDate").value = today;
  form.addEventListener("input", scheduleCheck);
  form.addEventListener("change", scheduleCheck);
  profile.addEventListener("change", scheduleCheck);
  document.addEventListener("farvel:token", () => loadProfiles().then(scheduleCheck));
  for (const button of document.querySelectorAll("[data-format]")) {
    button.addEventListener("click", () => download(button.dataset.format));
  }
  document.getElementById("send").addEventListener("click", send);
  await loadProfiles();
  scheduleCheck();
});
