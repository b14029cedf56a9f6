// Shared by both pages: interface text in bokmål and English, the access token, and calls to the API.
"use strict";

const TEXT = {
  nb: {
    "app.title": "Farvel – skriv et oppsigelsesbrev",
    "batch.title": "Farvel – brev for et regneark",
    "nav.letter": "Ett brev", "nav.batch": "Mange brev",
    "lang.switch": "English", "token.label": "Tilgangsnøkkel",
    "token.hint": "Serveren krever en tilgangsnøkkel. Lim den inn her.",
    "letter.section": "Brevet", "letter.locale": "Språk i brevet", "letter.id": "Referanse-ID",
    "letter.letterDate": "Brevdato", "letter.effectiveDate": "Avtalen opphører",
    "letter.ours": "Vår referanse", "letter.theirs": "Deres referanse",
    "provider.section": "Avsender", "provider.profile": "Avsenderprofil", "provider.none": "(ingen profil)",
    "client.section": "Kunde", "client.name": "Navn", "client.orgNumber": "Organisasjonsnummer",
    "client.attention": "Att.", "client.lines": "Adresse (én linje per rad)", "client.postalCode": "Postnummer",
    "client.city": "Poststed", "client.country": "Land (kode)", "client.email": "E-post",
    "contract.section": "Avtale", "contract.title": "Avtalens navn", "contract.signedOn": "Inngått",
    "contract.noticePeriod": "Oppsigelsestid (f.eks. P2M)",
    "reasons.section": "Årsaker", "reasons.add": "Legg til årsak", "reason.type": "Type", "reason.detail": "Beskrivelse",
    "steps.section": "Tiltak som er prøvd", "stepsTaken.add": "Legg til tiltak", "step.date": "Dato",
    "step.description": "Hva ble gjort",
    "invoices.section": "Sluttfakturaer", "finalInvoices.add": "Legg til faktura", "invoice.number": "Fakturanummer",
    "invoice.issued": "Fakturadato", "invoice.due": "Forfall", "invoice.amount": "Beløp", "invoice.currency": "Valuta",
    "invoice.kid": "KID", "invoice.status": "Status",
    "refunds.section": "Tilbakebetalinger", "refunds.add": "Legg til tilbakebetaling",
    "refund.description": "Gjelder", "refund.amount": "Beløp", "refund.currency": "Valuta",
    "refund.payBy": "Betales innen", "refund.toAccount": "Til konto",
    "transition.section": "Overføring", "transition.newProvider": "Ny leverandør",
    "transition.handoverBy": "Overføres innen", "transition.items": "Hva overføres (én per linje)",
    "transition.contact": "Kontaktperson", "transition.contactEmail": "Kontaktpersonens e-post",
    "transition.contactPhone": "Kontaktpersonens telefon",
    "closing.section": "Avslutning", "closing.thanks": "Takk for samarbeidet",
    "closing.wishWell": "Ønsk lykke til videre", "closing.personalNote": "Personlig hilsen",
    "remove": "Fjern", "findings.title": "Merknader", "findings.none": "Ingen merknader.",
    "preview.title": "Forhåndsvisning", "preview.waiting": "Forhåndsvisningen kommer når brevet er gyldig.",
    "download.pdf": "Last ned PDF", "download.docx": "Last ned DOCX", "download.eml": "Last ned e-post (.eml)",
    "send": "Send e-post", "sent": "Sendt", "alreadySent": "Allerede sendt", "wouldSend": "Ville blitt sendt",
    "error": "Feil", "warning": "Advarsel", "checking": "Sjekker …",
    "batch.file": "Regneark eller JSON-fil", "batch.lists": "Listefiler ved siden av en CSV",
    "batch.formats": "Formater", "batch.allowFindings": "Skriv brev selv om retningslinjene finner feil",
    "batch.start": "Lag brevene", "batch.progress": "Fremdrift", "batch.records": "Poster",
    "batch.col.id": "ID", "batch.col.status": "Status", "batch.col.source": "Kilde", "batch.col.findings": "Merknader",
    "batch.zip": "Last ned brevene (zip)", "batch.send": "Send brevene på e-post",
    "batch.state.queued": "I kø", "batch.state.running": "Skriver brev", "batch.state.done": "Ferdig",
    "batch.state.failed": "Stoppet", "batch.state.interrupted": "Avbrutt",
    "batch.summary": "{finished} av {total} poster: {done} ferdige, {failed} feilet"
  },
  en: {
    "app.title": "Farvel – write a termination letter",
    "batch.title": "Farvel – letters for a spreadsheet",
    "nav.letter": "One letter", "nav.batch": "Many letters",
    "lang.switch": "Norsk", "token.label": "Access token",
    "token.hint": "The server needs an access token. Paste it here.",
    "letter.section": "The letter", "letter.locale": "Language of the letter", "letter.id": "Reference id",
    "letter.letterDate": "Letter date", "letter.effectiveDate": "The agreement ends",
    "letter.ours": "Our reference", "letter.theirs": "Your reference",
    "provider.section": "Sender", "provider.profile": "Sender profile", "provider.none": "(no profile)",
    "client.section": "Client", "client.name": "Name", "client.orgNumber": "Organisation number",
    "client.attention": "Attention", "client.lines": "Address (one line per row)", "client.postalCode": "Postcode",
    "client.city": "City", "client.country": "Country (code)", "client.email": "E-mail",
    "contract.section": "Agreement", "contract.title": "Title of the agreement", "contract.signedOn": "Signed on",
    "contract.noticePeriod": "Notice period (e.g. P2M)",
    "reasons.section": "Reasons", "reasons.add": "Add a reason", "reason.type": "Type", "reason.detail": "Details",
    "steps.section": "Steps taken", "stepsTaken.add": "Add a step", "step.date": "Date", "step.description": "What was done",
    "invoices.section": "Final invoices", "finalInvoices.add": "Add an invoice", "invoice.number": "Invoice number",
    "invoice.issued": "Issued", "invoice.due": "Due", "invoice.amount": "Amount", "invoice.currency": "Currency",
    "invoice.kid": "KID", "invoice.status": "Status",
    "refunds.section": "Refunds", "refunds.add": "Add a refund", "refund.description": "For",
    "refund.amount": "Amount", "refund.currency": "Currency", "refund.payBy": "Pay by", "refund.toAccount": "To account",
    "transition.section": "Hand-over", "transition.newProvider": "New provider", "transition.handoverBy": "Hand over by",
    "transition.items": "What is handed over (one per line)", "transition.contact": "Contact person",
    "transition.contactEmail": "Contact's e-mail", "transition.contactPhone": "Contact's phone",
    "closing.section": "Closing", "closing.thanks": "Thank the client", "closing.wishWell": "Wish them well",
    "closing.personalNote": "Personal note",
    "remove": "Remove", "findings.title": "Findings", "findings.none": "No findings.",
    "preview.title": "Preview", "preview.waiting": "The preview appears once the letter is valid.",
    "download.pdf": "Download PDF", "download.docx": "Download DOCX", "download.eml": "Download e-mail (.eml)",
    "send": "Send e-mail", "sent": "Sent", "alreadySent": "Already sent", "wouldSend": "Would be sent",
    "error": "Error", "warning": "Warning", "checking": "Checking …",
    "batch.file": "Spreadsheet or JSON file", "batch.lists": "List files beside a CSV",
    "batch.formats": "Formats", "batch.allowFindings": "Write letters even when the guide check finds errors",
    "batch.start": "Write the letters", "batch.progress": "Progress", "batch.records": "Records",
    "batch.col.id": "Id", "batch.col.status": "Status", "batch.col.source": "Source", "batch.col.findings": "Findings",
    "batch.zip": "Download the letters (zip)", "batch.send": "Send the letters by e-mail",
    "batch.state.queued": "Queued", "batch.state.running": "Writing letters", "batch.state.done": "Done",
    "batch.state.failed": "Stopped", "batch.state.interrupted": "Interrupted",
    "batch.summary": "{finished} of {total} records: {done} done, {failed} failed"
  }
};

const Farvel = {
  lang: localStorage.getItem("farvel.lang") === "en" ? "en" : "nb",

  t(key, values) {
    let text = (TEXT[Farvel.lang] && TEXT[Farvel.lang][key]) || TEXT.en[key] || key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.replace("{" + name + "}", value);
    }
    return text;
  },

  applyLanguage() {
    document.documentElement.lang = Farvel.lang;
    for (const element of document.querySelectorAll("[data-i18n]")) {
      element.textContent = Farvel.t(element.dataset.i18n);
    }
    const title = document.querySelector("[data-i18n-title]");
    if (title) {
      document.title = Farvel.t(title.dataset.i18nTitle);
    }
  },

  setUpChrome() {
    const toggle = document.getElementById("lang-switch");
    toggle.addEventListener("click", () => {
      Farvel.lang = Farvel.lang === "nb" ? "en" : "nb";
      localStorage.setItem("farvel.lang", Farvel.lang);
      Farvel.applyLanguage();
      document.dispatchEvent(new Event("farvel:language"));
    });
    const token = document.getElementById("token");
    token.value = sessionStorage.getItem("farvel.token") || "";
    token.addEventListener("change", () => {
      sessionStorage.setItem("farvel.token", token.value.trim());
      document.dispatchEvent(new Event("farvel:token"));
    });
    Farvel.applyLanguage();
  },

  headers(extra) {
    const headers = Object.assign({}, extra || {});
    const token = sessionStorage.getItem("farvel.token");
    if (token) {
      headers.Authorization = "Bearer " + token;
    }
    return headers;
  },

  async api(path, options) {
    const init = Object.assign({}, options || {});
    init.headers = Farvel.headers(init.headers);
    const response = await fetch(path, init);
    if (response.status === 401) {
      document.getElementById("token-row").hidden = false;
      document.getElementById("token-hint").hidden = false;
    }
    return response;
  },

  debounce(fn, ms) {
    let timer;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  },

  saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
};
