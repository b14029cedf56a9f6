// The batch page: upload a spreadsheet, follow its progress, list its records with their findings.
"use strict";

let batchId = null;
let lastStatus = null;

function showState(status) {
  lastStatus = status;
  const progress = document.getElementById("progress");
  progress.max = Math.max(status.total, 1);
  progress.value = status.finished;
  document.getElementById("batch-state").textContent = Farvel.t("batch.state." + status.state) + " – "
    + Farvel.t("batch.summary", status);
  const done = status.state === "done";
  document.getElementById("zip").disabled = !done;
  document.getElementById("send").disabled = !done;
  if (status.delivery) {
    const d = status.delivery;
    document.getElementById("send-result").textContent = d.state === "done"
      ? Farvel.t(d.dryRun ? "wouldSend" : "sent") + ": " + (d.dryRun ? d.wouldSend : d.sent)
        + (d.failed ? ", " + Farvel.t("error") + ": " + d.failed : "")
      : d.state === "sending" ? Farvel.t("checking") : Farvel.t("error") + ": " + (d.detail || "");
  }
}

async function follow() {
  const response = await Farvel.api("/v1/batches/" + batchId);
  const status = await response.json();
  showState(status);
  if (status.state === "queued" || status.state === "running" || (status.delivery && status.delivery.state === "sending")) {
    setTimeout(follow, 500);
  }
  await loadRecords();
}

async function loadRecords() {
  const response = await Farvel.api("/v1/batches/" + batchId + "/records?limit=1000");
  const body = await response.json();
  const line = record => Number((record.source || "").replace(/^.*:/, "")) || 0;
  const rows = body.records.sort((a, b) => line(a) - line(b)).map(record => {
    const row = document.createElement("tr");
    row.dataset.id = record.id || "";
    const findings = record.violations.map(p => Farvel.t("error") + ": " + (p.path ? p.path + ": " : "") + p.message)
      .concat(record.warnings.map(p => Farvel.t("warning") + ": " + (p.path ? p.path + ": " : "")
        + p.message.replace(/^warning: /, "")));
    if (record.error) {
      findings.push(record.error);
    }
    const cells = [[record.id || "", "", "batch.col.id"], [record.status, record.status, "batch.col.status"],
      [record.source || "", "", "batch.col.source"], [findings.join("\n"), "", "batch.col.findings"]];
    for (const [text, cls, label] of cells) {
      const cell = document.createElement("td");
      cell.dataset.label = Farvel.t(label);
      cell.textContent = text;
      cell.style.whiteSpace = "pre-line";
      if (cls) {
        cell.className = cls;
      }
      row.appendChild(cell);
    }
    return row;
  });
  document.querySelector("#records tbody").replaceChildren(...rows);
  document.getElementById("records-section").hidden = rows.length === 0;
}

async function start(event) {
  event.preventDefault();
  const form = document.getElementById("batch-form");
  const message = document.getElementById("upload-msg");
  const data = new FormData();
  for (const name of ["input", "reasons", "steps", "invoices", "refunds"]) {
    const file = document.getElementById(name).files[0];
    if (file) {
      data.append(name, file, file.name);
    }
  }
  const profile = document.getElementById("provider-profile").value;
  if (profile) {
    data.append("provider", profile);
  }
  data.append("formats", [...form.querySelectorAll("input[name=format]:checked")].map(box => box.value).join(","));
  data.append("allowFindings", document.getElementById("allow-findings").checked ? "true" : "false");
  message.textContent = "";
  const response = await Farvel.api("/v1/batches", {method: "POST", body: data});
  const body = await response.json();
  if (!response.ok) {
    message.textContent = Farvel.t("error") + ": " + body.detail;
    return;
  }
  batchId = body.id;
  document.getElementById("progress-section").hidden = false;
  showState(body);
  follow();
}

async function loadProfiles() {
  const response = await Farvel.api("/v1/providers");
  if (!response.ok) {
    return;
  }
  const select = document.getElementById("provider-profile");
  for (const entry of (await response.json()).providers) {
    const option = document.createElement("option");
    option.value = entry.profile;
    option.textContent = entry.name + " (" + entry.profile + ")";
    select.appendChild(option);
  }
}

async function downloadZip() {
  const response = await Farvel.api("/v1/batches/" + batchId + "/zip");
  if (response.ok) {
    Farvel.saveBlob(await response.blob(), "farvel-" + batchId + ".zip");
  }
}

async function sendAll() {
  const response = await Farvel.api("/v1/batches/" + batchId + "/send", {method: "POST"});
  const body = await response.json();
  if (!response.ok) {
    document.getElementById("send-result").textContent = Farvel.t("error") + ": " + body.detail;
    return;
  }
  showState(body);
  follow();
}

document.addEventListener("DOMContentLoaded", () => {
  Farvel.setUpChrome();
  document.getElementById("batch-form").addEventListener("submit", start);
  document.getElementById("zip").addEventListener("click", downloadZip);
  document.getElementById("send").addEventListener("click", sendAll);
  document.addEventListener("farvel:language", () => lastStatus && showState(lastStatus));
  document.addEventListener("farvel:token", loadProfiles);
  loadProfiles();
});
